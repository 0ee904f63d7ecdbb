import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyType } from './contact-point.entity';

export type RelationshipRole = 'decision_maker' | 'influencer' | 'partner' | 'referred_by' | 'parent_company' | 'employee' | 'other';

/** A typed link between people and organisations (DQ-06): "张伟 is decision maker at Acme". */
@Entity({ schema: 'customers', name: 'relationship' })
@Index('ix_relationship_from', ['tenantId', 'fromType', 'fromId'])
@Index('ix_relationship_to', ['tenantId', 'toType', 'toId'])
export class RelationshipEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  fromType: PartyType;

  @Column({ type: 'uuid' })
  fromId: string;

  @Column({ type: 'text' })
  toType: PartyType;

  @Column({ type: 'uuid' })
  toId: string;

  @Column({ type: 'text' })
  role: RelationshipRole;

  @Column({ type: 'text', default: '' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
