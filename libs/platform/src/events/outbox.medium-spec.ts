import { INestApplication, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import {
  AuditService,
  createDataSource,
  createTenantRow,
  deliveryJobId,
  DomainEvent,
  EventConsumers,
  JobQueue,
  OnEvent,
  OutboxRelay,
  OutboxService,
  PLATFORM_JOBS,
  PlatformModule,
  systemPrincipal,
  TenantDb,
  waitFor,
  WorkerRuntimeModule,
} from '@crm/platform';

declare module '@crm/platform' {
  interface EventMap {
    'probe.happened': { n: number };
    'probe.flaky': { n: number };
  }
}

/** Two consumers of one event type; the first has a database effect (an audit row), the second only counts. */
@Injectable()
class ProbeConsumers {
  readonly audited: string[] = [];
  readonly counted: string[] = [];

  constructor(private readonly audit: AuditService) {}

  @OnEvent('probe.happened', { consumer: 'test.probe-audit' })
  async record(event: DomainEvent<'probe.happened'>, em: EntityManager) {
    this.audited.push(event.id);
    await this.audit.record(em, { recordType: 'probe', recordId: event.id, action: 'consumed', after: { n: event.payload.n } });
  }

  @OnEvent('probe.happened', { consumer: 'test.probe-count' })
  async count(event: DomainEvent<'probe.happened'>) {
    this.counted.push(event.id);
  }

  readonly flakyTries: string[] = [];

  /** Writes its effect, then fails on the first try: the retry must leave exactly one effect. */
  @OnEvent('probe.flaky', { consumer: 'test.probe-flaky' })
  async flaky(event: DomainEvent<'probe.flaky'>, em: EntityManager) {
    this.flakyTries.push(event.id);
    await this.audit.record(em, { recordType: 'probe', recordId: event.id, action: 'consumed', after: { n: event.payload.n } });
    if (times(this.flakyTries, event.id) === 1) throw new Error('downstream hiccup');
  }
}

const times = (list: string[], id: string) => list.filter((x) => x === id).length;

describe('transactional outbox, relay and idempotent consumers', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: INestApplication;
  let tenantDb: TenantDb;
  let outbox: OutboxService;
  let relay: OutboxRelay;
  let queue: JobQueue;
  let probes: ProbeConsumers;
  let tenantA: string;
  let tenantB: string;

  /** A second relay instance, as on another worker replica. */
  const anotherRelay = () =>
    new OutboxRelay(app.get(DataSource), queue, app.get(EventConsumers), db.config, false);

  const publish = (tenantId: string, n: number) =>
    tenantDb.asTenant(systemPrincipal(tenantId), (em) =>
      outbox.publish(em, { type: 'probe.happened', aggregateType: 'probe', aggregateId: `p-${n}`, payload: { n } }),
    );

  const auditCount = async (eventId: string): Promise<number> =>
    (await admin.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE record_type = 'probe' AND record_id = $1`, [eventId]))[0].n;

  const consumed = (ids: string[]) =>
    waitFor(async () => ids.every((id) => probes.audited.includes(id) && probes.counted.includes(id)), 'both consumers');

  const queueIdle = () =>
    waitFor(async () => {
      const counts = await queue.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((c) => c === 0);
    }, 'an idle queue');

  beforeAll(async () => {
    db = await createTestDatabase({ OUTBOX_LEASE_SECONDS: 1, JOB_BACKOFF_MS: 10 });
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ config: db.config, database: ALL_DATABASE_PARTS }),
        WorkerRuntimeModule.forRoot({ jobs: PLATFORM_JOBS, relay: false }),
      ],
      providers: [ProbeConsumers],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    tenantDb = app.get(TenantDb);
    outbox = app.get(OutboxService);
    relay = app.get(OutboxRelay);
    queue = app.get(JobQueue);
    probes = app.get(ProbeConsumers);
    tenantA = (await createTenantRow(admin)).id;
    tenantB = (await createTenantRow(admin)).id;
  });

  afterAll(async () => {
    await queue?.queue.obliterate({ force: true });
    await app?.close();
    await admin?.destroy();
    await db?.drop();
  });

  it('PLT-06 an event published in a rolled-back transaction never appears and is never relayed', async () => {
    const failing = tenantDb.asTenant(systemPrincipal(tenantA), async (em) => {
      await outbox.publish(em, { type: 'probe.happened', aggregateType: 'probe', aggregateId: 'rolled-back', payload: { n: 0 } });
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');

    const rows = await admin.query(`SELECT id FROM platform.outbox_event WHERE aggregate_id = 'rolled-back'`);
    expect(rows).toEqual([]);
    expect(await relay.relayOnce()).toBe(0);
    expect(probes.audited).toEqual([]);
  });

  it('PLT-06 publishing outside a transaction is refused', async () => {
    const bare = app.get(DataSource).manager;
    await expect(
      outbox.publish(bare, { type: 'probe.happened', aggregateType: 'probe', aggregateId: 'bare', payload: { n: 0 } }),
    ).rejects.toThrow(/transaction/);
  });

  it('PLT-06 a committed event is relayed, fanned out, and each consumer runs once as the worker of its tenant', async () => {
    const eventId = await publish(tenantA, 1);
    expect(await relay.relayOnce()).toBe(1);
    await consumed([eventId]);
    await queueIdle();

    expect(times(probes.audited, eventId)).toBe(1);
    expect(times(probes.counted, eventId)).toBe(1);
    const [row] = await admin.query('SELECT published_at, attempts FROM platform.outbox_event WHERE id = $1', [eventId]);
    expect(row.published_at).not.toBeNull();
    expect(row.attempts).toBe(1);
    const ledger = await admin.query('SELECT consumer FROM platform.processed_event WHERE event_id = $1 ORDER BY consumer', [eventId]);
    expect(ledger).toEqual([{ consumer: 'test.probe-audit' }, { consumer: 'test.probe-count' }]);
    const [audit] = await admin.query(`SELECT tenant_id, channel FROM platform.audit_log WHERE record_id = $1`, [eventId]);
    expect(audit).toEqual({ tenant_id: tenantA, channel: 'worker' });
  });

  it('PLT-06 a consumer job delivered twice has one effect', async () => {
    const eventId = await publish(tenantA, 2);
    await relay.relayOnce();
    await consumed([eventId]);

    const data = { tenantId: tenantA, eventId, eventType: 'probe.happened', consumer: 'test.probe-audit' };
    const jobId = await queue.enqueue('event.deliver', data, { jobId: `redelivery-${eventId}` });
    const job = await waitFor(async () => {
      const found = await Job.fromId(queue.queue, jobId);
      return found && (await found.isCompleted()) ? found : undefined;
    }, 'the redelivered job');

    expect(job.returnvalue).toBe('already-processed');
    expect(times(probes.audited, eventId)).toBe(1);
    expect(await auditCount(eventId)).toBe(1);
  });

  it('PLT-06 two deliveries of one event running at the same moment have one effect', async () => {
    const eventId = await publish(tenantB, 3);
    const data = { tenantId: tenantB, eventId, eventType: 'probe.happened', consumer: 'test.probe-audit' };
    const consumers = app.get(EventConsumers);

    const outcomes = await Promise.all([consumers.deliver(data), consumers.deliver(data)]);

    expect(outcomes.sort()).toEqual(['already-processed', 'processed']);
    expect(await auditCount(eventId)).toBe(1);
    await relay.relayOnce(); // publish it, so later tests start with an empty outbox
    await queueIdle();
    expect(await auditCount(eventId)).toBe(1);
  });

  it('PLT-06 a relay that dies after claiming loses nothing: its lease expires and another relay delivers', async () => {
    const ids = [await publish(tenantA, 4), await publish(tenantB, 5), await publish(tenantA, 6)];

    const crashed = await relay.claim(); // ...and the process dies here
    expect(crashed.map((e) => e.id).sort()).toEqual([...ids].sort());

    const survivor = anotherRelay();
    expect(await survivor.relayOnce()).toBe(0); // still leased to the dead relay
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await survivor.relayOnce()).toBe(3);

    await consumed(ids);
    await queueIdle();
    for (const id of ids) expect(times(probes.audited, id)).toBe(1);
    const rows = await admin.query('SELECT attempts, published_at FROM platform.outbox_event WHERE id = ANY($1)', [ids]);
    expect(rows.every((r: { attempts: number; published_at: Date | null }) => r.attempts === 2 && r.published_at)).toBe(true);
  });

  it('PLT-06 a relay that dies after enqueueing but before marking published causes no second effect', async () => {
    const ids = [await publish(tenantA, 7), await publish(tenantB, 8)];

    const claimed = await relay.claim();
    await relay.enqueue(claimed); // ...and the process dies before markPublished
    await consumed(ids);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await anotherRelay().relayOnce()).toBe(2);
    await queueIdle();

    for (const id of ids) {
      expect(times(probes.audited, id)).toBe(1);
      expect(times(probes.counted, id)).toBe(1);
      expect(await auditCount(id)).toBe(1);
    }
    const jobs = await queue.queue.getJobs(['completed']);
    const deliveries = jobs.filter((j) => j.id === deliveryJobId('test.probe-audit', ids[0]));
    expect(deliveries).toHaveLength(1);
  });

  it('PLT-06 a failing consumer is retried with exponential backoff, and its failed try leaves no effect', async () => {
    const eventId = await tenantDb.asTenant(systemPrincipal(tenantA), (em) =>
      outbox.publish(em, { type: 'probe.flaky', aggregateType: 'probe', aggregateId: 'flaky', payload: { n: 1 } }),
    );
    await relay.relayOnce();
    const jobId = deliveryJobId('test.probe-flaky', eventId);
    const job = await waitFor(async () => {
      const found = await Job.fromId(queue.queue, jobId);
      // read again once completed: the first read may predate the completion's final attempt count
      return found && (await found.isCompleted()) ? Job.fromId(queue.queue, jobId) : undefined;
    }, 'the flaky delivery to succeed');

    expect(job.opts).toMatchObject({ attempts: 8, backoff: { type: 'exponential', delay: 10 }, removeOnFail: false });
    expect(job.attemptsMade).toBe(2);
    expect(times(probes.flakyTries, eventId)).toBe(2);
    expect(await auditCount(eventId)).toBe(1);
  });

  it('PLT-06 the running relay loop delivers committed events by itself and stops cleanly', async () => {
    relay.start();
    try {
      const eventId = await publish(tenantB, 9);
      await consumed([eventId]);
    } finally {
      await relay.stop();
    }
  });

  it('ACC-05 the application role cannot read other tenants’ outbox rows, yet the relay’s claim function sees every tenant', async () => {
    const idA = await publish(tenantA, 10);
    const idB = await publish(tenantB, 11);
    const appDs = app.get(DataSource);

    const [{ n }] = await appDs.query('SELECT count(*)::int AS n FROM platform.outbox_event');
    expect(n).toBe(0);
    const seenFromA = await tenantDb.asTenant(systemPrincipal(tenantA), (em) =>
      em.query('SELECT id FROM platform.outbox_event WHERE id IN ($1, $2)', [idA, idB]),
    );
    expect(seenFromA).toEqual([{ id: idA }]);
    await expect(
      tenantDb.asTenant(systemPrincipal(tenantA), (em) => em.query('UPDATE platform.outbox_event SET published_at = now()')),
    ).rejects.toThrow(/permission denied/);

    const claimed = await relay.claim();
    expect(claimed.map((e) => e.tenantId).sort()).toEqual([tenantA, tenantB].sort());
    await relay.enqueue(claimed);
    await relay.markPublished(claimed);
    await consumed([idA, idB]);
  });

  it('CUS-04 PLT-06 behind a backlog of a bulk import the relay claims the oldest due events of every tenant first, and a second mark keeps the first publication time', async () => {
    // a bulk import's backlog: many older unpublished events of one tenant, written in one statement
    await admin.query(
      `INSERT INTO platform.outbox_event (tenant_id, event_type, aggregate_type, aggregate_id, payload, occurred_at)
       SELECT $1, 'probe.backlog', 'probe', 'b-' || g, '{}'::jsonb, now() - interval '1 hour' + g * interval '1 ms' FROM generate_series(1, 3000) g`,
      [tenantB],
    );
    const newer = await publish(tenantA, 30);
    const first = await relay.claim();
    expect(first).toHaveLength(db.config.OUTBOX_BATCH_SIZE);
    expect(first.every((e) => e.tenantId === tenantB && e.eventType === 'probe.backlog')).toBe(true);
    await relay.markPublished(first);
    const [{ published_at: publishedAt }] = await admin.query('SELECT published_at FROM platform.outbox_event WHERE id = $1', [first[0].id]);
    expect(publishedAt).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await relay.markPublished(first.slice(0, 1)); // a second relay marking the same event
    expect(await admin.query('SELECT published_at FROM platform.outbox_event WHERE id = $1', [first[0].id])).toEqual([{ published_at: publishedAt }]);

    await admin.query(`DELETE FROM platform.outbox_event WHERE event_type = 'probe.backlog'`);
    expect((await relay.claim()).map((e) => e.id)).toEqual([newer]);
  });
});
