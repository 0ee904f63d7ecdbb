import { createTestDatabase, TestDatabase } from '@crm/composition';
import { JobQueue, JobRequest } from '@crm/platform';

const TENANT_A = '00000000-0000-4000-8000-00000000000a';
const TENANT_B = '00000000-0000-4000-8000-00000000000b';

function delivery(tenantId: string, eventId: string, deduplicationId?: string): JobRequest<'event.deliver'> {
  return {
    name: 'event.deliver',
    data: { tenantId, eventId, eventType: 'probe.happened', consumer: 'test.consumer' },
    options: deduplicationId ? { deduplicationId } : undefined,
  };
}

describe('job queue: enqueueing several jobs at once', () => {
  let db: TestDatabase;
  let jobs: JobQueue;

  beforeAll(async () => {
    db = await createTestDatabase();
    jobs = new JobQueue(db.config);
  });

  afterEach(async () => {
    await jobs.queue.obliterate({ force: true });
  });

  afterAll(async () => {
    await jobs?.onApplicationShutdown();
    await db?.drop();
  });

  /** The waiting jobs' payloads, oldest first (no worker runs in this file, so every added job waits). */
  async function waiting() {
    const list = await jobs.queue.getJobs(['waiting'], 0, -1, true);
    return list.map((j) => j.data);
  }

  it('PLT-06 enqueueMany honours deduplication: a duplicate request in the same call is queued once, payloads unchanged', async () => {
    await jobs.enqueueMany([
      delivery(TENANT_A, 'e1', 'probe-a'),
      delivery(TENANT_A, 'e2', 'probe-a'),
      delivery(TENANT_B, 'e3', 'probe-b'),
      delivery(TENANT_B, 'e4'),
    ]);
    expect(await waiting()).toEqual([
      { tenantId: TENANT_A, eventId: 'e1', eventType: 'probe.happened', consumer: 'test.consumer' },
      { tenantId: TENANT_B, eventId: 'e3', eventType: 'probe.happened', consumer: 'test.consumer' },
      { tenantId: TENANT_B, eventId: 'e4', eventType: 'probe.happened', consumer: 'test.consumer' },
    ]);
  });

  it('PLT-06 a duplicate in a later enqueueMany or enqueue is not queued again while the first waits; a new id is', async () => {
    await jobs.enqueueMany([delivery(TENANT_A, 'e1', 'probe-a')]);
    await jobs.enqueueMany([delivery(TENANT_A, 'e2', 'probe-a'), delivery(TENANT_B, 'e3', 'probe-b')]);
    const first = (await jobs.queue.getJobs(['waiting'])).find((j) => j.data.eventId === 'e1')!;
    // enqueue and enqueueMany share one deduplication id scheme: enqueue hands back the waiting job
    expect(await jobs.enqueue('event.deliver', delivery(TENANT_A, 'e5').data, { deduplicationId: 'probe-a' })).toBe(first.id);
    await jobs.enqueue('event.deliver', delivery(TENANT_B, 'e6').data, { deduplicationId: 'probe-c' });
    await jobs.enqueueMany([delivery(TENANT_B, 'e7', 'probe-c')]);
    expect((await waiting()).map((d) => [d.tenantId, d.eventId])).toEqual([
      [TENANT_A, 'e1'],
      [TENANT_B, 'e3'],
      [TENANT_B, 'e6'],
    ]);
  });
});
