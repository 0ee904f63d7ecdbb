import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, DEMO_ADMIN, seedDemo, TestDatabase } from '@crm/composition';
import { createDataSource } from '@crm/platform';
import { createApiApp } from './bootstrap';

const LIMIT = 5;
const SERVER_INFO = { query: '{ serverInfo { version } }' };

describe('per-principal rate limit', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let appDs: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ RATE_LIMIT_PER_MINUTE: LIMIT });
    await seedDemo(db.config);
    appDs = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    app = await createApiApp(db.config);
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await appDs?.destroy();
    await db?.drop();
  });

  const post = (body: object, headers: Record<string, string> = {}) => request(app.getHttpServer()).post('/graphql').set(headers).send(body);

  it('ACC-04 beyond the limit GraphQL answers 429 with Retry-After and RATE_LIMITED/retryAfterSeconds; each principal has its own budget', async () => {
    // one anonymous sign-in uses the address's budget; the signed-in user then counts separately
    const signIn = await post({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
      variables: { i: { tenant: 'demo', email: DEMO_ADMIN.email, password: DEMO_ADMIN.password } },
    });
    const token = signIn.body.data.signIn.accessToken as string;
    for (let i = 1; i < LIMIT; i++) expect((await post(SERVER_INFO)).status).toBe(200);

    const refused = await post(SERVER_INFO);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      errors: [{ message: expect.stringMatching(/Too many requests/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }],
    });

    const asUser = await post(SERVER_INFO, { authorization: `Bearer ${token}` });
    expect(asUser.status).toBe(200);
    expect(asUser.body.data.serverInfo.version).toBeTruthy();
  });

  it('ACC-04 REST routes share the limit with HTTP 429; health probes are never limited', async () => {
    // anonymous callers share one budget per address: spend whatever is left of it
    let rest = await request(app.getHttpServer()).get('/api/anything');
    for (let i = 0; i < LIMIT && rest.status !== 429; i++) rest = await request(app.getHttpServer()).get('/api/anything');
    expect(rest.status).toBe(429);
    expect(rest.headers['retry-after']).toBeTruthy();
    expect(rest.body).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    for (let i = 0; i < LIMIT + 2; i++) expect((await request(app.getHttpServer()).get('/health/live')).status).toBe(200);
  });

  it('ACC-04 behind a trusted proxy (TRUST_PROXY) anonymous callers are counted per forwarded address, not per proxy', async () => {
    const proxied = await createApiApp({ ...db.config, TRUST_PROXY: 'loopback' });
    await proxied.listen(0, '127.0.0.1');
    try {
      const from = (address: string) =>
        request(proxied.getHttpServer()).post('/graphql').set('x-forwarded-for', address).send(SERVER_INFO);
      for (let i = 0; i < LIMIT; i++) expect((await from('203.0.113.7')).status).toBe(200);
      expect((await from('203.0.113.7')).status).toBe(429);
      // another client behind the same proxy still has its own budget
      expect((await from('198.51.100.20')).status).toBe(200);
    } finally {
      await proxied.close();
    }
    // without the setting the header is not believed: a forged address does not buy a new budget
    const forged = await post(SERVER_INFO, { 'x-forwarded-for': '192.0.2.99' });
    expect(forged.status).toBe(429);
  });
});

