import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation using the installation. Not tenant-scoped itself: it is the list of tenants. */
@Entity({ schema: 'platform', name: 'tenant' })
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_tenant_slug', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'CNY' })
  baseCurrency: string;

  @Column({ type: 'text', default: 'zh-CN' })
  defaultLocale: string;

  /** Raised by every change to who may do what; access tokens below it are refused (AccessEpochService, ADR 0022). */
  @Column({ type: 'integer', default: 0 })
  accessEpoch: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
