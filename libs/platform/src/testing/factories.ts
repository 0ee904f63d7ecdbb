import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TenantEntity } from '../tenancy/tenant.entity';
import { Principal } from '../tenancy/request-context';

/** Tenants are created by the owner connection (provisioning), as the seed and the admin console do. */
export async function createTenantRow(admin: DataSource, overrides: Partial<TenantEntity> = {}): Promise<TenantEntity> {
  const suffix = randomBytes(4).toString('hex');
  return admin.getRepository(TenantEntity).save({ slug: `t-${suffix}`, name: `Tenant ${suffix}`, ...overrides });
}

/** A system principal for a tenant: all permissions, channel `system`. For tests and provisioning. */
export function systemPrincipal(tenantId: string, overrides: Partial<Principal> = {}): Principal {
  return { tenantId, channel: 'system', permissions: new Set(['*:*']), dataScope: 'all', ...overrides };
}
