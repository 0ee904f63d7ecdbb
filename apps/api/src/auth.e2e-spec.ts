import { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, DEMO_ADMIN, DEMO_TENANT, seedDemo, TestDatabase } from '@crm/composition';
import { AppConfig, createDataSource, createTenantRow, createTestUser, TestUser } from '@crm/platform';
import { createApiApp } from './bootstrap';

interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
}
interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id email } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken user { id } } }`;
const SIGN_OUT = `mutation($input: SignOutInput!) { signOut(input: $input) { signedOut } }`;
const ME = `{ me { id email displayName } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes lastUsedAt revokedAt } } }`;
const REVOKE_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } } }`;
const LIST_KEYS = `query($first: Int, $after: String) { apiKeys(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;

// argon2 verifications dominate: a dozen of them in one test take a few seconds on a busy machine
jest.setTimeout(30_000);

type Session = { accessToken: string; refreshToken: string; user: { id: string; email: string } };

describe('authentication over HTTP', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let app: INestApplication;
  let admin: DataSource;
  let appDs: DataSource;
  let demoTenantId: string;
  let tenantB: { id: string; slug: string; admin: TestUser };

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const res = await request(app.getHttpServer()).post('/graphql').set(headers).send({ query, variables });
    return { status: res.status, data: res.body.data as T, errors: res.body.errors as GqlError[] | undefined };
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

  async function signIn(tenant: string, email: string, password: string): Promise<Session> {
    const res = await gql<{ signIn: Session }>(SIGN_IN, { input: { tenant, email, password } });
    expect(res.errors).toBeUndefined();
    return res.data!.signIn;
  }

  const signInDemoAdmin = () => signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);

  async function createKey(token: string, scopes: string[], name = 'integration'): Promise<{ id: string; secret: string }> {
    const res = await gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE_KEY, { input: { name, scopes } }, bearer(token));
    expect(res.errors).toBeUndefined();
    return { id: res.data!.createApiKey.apiKey.id, secret: res.data!.createApiKey.secret };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    config = db.config;
    demoTenantId = (await seedDemo(config)).tenantId;
    admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
    appDs = await createDataSource(config, ALL_DATABASE_PARTS, 'app').initialize();
    const b = await createTenantRow(admin);
    tenantB = { id: b.id, slug: b.slug, admin: await createTestUser(appDs, b.id, { permissions: ['*:*'] }) };
    app = await createApiApp(config);
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await appDs?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('ACC-04 the seeded administrator signs in and the access token identifies them in me', async () => {
    const requestId = `req-${Date.now()}`;
    const res = await gql<{ signIn: Session }>(
      SIGN_IN,
      { input: { tenant: 'demo', email: 'Admin@Demo.Local', password: DEMO_ADMIN.password } },
      { 'x-request-id': requestId },
    );
    expect(res.errors).toBeUndefined();
    const session = res.data!.signIn;
    expect(session.user.email).toBe(DEMO_ADMIN.email);
    expect(session.refreshToken).toMatch(/^crmr_[0-9a-f]{32}_[0-9a-f]{32}_/);

    const me = await gql<{ me: { id: string; email: string } }>(ME, {}, bearer(session.accessToken));
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ id: session.user.id, email: DEMO_ADMIN.email });

    // The request context (AsyncLocalStorage) reached the resolver: its audit row carries the request id.
    const audit = await admin.query(
      `SELECT action, record_type, actor_user_id, channel, request_id FROM platform.audit_log WHERE tenant_id = $1 AND request_id = $2`,
      [demoTenantId, requestId],
    );
    expect(audit).toEqual([{ action: 'sign_in', record_type: 'user', actor_user_id: session.user.id, channel: 'web', request_id: requestId }]);
    const [user] = await admin.query(`SELECT last_sign_in_at FROM platform."user" WHERE id = $1`, [session.user.id]);
    expect(user.last_sign_in_at).not.toBeNull();
  });

  it('ACC-04 seeding again adds no second administrator, role or root unit', async () => {
    await seedDemo(config);
    const [counts] = await admin.query(
      `SELECT (SELECT count(*)::int FROM platform."user" WHERE tenant_id = $1 AND email = $2) AS users,
              (SELECT count(*)::int FROM platform.role WHERE tenant_id = $1 AND name = 'Administrator') AS roles,
              (SELECT count(*)::int FROM platform.org_unit WHERE tenant_id = $1 AND parent_id IS NULL AND name = '总部 Headquarters') AS units,
              (SELECT count(*)::int FROM platform.user_role ur JOIN platform."user" u ON u.id = ur.user_id WHERE u.email = $2) AS grants`,
      [demoTenantId, DEMO_ADMIN.email],
    );
    expect(counts).toEqual({ users: 1, roles: 1, units: 1, grants: 1 });
  });

  it('ACC-04 the access token carries the agreed claims', async () => {
    const session = await signInDemoAdmin();
    const claims = new JwtService({ secret: config.JWT_SECRET }).verify(session.accessToken, { algorithms: ['HS256'] });
    expect(claims).toMatchObject({ sub: session.user.id, tid: demoTenantId, perms: ['*:*'], scope: 'all', typ: 'access' });
    expect(claims.upath).toBe(`/${claims.unit}/`);
    expect(claims.exp - claims.iat).toBe(config.ACCESS_TOKEN_TTL_SECONDS);
  });

  it('ACC-04 a wrong password, an unknown user and an unknown tenant all answer INVALID_CREDENTIALS alike, with no token', async () => {
    const attempts = [
      { tenant: 'demo', email: DEMO_ADMIN.email, password: 'wrong-password' },
      { tenant: 'demo', email: 'nobody@demo.local', password: DEMO_ADMIN.password },
      { tenant: 'no-such-tenant', email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
    ];
    const answers = await Promise.all(attempts.map((input) => gql(SIGN_IN, { input })));
    for (const res of answers) {
      expect(res.data).toBeNull();
      expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
      expect(res.errors![0].message).toBe(answers[0].errors![0].message);
    }
  });

  it('ACC-04 an inactive user cannot sign in', async () => {
    const inactive = await createTestUser(appDs, demoTenantId, { isActive: false });
    const res = await gql(SIGN_IN, { input: { tenant: 'demo', email: inactive.user.email, password: inactive.password } });
    expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
  });

  it('ACC-04 refreshing rotates the pair; reusing the old refresh token revokes the whole family', async () => {
    const first = await signInDemoAdmin();
    const rotated = await gql<{ refreshSession: Session }>(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user.id).toBe(first.user.id);
    expect((await gql(ME, {}, bearer(second.accessToken))).errors).toBeUndefined();

    const replay = await gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(codeOf(replay)).toBe('TOKEN_REVOKED');
    const afterTheft = await gql(REFRESH, { input: { refreshToken: second.refreshToken } });
    expect(codeOf(afterTheft)).toBe('TOKEN_REVOKED');
  });

  it('ACC-04 a made-up refresh token is refused without touching real sessions', async () => {
    const session = await signInDemoAdmin();
    const forged = session.refreshToken.replace(/_[^_]+$/, `_${'A'.repeat(43)}`);
    expect(codeOf(await gql(REFRESH, { input: { refreshToken: forged } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(REFRESH, { input: { refreshToken: 'garbage' } }))).toBe('UNAUTHENTICATED');
    expect((await gql(REFRESH, { input: { refreshToken: session.refreshToken } })).errors).toBeUndefined();
  });

  it('ACC-04 an expired refresh token answers TOKEN_EXPIRED', async () => {
    const session = await signInDemoAdmin();
    await admin.query(`UPDATE platform.refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [session.user.id]);
    expect(codeOf(await gql(REFRESH, { input: { refreshToken: session.refreshToken } }))).toBe('TOKEN_EXPIRED');
  });

  it('ACC-04 signing out ends the session: its refresh token no longer works', async () => {
    const session = await signInDemoAdmin();
    const out = await gql<{ signOut: { signedOut: boolean } }>(SIGN_OUT, { input: { refreshToken: session.refreshToken } });
    expect(out.data!.signOut.signedOut).toBe(true);
    expect(codeOf(await gql(REFRESH, { input: { refreshToken: session.refreshToken } }))).toBe('TOKEN_REVOKED');
  });

  it('ACC-04 an expired access token answers TOKEN_EXPIRED where a principal is needed; public queries still work', async () => {
    const session = await signInDemoAdmin();
    const claims = new JwtService({ secret: config.JWT_SECRET }).decode(session.accessToken);
    const past = Math.floor(Date.now() / 1000) - 60;
    const expired = new JwtService({ secret: config.JWT_SECRET }).sign({ ...claims, iat: past - 900, exp: past });
    expect(codeOf(await gql(ME, {}, bearer(expired)))).toBe('TOKEN_EXPIRED');
    expect(codeOf(await gql(ME, {}, bearer(`${session.accessToken.slice(0, -2)}xx`)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(ME))).toBe('UNAUTHENTICATED');
    expect((await gql(`{ serverInfo { version } }`, {}, bearer(expired))).errors).toBeUndefined();
  });

  it('ACC-04 a read-only key can query but cannot create keys; it acts as its creator with channel api_key', async () => {
    const session = await signInDemoAdmin();
    const key = await createKey(session.accessToken, ['*:read'], 'read only');
    expect(key.secret).toMatch(/^crmk_[0-9a-f]{32}_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);

    const me = await gql<{ me: { id: string } }>(ME, {}, bearer(key.secret));
    expect(me.data!.me.id).toBe(session.user.id);
    const list = await gql<{ apiKeys: { edges: { node: { id: string } }[] } }>(LIST_KEYS, {}, { 'x-api-key': key.secret });
    expect(list.errors).toBeUndefined();
    expect(list.data!.apiKeys.edges.map((e) => e.node.id)).toContain(key.id);

    const mutate = await gql(CREATE_KEY, { input: { name: 'escalate', scopes: ['*:admin'] } }, { 'x-api-key': key.secret });
    expect(codeOf(mutate)).toBe('FORBIDDEN');
    expect(mutate.data).toBeNull();

    const [row] = await admin.query(`SELECT secret_hash, prefix, last_used_at FROM platform.api_key WHERE id = $1`, [key.id]);
    // the secret is everything after the third underscore (base64url may itself contain underscores)
    const secretPart = key.secret.split('_').slice(3).join('_');
    expect(secretPart.length).toBeGreaterThan(20);
    expect(row.secret_hash).not.toContain(secretPart);
    expect(row.prefix).toBe(key.secret.slice(0, 16));
    expect(row.last_used_at).not.toBeNull();
  });

  it('ACC-04 a revoked key is refused', async () => {
    const session = await signInDemoAdmin();
    const key = await createKey(session.accessToken, ['*:write']);
    expect((await gql(ME, {}, bearer(key.secret))).errors).toBeUndefined();
    const revoked = await gql<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(REVOKE_KEY, { input: { id: key.id } }, bearer(session.accessToken));
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).toBeTruthy();
    expect(codeOf(await gql(ME, {}, bearer(key.secret)))).toBe('TOKEN_REVOKED');
    expect(codeOf(await gql(ME, {}, { 'x-api-key': key.secret }))).toBe('TOKEN_REVOKED');
  });

  it('ACC-04 a key with a wrong secret or an expired key is refused', async () => {
    const session = await signInDemoAdmin();
    const key = await createKey(session.accessToken, ['*:read']);
    const wrong = key.secret.replace(/_[^_]+$/, `_${'B'.repeat(43)}`);
    expect(codeOf(await gql(ME, {}, bearer(wrong)))).toBe('UNAUTHENTICATED');
    await admin.query(`UPDATE platform.api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
    expect(codeOf(await gql(ME, {}, bearer(key.secret)))).toBe('TOKEN_EXPIRED');
  });

  it('ACC-04 scopes must read <recordType|*>:<read|write|admin>; a bad one changes nothing', async () => {
    const session = await signInDemoAdmin();
    const [{ count: before }] = await admin.query(`SELECT count(*)::int AS count FROM platform.api_key`);
    const res = await gql(CREATE_KEY, { input: { name: 'bad', scopes: ['*:read', 'customer:everything'] } }, bearer(session.accessToken));
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(res.errors![0].extensions!.field).toMatch(/^input\.scopes/);
    const [{ count: after }] = await admin.query(`SELECT count(*)::int AS count FROM platform.api_key`);
    expect(after).toBe(before);
  });

  it('ACC-04 API keys are listed newest first, page by page with opaque cursors', async () => {
    const owner = await createTestUser(appDs, demoTenantId, { permissions: ['api_key:*'] });
    const session = await signIn('demo', owner.user.email, owner.password);
    const made: string[] = [];
    for (const name of ['k1', 'k2', 'k3']) made.push((await createKey(session.accessToken, ['*:read'], name)).id);

    type Page = { apiKeys: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GqlResponse<Page> = await gql<Page>(LIST_KEYS, { first: 2, after }, bearer(session.accessToken));
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.apiKeys.edges.map((e) => e.node.id));
      if (!page.data!.apiKeys.pageInfo.hasNextPage) break;
      after = page.data!.apiKeys.pageInfo.endCursor;
    }
    const [{ count }] = await admin.query(`SELECT count(*)::int AS count FROM platform.api_key WHERE tenant_id = $1`, [demoTenantId]);
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(seen.slice(0, 3)).toEqual([...made].reverse());
    expect(codeOf(await gql(LIST_KEYS, { first: 2, after: 'not-a-cursor' }, bearer(session.accessToken)))).toBe('VALIDATION_FAILED');
  });

  it('ACC-04 managing keys needs api_key permissions', async () => {
    const rep = await createTestUser(appDs, demoTenantId, { permissions: ['customer:view'], dataScope: 'own' });
    const session = await signIn('demo', rep.user.email, rep.password);
    expect(codeOf(await gql(LIST_KEYS, {}, bearer(session.accessToken)))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CREATE_KEY, { input: { name: 'x', scopes: ['*:read'] } }, bearer(session.accessToken)))).toBe('FORBIDDEN');
  });

  it('ACC-05 a user of tenant A can neither see nor revoke tenant B’s API key, even with its id', async () => {
    const sessionB = await signIn(tenantB.slug, tenantB.admin.user.email, tenantB.admin.password);
    const keyB = await createKey(sessionB.accessToken, ['*:read'], 'tenant B key');
    const sessionA = await signInDemoAdmin();

    const revoke = await gql(REVOKE_KEY, { input: { id: keyB.id } }, bearer(sessionA.accessToken));
    expect(codeOf(revoke)).toBe('NOT_FOUND');
    const listA = await gql<{ apiKeys: { edges: { node: { id: string } }[] } }>(LIST_KEYS, { first: 100 }, bearer(sessionA.accessToken));
    expect(listA.data!.apiKeys.edges.map((e) => e.node.id)).not.toContain(keyB.id);

    const meB = await gql<{ me: { id: string } }>(ME, {}, bearer(keyB.secret));
    expect(meB.data!.me.id).toBe(tenantB.admin.user.id);
    // B's key cannot be turned into a tenant-A key by editing its tenant part
    const retargeted = keyB.secret.replace(/^crmk_[0-9a-f]{32}/, `crmk_${demoTenantId.replace(/-/g, '')}`);
    expect(codeOf(await gql(ME, {}, bearer(retargeted)))).toBe('UNAUTHENTICATED');
  });

  it('ACC-04 after ten failed sign-ins an address is locked out with RATE_LIMITED, even with the right password', async () => {
    const victim = await createTestUser(appDs, demoTenantId);
    for (let i = 0; i < 10; i++) {
      const res = await gql(SIGN_IN, { input: { tenant: 'demo', email: victim.user.email, password: `guess-${i}` } });
      expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
    }
    const locked = await gql(SIGN_IN, { input: { tenant: 'demo', email: victim.user.email, password: victim.password } });
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });
});
