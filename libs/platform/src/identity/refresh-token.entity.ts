import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One refresh token of a sign-in session. Each use replaces it with a new one of the same family;
 * presenting a replaced token again (theft) revokes the whole family.
 */
@Entity({ schema: 'platform', name: 'refresh_token' })
@Index('ix_refresh_token_family', ['tenantId', 'familyId'])
// housekeeping removes tokens a day after they expire, across tenants
@Index('ix_refresh_token_expires', ['expiresAt'])
export class RefreshTokenEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  /** SHA-256 of the token's random secret (high-entropy, so a fast hash is the right one). */
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;
}
