import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Which records a holder of the role sees: own and shared, plus their unit subtree's, or all. */
export type DataScope = 'own' | 'subtree' | 'all';

@Entity({ schema: 'platform', name: 'role' })
@Index('uq_role_name', ['tenantId', 'name'], { unique: true })
export class RoleEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: 'own' })
  dataScope: DataScope;

  /** `recordType:action` grants, e.g. `customer:view`; `*:*` grants everything. */
  @Column({ type: 'text', array: true, default: '{}' })
  permissions: string[];

  /** Built-in roles cannot be deleted. */
  @Column({ type: 'boolean', default: false })
  isSystem: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ schema: 'platform', name: 'user_role' })
@Index('ix_user_role_role', ['tenantId', 'roleId'])
export class UserRoleEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('uuid')
  roleId: string;
}
