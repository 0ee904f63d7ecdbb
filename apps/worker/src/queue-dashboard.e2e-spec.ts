import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Job } from 'bullmq';
import { Client } from 'pg';
import request from 'supertest';
import { createTestDatabase, TestDatabase } from '@crm/composition';
import { JobQueue, QUEUE_NAME, waitFor } from '@crm/platform';
import { createWorkerApp } from './bootstrap';

describe('worker: health and the queue dashboard behind admin authentication', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: Parameters<typeof request>[0];
  let queue: JobQueue;
  const tenantId = randomUUID();

  const sign = (perms: string[], overrides: Record<string, unknown> = {}, secret?: string) =>
    new JwtService({ secret: secret ?? db.config.JWT_SECRET }).sign(
      { sub: 'u-1', tid: tenantId, perms, unit: null, upath: null, scope: 'all', typ: 'access', ...overrides },
      { algorithm: 'HS256', ...('exp' in overrides ? {} : { expiresIn: 900 }) },
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createWorkerApp(db.config);
    await app.listen(0, '127.0.0.1');
    server = app.getHttpServer();
    queue = app.get(JobQueue);
  });

  afterAll(async () => {
    await queue?.queue.obliterate({ force: true });
    await app?.close();
    await db?.drop();
  });

  it('PLT-06 the worker answers liveness and readiness on its HTTP port', async () => {
    await request(server).get('/health/live').expect(200);
    const ready = await request(server).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
  });

  it('PLT-06 the dashboard refuses a request without a token (401)', async () => {
    const res = await request(server).get('/admin/queues').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('PLT-06 the dashboard refuses a forged, expired or non-access token (401)', async () => {
    const forged = sign(['*:*'], {}, 'another-secret-another-secret-another-secret');
    const expired = sign(['*:*'], { exp: Math.floor(Date.now() / 1000) - 60 });
    const refresh = sign(['*:*'], { typ: 'refresh' });
    for (const token of [forged, expired, refresh, 'not-a-jwt']) {
      await request(server).get('/admin/queues').set('Authorization', `Bearer ${token}`).expect(401);
    }
  });

  it('PLT-06 the dashboard refuses a signed-in user without the queue:admin permission (403)', async () => {
    const res = await request(server).get('/admin/queues').set('Authorization', `Bearer ${sign(['customer:view', 'customer:admin'])}`).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('PLT-06 an administrator opens the dashboard with a bearer token; queue:admin suffices', async () => {
    const page = await request(server).get('/admin/queues').set('Authorization', `Bearer ${sign(['*:*'])}`).expect(200);
    expect(page.text).toMatch(/<html/i);
    const api = await request(server).get('/admin/queues/api/queues').set('Authorization', `Bearer ${sign(['queue:admin'])}`).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toContain(QUEUE_NAME);
  });

  it('PLT-06 POST /admin/session sets an httpOnly cookie that opens the dashboard; a non-admin gets none', async () => {
    await request(server).post('/admin/session').send({ accessToken: sign(['customer:view']) }).expect(403);
    await request(server).post('/admin/session').send({ accessToken: 'garbage' }).expect(400);

    const res = await request(server).post('/admin/session').send({ accessToken: sign(['*:*']) }).expect(204);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('crm_admin='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/admin/);
    await request(server).get('/admin/queues').set('Cookie', cookie!.split(';')[0]).expect(200);
  });

  it('ACC-03 PLT-06 a token issued before the tenant’s grants changed no longer opens the dashboard (ADR 0022)', async () => {
    const client = new Client({ connectionString: db.config.DATABASE_ADMIN_URL });
    await client.connect();
    try {
      const other = randomUUID();
      await client.query(`INSERT INTO platform.tenant (id, slug, name, access_epoch) VALUES ($1, $2, 'Epoch', 3)`, [other, `epoch-${other.slice(0, 8)}`]);
      const res = await request(server).get('/admin/queues').set('Authorization', `Bearer ${sign(['*:*'], { tid: other, aev: 2 })}`).expect(401);
      expect(res.body.message).toMatch(/access has changed/);
      await request(server).post('/admin/session').send({ accessToken: sign(['*:*'], { tid: other, aev: 2 }) }).expect(401);
      await request(server).get('/admin/queues').set('Authorization', `Bearer ${sign(['*:*'], { tid: other, aev: 3 })}`).expect(200);
    } finally {
      await client.end();
    }
  });

  it('PLT-06 a failed job stays in the failed set, where ops see it and retry it', async () => {
    // A job no handler knows fails at once, without retries.
    const job = await queue.queue.add('unknown.job' as never, {}, { jobId: 'ops-visible' });
    await waitFor(async () => (await Job.fromId(queue.queue, job.id!))?.isFailed(), 'the job to fail');
    const auth = { Authorization: `Bearer ${sign(['*:*'])}` };

    const listed = await request(server)
      .get(`/admin/queues/api/queues?activeQueue=${QUEUE_NAME}&status=failed`)
      .set(auth)
      .expect(200);
    const jobs = listed.body.queues.find((q: { name: string }) => q.name === QUEUE_NAME).jobs;
    expect(jobs.map((j: { id: string }) => j.id)).toContain('ops-visible');

    await request(server).put(`/admin/queues/api/queues/${QUEUE_NAME}/ops-visible/retry`).set(auth).expect(204);
    await waitFor(async () => {
      const again = await Job.fromId(queue.queue, 'ops-visible');
      return again && again.attemptsMade >= 2 && (await again.isFailed());
    }, 'the retried job to run again');
  });
});
