import { AppConfig, createDataSource, ensureBuiltInRoles, TenantEntity } from '@crm/platform';
import { ALL_DATABASE_PARTS } from '../database-parts';

export const DEMO_TENANT = { slug: 'demo', name: 'Demo Trading Co. 演示贸易有限公司' };

/** Demo data for a fresh installation; safe to run again (finds what exists, adds what is missing). */
export async function seedDemo(config: AppConfig): Promise<{ tenantId: string }> {
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  try {
    const tenants = admin.getRepository(TenantEntity);
    const tenant = (await tenants.findOneBy({ slug: DEMO_TENANT.slug })) ?? (await tenants.save(DEMO_TENANT));

    // Access: the built-in roles (Administrator, Sales manager, Sales representative).
    await admin.transaction((em) => ensureBuiltInRoles(em, tenant.id));

    return { tenantId: tenant.id };
  } finally {
    await admin.destroy();
  }
}
