import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export interface MergeProvenance {
  field: string;
  fromId: string;
  value: unknown;
}

/** One merge of duplicates (DQ-03), of customers or of people: what was merged into what, and where each value came from. */
@Entity({ schema: 'customers', name: 'merge_record' })
@Index('ix_merge_record_survivor', ['tenantId', 'survivorId', 'mergedAt'])
export class MergeRecordEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What was merged: `customer` (accounts) or `contact` (people), as audit and shares name them. */
  @Column({ type: 'text', default: 'customer' })
  recordType: 'customer' | 'contact';

  @Column({ type: 'uuid' })
  survivorId: string;

  @Column({ type: 'uuid', array: true })
  mergedIds: string[];

  @Column({ type: 'jsonb' })
  provenance: MergeProvenance[];

  /** The merged records as they were, so the merge can be explained (and undone by hand) later. */
  @Column({ type: 'jsonb' })
  mergedSnapshots: Record<string, unknown>[];

  /** How many related rows moved to the survivor, per kind (contacts, interactions, consents, ...). */
  @Column({ type: 'jsonb' })
  movedCounts: Record<string, number>;

  @Column({ type: 'uuid', nullable: true })
  mergedById: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  mergedAt: Date;
}
