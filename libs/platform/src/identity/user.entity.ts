import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person who signs in to one tenant. Emails are stored lower-cased and are unique per tenant. */
@Entity({ schema: 'platform', name: 'user' })
@Index('uq_user_email', ['tenantId', 'email'], { unique: true })
@Index('ix_user_unit', ['tenantId', 'unitId'])
export class UserEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  /** argon2id hash; never leaves the identity module. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'text', default: 'zh-CN' })
  locale: string;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
