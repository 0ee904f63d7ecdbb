import { randomUUID } from 'node:crypto';
import { ALL_DATABASE_PARTS, migrate } from '@crm/composition';
import { accountNameKeys, computeDuplicateClusters, DataQualityService } from '@crm/customers';
import { AuditService, createDataSource, dropDatabase, JobQueue, Principal, RequestContext, systemPrincipal, TenantDb, TenantEntity, UserEntity, withDatabase, workerPrincipal } from '@crm/platform';
import { benchConfig } from '../lib/bench-db';
import { BenchResult, scored } from '../lib/result';

/** `pnpm bench data-quality -- --size=200000` (the default): the DQ-05 report over one tenant's accounts. */
const SIZE = Number(/^--size=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--size=')) ?? '')?.[1] ?? 200_000);
const DATABASE = 'crm_bench_quality';
const OWNERS = 50;
const ROUNDS = 7;
const JOB_ROUNDS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** A distinct word per account (a bijection of i, so never repeated): real names differ by more than a sequence number. */
const word = (i: number) => {
  const w = Math.imul(i + 1, 2654435761) >>> 0;
  return w.toString(36).padStart(7, 'a').replace(/^./, (c) => c.toUpperCase());
};

/** One character of a name's first word changed: a typo the similar-name rule should find. */
const typo = (name: string) => name.slice(0, 3) + (name[3] === 'x' ? 'y' : 'x') + name.slice(4);

/**
 * SIZE accounts owned by 50 reps: 2% carry another's name with a different legal suffix, 1% share
 * another's phone, 0.5% carry another's name with a typo; a third lack an industry, a tenth an e-mail;
 * updated over the last two years, half with an interaction in the last year.
 */
async function seed(config: ReturnType<typeof benchConfig>): Promise<{ tenantId: string; repId: string }> {
  await dropDatabase(config.DATABASE_ADMIN_URL);
  await migrate(config);
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  try {
    const tenant = await admin.getRepository(TenantEntity).save({ slug: 'quality', name: 'Data-quality benchmark' });
    const owners = await admin.getRepository(UserEntity).save(
      Array.from({ length: OWNERS }, (_, i) => ({ tenantId: tenant.id, email: `rep${i}@example.com`, displayName: `Rep ${i}`, passwordHash: 'x' })),
    );
    const batch = 5000;
    let previous = { name: 'Seed Co Ltd', phone: '+8613900000000' };
    for (let from = 0; from < SIZE; from += batch) {
      const rows = Array.from({ length: Math.min(batch, SIZE - from) }, (_, k) => {
        const i = from + k;
        const twin = i % 50 === 1;
        const misspelt = i % 200 === 3;
        const name = twin ? previous.name.replace(/ Ltd$/, ' Co., Ltd.') : misspelt ? typo(previous.name) : `${word(i)} Trading Ltd`;
        const phone = i % 100 === 2 ? previous.phone : `+86139${String(i).padStart(8, '0')}`;
        const row = { id: randomUUID(), name, phone, keys: accountNameKeys('company', name), owner: owners[i % OWNERS]!.id, industry: i % 3 === 0 ? null : 'Retail', days: i % 730 };
        if (!twin && !misspelt) previous = { name, phone };
        return row;
      });
      await admin.query(
        `INSERT INTO customers.account (tenant_id, id, kind, name, name_key, name_pinyin, owner_id, industry, lifecycle_stage, version, updated_at)
         SELECT $1, r.id, 'company', r.name, r.key, r.pinyin, r.owner, r.industry, 'customer', 1, now() - r.days * interval '1 day'
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::int[]) AS r(id, name, key, pinyin, owner, industry, days)`,
        [tenant.id, rows.map((r) => r.id), rows.map((r) => r.name), rows.map((r) => r.keys.nameKey), rows.map((r) => r.keys.namePinyin), rows.map((r) => r.owner), rows.map((r) => r.industry), rows.map((r) => r.days)],
      );
      const points = rows.flatMap((r, k) => [{ id: r.id, kind: 'mobile', value: r.phone }, ...((from + k) % 10 ? [{ id: r.id, kind: 'email', value: `buyer${from + k}@example.cn` }] : [])]);
      await admin.query(
        `INSERT INTO customers.contact_point (tenant_id, party_type, party_id, kind, value, normalized) SELECT $1, 'account', p.id, p.kind, p.value, p.value FROM unnest($2::uuid[], $3::text[], $4::text[]) AS p(id, kind, value)`,
        [tenant.id, points.map((p) => p.id), points.map((p) => p.kind), points.map((p) => p.value)],
      );
      const talked = rows.filter((_, k) => (from + k) % 2 === 0);
      await admin.query(
        `INSERT INTO customers.interaction (tenant_id, account_id, kind, subject, occurred_at) SELECT $1, id, 'call', 'follow-up', now() - (random() * 365) * interval '1 day' FROM unnest($2::uuid[]) AS id`,
        [tenant.id, talked.map((r) => r.id)],
      );
    }
    await admin.query('ANALYZE customers.account; ANALYZE customers.contact_point; ANALYZE customers.interaction');
    return { tenantId: tenant.id, repId: owners[0]!.id };
  } finally {
    await admin.destroy();
  }
}

export async function dataQuality(): Promise<BenchResult[]> {
  const base = benchConfig();
  const config = Object.assign(base, { DATABASE_URL: withDatabase(base.DATABASE_URL, DATABASE), DATABASE_ADMIN_URL: withDatabase(base.DATABASE_ADMIN_URL, DATABASE) });
  const seededAt = Date.now();
  const { tenantId, repId } = await seed(config);
  const seedSeconds = (Date.now() - seededAt) / 1000;
  const app = await createDataSource(config, ALL_DATABASE_PARTS, 'app').initialize();
  try {
    const db = new TenantDb(app);
    const service = new DataQualityService(db, config, new JobQueue(config), new AuditService(db));
    const as = <T>(principal: Principal, fn: () => Promise<T>) => RequestContext.run({ requestId: `bench-${randomUUID()}`, principal }, fn);
    const principals: Record<string, Principal> = {
      admin: systemPrincipal(tenantId, { channel: 'web' }),
      rep: { tenantId, userId: repId, channel: 'web', permissions: new Set(['customer:view']), dataScope: 'own' },
    };
    // The worker job, as it runs: recompute and store the tenant's clusters in one tenant transaction.
    const jobTimes: number[] = [];
    let computed = { clusters: 0, members: 0, similarPairs: 0, durationMs: 0 };
    for (let i = 0; i < JOB_ROUNDS; i++) {
      const start = process.hrtime.bigint();
      computed = await db.asTenant(workerPrincipal(tenantId), (em) => computeDuplicateClusters(em, tenantId));
      jobTimes.push(ms(start));
    }
    const jobMs = Math.round(median(jobTimes));
    const sections: Record<string, () => Promise<unknown>> = {
      baseline: () => db.transaction((em) => em.query('SELECT count(*) FROM customers.account WHERE merged_into_id IS NULL')),
      missingCounts: () => service.missingCounts(),
      missingFirstPage: () => service.missing('industry', { first: 20 }),
      duplicateClusterCount: () => service.duplicateClusterCount(),
      duplicateClusters: () => service.duplicateClusters({ first: 20 }),
      staleCount: () => service.staleCount(6),
      staleFirstPage: () => service.stale(6, { first: 20 }),
    };
    const figures: Record<string, Record<string, number>> = {};
    let clusters = 0;
    for (const [who, principal] of Object.entries(principals)) {
      figures[who] = {};
      for (const [name, run] of Object.entries(sections)) {
        await as(principal, run); // warm-up
        const times: number[] = [];
        for (let i = 0; i < ROUNDS; i++) {
          const start = process.hrtime.bigint();
          const out = await as(principal, run);
          times.push(ms(start));
          if (who === 'admin' && name === 'duplicateClusters') clusters = (out as { totalCount: number }).totalCount;
        }
        figures[who]![name] = Math.round(median(times) * 10) / 10;
      }
    }
    const admin = figures.admin!;
    const report = admin.missingCounts! + admin.duplicateClusterCount! + admin.duplicateClusters! + admin.staleCount! + admin.staleFirstPage! + admin.missingFirstPage!;
    const notes =
      `${SIZE.toLocaleString('en')} accounts, ${OWNERS} owners, 2% name twins, 1% shared phones, 0.5% typos; medians of ${ROUNDS} runs per section through TenantDb (RLS) as the API runs them, ` +
      `duplicate clusters read from the table the worker job fills (job timed apart: median of ${JOB_ROUNDS}); baseline: count(*) of the tenant's live accounts in the same kind of transaction`;
    return [
      Object.assign(scored('data-quality-report', 'ms (median, whole report as an admin)', report, admin.baseline!, 40, false, notes), {
        size: SIZE,
        seedSeconds,
        duplicateClusters: clusters,
        clusterJob: { medianMs: jobMs, runsMs: jobTimes.map((t) => Math.round(t)), clusters: computed.clusters, members: computed.members, similarPairs: computed.similarPairs },
        sectionsMs: figures,
      }),
    ];
  } finally {
    await app.destroy();
  }
}
