import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A team or department in the reporting tree. `path` lists the ids from the root down, e.g. `/a/b/`. */
@Entity({ schema: 'platform', name: 'org_unit' })
@Index('ix_org_unit_path', ['tenantId', 'path'])
@Index('ix_org_unit_parent', ['tenantId', 'parentId'])
export class OrgUnitEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  name: string;

  /** Materialised path of ids ending in this unit's own id and a slash; subtree = `path LIKE '<mine>%'`. */
  @Column({ type: 'text' })
  path: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
