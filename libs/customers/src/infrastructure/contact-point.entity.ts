import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type PartyType = 'account' | 'contact';
export type ContactPointKind = 'email' | 'phone' | 'mobile' | 'fax' | 'wechat' | 'qq' | 'weibo' | 'linkedin' | 'website' | 'other';

/** A way to reach an account or contact: phone, e-mail, social handle... `normalized` is what dedup compares. */
@Entity({ schema: 'customers', name: 'contact_point' })
@Index('ix_contact_point_party', ['tenantId', 'partyType', 'partyId'])
@Index('ix_contact_point_normalized', ['tenantId', 'kind', 'normalized'])
// GIN trigram index on search_text, created by hand in the migration (TypeORM cannot express it; ADR 0016).
@Index('ix_contact_point_search', { synchronize: false })
export class ContactPointEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  partyType: PartyType;

  @Column({ type: 'uuid' })
  partyId: string;

  @Column({ type: 'text' })
  kind: ContactPointKind;

  /** As entered. */
  @Column({ type: 'text' })
  value: string;

  /** E.164 for phones, lower-case for e-mails, trimmed handle otherwise. */
  @Column({ type: 'text' })
  normalized: string;

  /** work, home, personal... */
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  /** `normalized` in the partial-text search form (CUS-02, ADR 0016); written by a database trigger, like the address's. */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText?: string;
}
