import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A person: working at an account, or the person behind an individual customer. */
@Entity({ schema: 'customers', name: 'contact' })
@Index('ix_contact_account', ['tenantId', 'accountId'])
@Index('ix_contact_owner', ['tenantId', 'ownerId', 'updatedAt'])
@Index('ix_contact_name_key', ['tenantId', 'nameKey'])
@Index('ix_contact_name_pinyin', ['tenantId', 'namePinyin'])
// the contacts list's default order: by name within a tenant
@Index('ix_contact_list_name', ['tenantId', 'displayName', 'id'])
// GIN trigram index on name_key, created by hand in the migration (TypeORM cannot express it).
@Index('ix_contact_name_trgm', { synchronize: false })
// GIN trigram index on name_search, created by hand in the migration (ADR 0020).
@Index('ix_contact_name_search', { synchronize: false })
export class ContactEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', default: '' })
  givenName: string;

  @Column({ type: 'text', default: '' })
  familyName: string;

  /** As the person writes it, e.g. 张伟 or "Wei Zhang". */
  @Column({ type: 'text' })
  displayName: string;

  /** Folded name for dedup (Simplified, width-folded, no spaces). */
  @Column({ type: 'text' })
  nameKey: string;

  @Column({ type: 'text', nullable: true })
  namePinyin: string | null;

  /**
   * The display name, its key and its pinyin in the name-search form (`nameSearchText` in domain/search;
   * CUS-03, ADR 0020). Written by a database trigger on every insert and update; never written or read
   * by the entity.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  nameSearch?: string;

  @Column({ type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  /** Personality, habits and preferences noted by staff (CUS-05). */
  @Column({ type: 'text', default: '' })
  profileNotes: string;

  @Column({ type: 'text', array: true, default: '{}' })
  unknownFields: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** Set while the person is archived (left the company, no longer relevant): kept, hidden from lists by default. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  archivedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
