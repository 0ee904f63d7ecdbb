import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface StoredTierRules {
  currency: string;
  thresholds: { tier: string; minMinor: string }[];
}

/** Per-tenant settings of the customers context. */
@Entity({ schema: 'customers', name: 'settings' })
export class CustomerSettingsEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** Account fields whose changes need approval (DQ-04). */
  @Column({ type: 'text', array: true })
  protectedAccountFields: string[];

  /** How many pool customers one rep may hold at a time (claimed and still owned, ACC-02). */
  @Column({ type: 'int', default: 20 })
  poolClaimLimit: number;
  /** CUS-05: tiers earned by customer value (minor units as strings); null: tiers are entered by hand. */
  @Column({ type: 'jsonb', nullable: true })
  tierRules: StoredTierRules | null;

  /** CUS-07: months without interaction after which a customer becomes inactive; null: no automatic stages. */
  @Column({ type: 'int', nullable: true })
  inactiveAfterMonths: number | null;
  /** CUS-07: months without interaction after which a customer becomes churned; null: never automatically. */
  @Column({ type: 'int', nullable: true })
  churnedAfterMonths: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
