import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Per-tenant settings of the customers context. */
@Entity({ schema: 'customers', name: 'settings' })
export class CustomerSettingsEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** Account fields whose changes need approval (DQ-04). */
  @Column({ type: 'text', array: true })
  protectedAccountFields: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
