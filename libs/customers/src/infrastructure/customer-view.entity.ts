import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A saved customer-list view (CUS-03): one user's filter, sort and columns, optionally shared with the whole tenant. */
@Entity({ schema: 'customers', name: 'customer_view' })
@Index('ux_customer_view_owner_name', ['tenantId', 'ownerId', 'name'], { unique: true })
@Index('ix_customer_view_shared', ['tenantId', 'shared'])
export class CustomerViewEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'text' })
  name: string;

  /** The list's AccountFilter as the client sent it (validated on save). */
  @Column({ type: 'jsonb', default: {} })
  filter: Record<string, unknown>;

  /** `{ field, direction }` of AccountOrderBy, or null for the default order. */
  @Column({ type: 'jsonb', nullable: true })
  orderBy: { field: string; direction: string } | null;

  /** Visible column keys in order; null: the list's default columns. */
  @Column({ type: 'text', array: true, nullable: true })
  columns: string[] | null;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
