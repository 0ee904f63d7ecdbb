import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SavedViewList } from '../domain/saved-views/view-lists';

/** A saved view of a customers-context list (CUS-03): one user's filter, sort and columns, optionally shared with the whole tenant. */
@Entity({ schema: 'customers', name: 'customer_view' })
@Index('ux_customer_view_owner_list_name', ['tenantId', 'ownerId', 'list', 'name'], { unique: true })
@Index('ix_customer_view_list_shared', ['tenantId', 'list', 'shared'])
export class CustomerViewEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  /** Which list the view is of; views made before contacts had views are of the accounts list. */
  @Column({ type: 'text', default: 'accounts' })
  list: SavedViewList;

  @Column({ type: 'text' })
  name: string;

  /** The list's filter (AccountFilter or ContactFilter) as the client sent it (validated on save). */
  @Column({ type: 'jsonb', default: {} })
  filter: Record<string, unknown>;

  /** `{ field, direction }` of the list's order input, or null for the default order. */
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
