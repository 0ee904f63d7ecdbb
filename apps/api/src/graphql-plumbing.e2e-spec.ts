import type { INestApplication } from '@nestjs/common';
import { AppConfig, createTenantRow, createTestUser, UserEntity } from '@crm/platform';
import { createApiApp } from './bootstrap';
import { ApiHarness } from './testing/api-harness';

jest.setTimeout(60_000);

interface GqlResponse {
  data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary shapes
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

describe('GraphQL plumbing over HTTP', () => {
  let api: ApiHarness;
  let limited: INestApplication;
  let limitedUrl: string;
  let tenantId: string;
  let users: UserEntity[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    const tenant = await createTenantRow(api.admin);
    tenantId = tenant.id;
    users = await api.admin.getRepository(UserEntity).save(
      ['li.wei@example.com', 'wang.fang@example.com'].map((email) => ({ tenantId, email, displayName: email.split('@')[0], passwordHash: 'x' })),
    );
    await api.admin.query(
      `INSERT INTO platform.audit_log (tenant_id, occurred_at, actor_user_id, channel, record_type, record_id, action, changes)
       SELECT $1, '2026-01-01'::timestamptz + i * interval '1 minute', CASE WHEN i % 3 = 0 THEN NULL WHEN i % 3 = 1 THEN $2::uuid ELSE $3::uuid END,
              'web', 'customer', 'c-1', 'edit', jsonb_build_object('tier', jsonb_build_object('before', 'B', 'after', 'A'))
       FROM generate_series(1, 30) AS i`,
      [tenantId, users[0].id, users[1].id],
    );
    for (const grant of ['*:*', 'customer:view', 'audit:view', 'opportunity:view']) {
      const reader = await createTestUser(api.appDs, tenantId, { permissions: [grant] });
      tokens[grant] = await api.signIn(tenant.slug, reader.user.email, reader.password);
    }
    limited = await createApiApp(Object.assign(new AppConfig(), api.config, { GRAPHQL_MAX_DEPTH: 3, GRAPHQL_MAX_COMPLEXITY: 10 }));
    await limited.listen(0, '127.0.0.1');
    limitedUrl = await limited.getUrl();
  });

  afterAll(async () => {
    await limited?.close();
    await api?.stop();
  });

  /** The signed-in reader holding exactly this grant. */
  const reader = (grant = '*:*') => tokens[grant];

  async function gql(query: string, variables: Record<string, unknown> = {}, token: string | null = reader(), url?: string) {
    const response = await fetch(`${url ?? (await api.app.getUrl())}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GqlResponse };
  }

  const TRAIL = `query Trail($first: Int, $after: String) {
    auditTrail(recordType: "customer", recordId: "c-1", first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id occurredAt action actorUserId actor { email displayName } changes { field before after } } }
    }
  }`;

  it('PLT-04 the audit trail of a record pages newest first, with the acting user resolved', async () => {
    const first = await gql(TRAIL, { first: 20 });
    expect(first.body.errors).toBeUndefined();
    const trail = first.body.data!.auditTrail;
    expect(trail.totalCount).toBe(30);
    expect(trail.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const times = trail.edges.map((e: { node: { occurredAt: string } }) => e.node.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(trail.edges[0].node).toMatchObject({ action: 'edit', changes: [{ field: 'tier', before: '"B"', after: '"A"' }] });
    const withActor = trail.edges.find((e: { node: { actorUserId: string } }) => e.node.actorUserId === users[1].id);
    expect(withActor.node.actor).toEqual({ email: 'wang.fang@example.com', displayName: 'wang.fang' });
    expect(trail.edges.find((e: { node: { actorUserId: string } }) => e.node.actorUserId === null).node.actor).toBeNull();

    const second = await gql(TRAIL, { first: 20, after: trail.pageInfo.endCursor });
    expect(second.body.data!.auditTrail.edges).toHaveLength(10);
    expect(second.body.data!.auditTrail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('PLT-04 reading a trail needs audit:view, or the view permission of the record type and sight of the record', async () => {
    // no customer c-1 exists for the reader to see (ACC-01): the trail answers as the record would
    expect((await gql(TRAIL, {}, reader('customer:view'))).body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'recordId' });
    expect((await gql(TRAIL, {}, reader('audit:view'))).body.errors).toBeUndefined();
    const refused = await gql(TRAIL, {}, reader('opportunity:view'));
    expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.body.data).toBeNull();
  });

  it('PLT-05 without a principal the answer is UNAUTHENTICATED', async () => {
    expect((await gql(TRAIL, {}, null)).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    [{ first: 101 }, 'first', /at most 100/],
    [{ first: -1 }, 'first', /must not be less than 0/],
    [{ first: 5, after: 'not-a-cursor!' }, 'after', /not a valid cursor/],
  ])('PLT-05 bad paging arguments %j are VALIDATION_FAILED naming %s', async (variables, field, message) => {
    const { body } = await gql(TRAIL, variables);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(body.errors?.[0].message).toMatch(message);
  });

  it('PLT-05 Apollo’s own codes are kept for malformed requests', async () => {
    const badVariable = (await gql(TRAIL, { first: 'ten' })).body;
    expect(badVariable.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await gql('{ auditTrail { nope } }')).body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('PLT-05 a query nested deeper than GRAPHQL_MAX_DEPTH is refused as QUERY_TOO_COMPLEX', async () => {
    const { body } = await gql(TRAIL, { first: 1 }, reader(), limitedUrl);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 3 });
    expect(body.data).toBeUndefined();
  });

  it('PLT-05 a query costing more than GRAPHQL_MAX_COMPLEXITY is refused; connections cost page size times their items', async () => {
    const query = `query($first: Int) { auditTrail(recordType: "customer", recordId: "c-1", first: $first) { edges { node { id action } } } }`;
    expect((await gql(query, { first: 1 }, reader(), limitedUrl)).body.errors).toBeUndefined();
    const { status, body } = await gql(query, { first: 5 }, reader(), limitedUrl);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'complexity', maximum: 10 });
    expect(body.errors?.[0].message).toMatch(/GRAPHQL_MAX_COMPLEXITY/);
    expect(status).toBe(400);
  });

  it('PLT-05 REST errors answer JSON with a code', async () => {
    const response = await fetch(`${await api.app.getUrl()}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND', field: null, problems: [] });
  });
});
