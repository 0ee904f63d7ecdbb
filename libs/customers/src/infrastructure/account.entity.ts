import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

import type { AccountKind, LifecycleStage } from '../domain/account-types';

/**
 * A customer: a company (B2B, may have a parent company) or an individual (B2C).
 * `nameKey` is the dedup comparison key (legal suffixes stripped, Simplified, folded) and is
 * indexed with pg_trgm for typo-tolerant candidate search.
 */
@Entity({ schema: 'customers', name: 'account' })
@Index('ix_account_owner', ['tenantId', 'ownerId', 'updatedAt'])
@Index('ix_account_parent', ['tenantId', 'parentAccountId'])
// The list's sort orders, so a page (first or deep, by keyset cursor) reads 50 index entries, not the tenant (CUS-03).
@Index('ix_account_list_name', ['tenantId', 'name', 'id'])
@Index('ix_account_list_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_account_list_updated', ['tenantId', 'updatedAt', 'id'])
@Index('ix_account_name_key', ['tenantId', 'nameKey'])
@Index('ix_account_name_pinyin', ['tenantId', 'namePinyin'])
// GIN trigram index on name_key, created by hand in the migration (TypeORM cannot express it).
@Index('ix_account_name_trgm', { synchronize: false })
// GIN trigram index on name_search, created by hand in the migration (ADR 0020).
@Index('ix_account_name_search', { synchronize: false })
export class AccountEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: AccountKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  nameKey: string;

  /** Tone-less pinyin of a Chinese name, for search and dedup; null for other names. */
  @Column({ type: 'text', nullable: true })
  namePinyin: string | null;

  /**
   * The name, its key and its pinyin in the name-search form (`nameSearchText` in domain/search; CUS-03,
   * ADR 0020). Written by a database trigger on every insert and update, so every writer (services,
   * import, merges, seeds) keeps it; never written or read by the entity.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  nameSearch?: string;

  @Column({ type: 'uuid', nullable: true })
  parentAccountId: string | null;

  /** Null: the account is in the public pool, claimable by reps. */
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  /** When the current owner took the account from the public pool; null when it was assigned, transferred or created (ACC-02). */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'text', default: 'prospect' })
  lifecycleStage: LifecycleStage;

  /** When a person last set the lifecycle stage (null: not since creation); automatic moves leave it (CUS-07). */
  @Column({ type: 'timestamptz', nullable: true })
  stageSetAt: Date | null;

  /** e.g. A/B/C from transaction data; null until computed. */
  @Column({ type: 'text', nullable: true })
  tier: string | null;

  /** Customer value in minor units of `valueCurrency`. */
  @Column({ type: 'bigint', nullable: true })
  valueMinor: string | null;

  @Column({ type: 'text', nullable: true })
  valueCurrency: string | null;

  @Column({ type: 'text', nullable: true })
  industry: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Unified social credit code / VAT id. */
  @Column({ type: 'text', nullable: true })
  taxId: string | null;

  /** Protected (DQ-04): changes by staff without the right become change requests. */
  @Column({ type: 'int', nullable: true })
  creditTermsDays: number | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** Optional facts explicitly recorded as unknown (DQ-05), as opposed to not yet asked. */
  @Column({ type: 'text', array: true, default: '{}' })
  unknownFields: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  /** Set when this record was merged into another (DQ-03); merged records are hidden from lists. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastInteractionAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
