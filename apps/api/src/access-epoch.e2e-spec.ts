import Redis from 'ioredis';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser, REDIS, TestUser } from '@crm/platform';
import { ApiHarness, codeOf } from './testing/api-harness';

jest.setTimeout(60_000);

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const USERS = `{ users(first: 1) { totalCount } }`;
const UPDATE_ROLE = `mutation($input: UpdateRoleInput!) { updateRole(input: $input) { role { id permissions } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id isActive } } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`;
const UPDATE_UNIT = `mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { orgUnit { id } } }`;

interface Session {
  accessToken: string;
  refreshToken: string;
}

/**
 * ADR 0022: a change to who may do what applies on the user's next request. Tokens issued before it are
 * answered TOKEN_EXPIRED, the client refreshes, and the new token carries the new grants (or none).
 */
describe('ACC-03 grant changes reach outstanding access tokens at once', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });

  afterAll(() => api?.stop());

  const session = async (tenant: string, user: TestUser): Promise<Session> => {
    const res = await api.gql<{ signIn: Session }>(SIGN_IN, { input: { tenant, email: user.user.email, password: user.password } });
    expect(res.errors).toBeUndefined();
    return res.data!.signIn;
  };
  const refresh = (s: Session) => api.gql<{ refreshSession: Session }>(REFRESH, { input: { refreshToken: s.refreshToken } });
  /** Each change raises the tenant's epoch for everyone, the administrator making it included: a fresh token per change. */
  const asAdmin = async (query: string, input: Record<string, unknown>) =>
    api.gql<Record<string, { orgUnit?: { id: string } }>>(query, { input }, await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password));
  const newRep = () => createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'user:view'], dataScope: 'own' });

  it('ACC-03 a grant taken from a role is refused on the holder’s next request; after a refresh the token carries the new grants', async () => {
    const rep = await newRep();
    const s = await session(DEMO_TENANT.slug, rep);
    expect((await api.gql(USERS, {}, s.accessToken)).errors).toBeUndefined();

    const changed = await asAdmin(UPDATE_ROLE, { id: rep.role.id, permissions: ['customer:view'] });
    expect(changed.errors).toBeUndefined();

    expect(codeOf(await api.gql(USERS, {}, s.accessToken))).toBe('TOKEN_EXPIRED');
    const renewed = await refresh(s);
    expect(renewed.errors).toBeUndefined();
    expect(codeOf(await api.gql(USERS, {}, renewed.data!.refreshSession.accessToken))).toBe('FORBIDDEN');
  });

  it('ACC-03 a deactivated user’s token is refused at once, and the session cannot be refreshed', async () => {
    const rep = await newRep();
    const s = await session(DEMO_TENANT.slug, rep);
    expect((await asAdmin(UPDATE_USER, { id: rep.user.id, isActive: false })).errors).toBeUndefined();

    expect(codeOf(await api.gql(USERS, {}, s.accessToken))).toBe('TOKEN_EXPIRED');
    expect(codeOf(await refresh(s))).toBe('TOKEN_REVOKED');
  });

  it('ACC-01 moving a unit under another refuses the tokens carrying the old unit path', async () => {
    const parent = await asAdmin(CREATE_UNIT, { name: 'Epoch parent' });
    const rep = await newRep();
    const s = await session(DEMO_TENANT.slug, rep);
    const moved = await asAdmin(UPDATE_UNIT, { id: rep.unit!.id, parentId: parent.data!.createOrgUnit.orgUnit!.id });
    expect(moved.errors).toBeUndefined();
    expect(codeOf(await api.gql(USERS, {}, s.accessToken))).toBe('TOKEN_EXPIRED');
    expect((await api.gql(USERS, {}, (await refresh(s)).data!.refreshSession.accessToken)).errors).toBeUndefined();
  });

  it('ACC-03 an edit that grants nothing new (a display name) leaves tokens valid', async () => {
    const rep = await newRep();
    const s = await session(DEMO_TENANT.slug, rep);
    expect((await asAdmin(UPDATE_USER, { id: rep.user.id, displayName: 'Renamed rep' })).errors).toBeUndefined();
    expect((await api.gql(USERS, {}, s.accessToken)).errors).toBeUndefined();
  });

  it('ACC-03 with the cached epoch gone from Redis the tenant row still refuses the old token', async () => {
    const rep = await newRep();
    const s = await session(DEMO_TENANT.slug, rep);
    expect((await asAdmin(UPDATE_ROLE, { id: rep.role.id, permissions: ['user:view'] })).errors).toBeUndefined();
    const redis = api.app.get<Redis>(REDIS);
    await redis.del(`${api.config.REDIS_PREFIX}:access-epoch:${api.demoTenantId}`);
    expect(codeOf(await api.gql(USERS, {}, s.accessToken))).toBe('TOKEN_EXPIRED');
  });

  it('ACC-05 a change in one tenant leaves another tenant’s tokens valid', async () => {
    const b = await createTenantRow(api.admin);
    const adminB = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const sB = await session(b.slug, adminB);
    const rep = await newRep();
    expect((await asAdmin(UPDATE_USER, { id: rep.user.id, isActive: false })).errors).toBeUndefined();
    expect((await api.gql(USERS, {}, sB.accessToken)).errors).toBeUndefined();
  });
});
