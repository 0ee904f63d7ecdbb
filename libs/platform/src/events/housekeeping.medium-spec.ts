import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import {
  createDataSource,
  createTenantRow,
  createTestUser,
  HousekeepingJobHandler,
  JobQueue,
  JobScheduler,
  PLATFORM_JOBS,
  PLATFORM_SCHEDULES,
  PlatformModule,
  WorkerRuntimeModule,
} from '@crm/platform';

const DAY = 24 * 3600 * 1000;

describe('housekeeping job and job schedules', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: INestApplication;
  let queue: JobQueue;

  beforeAll(async () => {
    db = await createTestDatabase({ OUTBOX_RETENTION_DAYS: 7, HOUSEKEEPING_INTERVAL_MINUTES: 30 });
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ config: db.config, database: ALL_DATABASE_PARTS }),
        WorkerRuntimeModule.forRoot({ jobs: PLATFORM_JOBS, schedules: PLATFORM_SCHEDULES, relay: false }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    queue = app.get(JobQueue);
  });

  afterAll(async () => {
    await queue?.queue.obliterate({ force: true });
    await app?.close();
    await admin?.destroy();
    await db?.drop();
  });

  const ago = (days: number) => new Date(Date.now() - days * DAY);

  async function outboxEvent(tenantId: string, label: string, occurredDaysAgo: number, publishedDaysAgo: number | null) {
    const [row] = await admin.query(
      `INSERT INTO platform.outbox_event (tenant_id, event_type, aggregate_type, aggregate_id, payload, occurred_at, published_at)
       VALUES ($1, 'probe.kept', 'probe', $2, '{}', $3, $4) RETURNING id`,
      [tenantId, label, ago(occurredDaysAgo), publishedDaysAgo === null ? null : ago(publishedDaysAgo)],
    );
    return row.id as string;
  }

  async function ledgerEntry(tenantId: string, eventId: string, processedDaysAgo: number) {
    await admin.query(`INSERT INTO platform.processed_event (tenant_id, consumer, event_id, processed_at) VALUES ($1, 'probe', $2, $3)`, [
      tenantId,
      eventId,
      ago(processedDaysAgo),
    ]);
  }

  async function refreshToken(tenantId: string, userId: string, label: string, expiresInDays: number) {
    await admin.query(
      `INSERT INTO platform.refresh_token (tenant_id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, gen_random_uuid(), $3, $4)`,
      [tenantId, userId, label, new Date(Date.now() + expiresInDays * DAY)],
    );
  }

  it('PLT-06 ACC-04 removes, in every tenant, only published events past retention with their ledger entries and tokens expired over a day ago', async () => {
    const tenants = [(await createTenantRow(admin)).id, (await createTenantRow(admin)).id];
    for (const tenantId of tenants) {
      const user = await createTestUser(admin, tenantId, { email: `keeper-${tenantId.slice(0, 8)}@example.com` });
      const old = await outboxEvent(tenantId, 'old-published', 30, 29);
      await ledgerEntry(tenantId, old, 29);
      const recent = await outboxEvent(tenantId, 'recent-published', 2, 2);
      await ledgerEntry(tenantId, recent, 2);
      // never published (its consumers still wait for it): kept however old
      await outboxEvent(tenantId, 'old-unpublished', 60, null);
      await refreshToken(tenantId, user.user.id, 'expired-long-ago', -3);
      await refreshToken(tenantId, user.user.id, 'expired-just-now', -0.1);
      await refreshToken(tenantId, user.user.id, 'valid', 10);
    }

    const outcome = await app.get(HousekeepingJobHandler).run();
    expect(outcome).toEqual({ outboxEvents: 2, processedEvents: 2, refreshTokens: 2 });

    for (const tenantId of tenants) {
      const events = await admin.query(`SELECT aggregate_id FROM platform.outbox_event WHERE tenant_id = $1 ORDER BY 1`, [tenantId]);
      expect(events.map((e: { aggregate_id: string }) => e.aggregate_id)).toEqual(['old-unpublished', 'recent-published']);
      const ledger = await admin.query(`SELECT count(*)::int AS n FROM platform.processed_event WHERE tenant_id = $1`, [tenantId]);
      expect(ledger[0].n).toBe(1);
      const tokens = await admin.query(`SELECT token_hash FROM platform.refresh_token WHERE tenant_id = $1 ORDER BY 1`, [tenantId]);
      expect(tokens.map((t: { token_hash: string }) => t.token_hash)).toEqual(['expired-just-now', 'valid']);
    }
    // a second run finds nothing left to do
    expect(await app.get(HousekeepingJobHandler).run()).toEqual({ outboxEvents: 0, processedEvents: 0, refreshTokens: 0 });
  });

  it('PLT-06 the application role cannot delete those rows itself, only through the housekeeping function', async () => {
    const appDs = app.get(DataSource);
    await expect(appDs.query('DELETE FROM platform.outbox_event')).rejects.toThrow(/permission denied/);
  });

  it('PLT-06 the worker keeps one scheduler per declared schedule at its interval and removes undeclared ones', async () => {
    const schedulers = await queue.queue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: 'platform.housekeeping', name: 'platform.housekeeping', every: 30 * 60_000 })]);

    await queue.queue.upsertJobScheduler('retired.schedule', { every: 60_000 }, { name: 'platform.housekeeping', data: {} });
    await app.get(JobScheduler).sync();
    expect((await queue.queue.getJobSchedulers()).map((s) => s.key)).toEqual(['platform.housekeeping']);
  });
});
