import { randomBytes } from 'node:crypto';
import { ALL_DATABASE_PARTS, migrate } from '@crm/composition';
import {
  AppConfig,
  createDataSource,
  dropDatabase,
  hashPassword,
  loadConfig,
  RoleEntity,
  TenantEntity,
  UserEntity,
  UserRoleEntity,
  withDatabase,
} from '@crm/platform';

export const BENCH_DATABASE = 'crm_bench';
export const BENCH_TENANT = { slug: 'bench', name: 'Benchmark tenant' };
export const BENCH_USER = { email: 'bench.admin@example.com', password: 'bench-password-123' };

/**
 * The configuration of the benchmark run: a database of its own, quiet logs, and a rate limit far
 * above what one principal can send in a run, so every request is answered; the limiter still counts
 * each request in Redis, so its round trip is part of the measurement.
 */
export function benchConfig(): AppConfig {
  // `pnpm bench` runs with NODE_ENV=production (as a deployment does), which needs a secret of its own.
  const base = loadConfig({ LOG_LEVEL: 'silent', JWT_SECRET: randomBytes(32).toString('hex'), ...process.env });
  return Object.assign(base, {
    DATABASE_URL: withDatabase(base.DATABASE_URL, BENCH_DATABASE),
    DATABASE_ADMIN_URL: withDatabase(base.DATABASE_ADMIN_URL, BENCH_DATABASE),
    REDIS_PREFIX: `crm_bench_${Date.now()}`,
    RATE_LIMIT_PER_MINUTE: 10_000_000,
  });
}

export interface BenchData {
  tenantId: string;
  userId: string;
  /** Audit rows per record; records are `bench-0`, `bench-1`, ... of type `customer`. */
  rowsPerRecord: number;
}

/**
 * A freshly migrated database with one tenant, an administrator who can sign in, 20 other users and
 * `auditRows` audit rows over 10 customer records, each row by one of the users.
 */
export async function seedBenchDatabase(config: AppConfig, auditRows = 10_000): Promise<BenchData> {
  await dropDatabase(config.DATABASE_ADMIN_URL);
  await migrate(config);
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  try {
    const tenant = await admin.getRepository(TenantEntity).save(BENCH_TENANT);
    const users = admin.getRepository(UserEntity);
    const root = await users.save({
      tenantId: tenant.id,
      email: BENCH_USER.email,
      displayName: 'Bench Admin',
      passwordHash: await hashPassword(BENCH_USER.password),
    });
    const role = await admin
      .getRepository(RoleEntity)
      .save({ tenantId: tenant.id, name: 'Administrator', dataScope: 'all', permissions: ['*:*'], isSystem: true });
    await admin.getRepository(UserRoleEntity).save({ tenantId: tenant.id, userId: root.id, roleId: role.id });
    const others = await users.save(
      Array.from({ length: 20 }, (_, i) => ({ tenantId: tenant.id, email: `user${i}@example.com`, displayName: `User ${i}`, passwordHash: 'x' })),
    );
    const actorIds = [root, ...others].map((u) => u.id);
    const records = 10;
    await admin.query(
      `INSERT INTO platform.audit_log (tenant_id, occurred_at, actor_user_id, channel, record_type, record_id, action, changes)
       SELECT $1, now() - i * interval '1 second', ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], 'web', 'customer',
              'bench-' || (i % $3), 'edit', jsonb_build_object('stage', jsonb_build_object('before', 'lead', 'after', 'won'))
       FROM generate_series(1, $4::int) AS i`,
      [tenant.id, actorIds, records, auditRows],
    );
    await admin.query('ANALYZE platform.audit_log');
    return { tenantId: tenant.id, userId: root.id, rowsPerRecord: auditRows / records };
  } finally {
    await admin.destroy();
  }
}
