import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An integrator's key: the secret is shown once and stored hashed; scoped, revocable, last use kept. */
@Entity({ schema: 'platform', name: 'api_key' })
@Index('ix_api_key_created_by', ['tenantId', 'createdByUserId'])
export class ApiKeyEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The first characters of the key, shown in lists so people can tell keys apart. */
  @Column({ type: 'text' })
  prefix: string;

  /** SHA-256 of the key's random secret. */
  @Column({ type: 'text' })
  secretHash: string;

  /** e.g. `*:read`, `customer:write`. */
  @Column({ type: 'text', array: true })
  scopes: string[];

  /** The key acts with at most this user's permissions. */
  @Column({ type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
