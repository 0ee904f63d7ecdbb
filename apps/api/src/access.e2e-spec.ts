import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser, TestUser, UserEntity } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from './testing/api-harness';

jest.setTimeout(60_000);

const USERS = `query($filter: UserFilter) { users(first: 50, filter: $filter) { totalCount edges { node { id email roles { name } unit { name } permissions } } } }`;
const USER = `query($id: ID!) { user(id: $id) { id email } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email roles { name } } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id displayName isActive } } }`;
const ROLES = `{ roles { id name isSystem } }`;
const DELETE_ROLE = `mutation($input: DeleteRoleInput!) { deleteRole(input: $input) { deletedId } }`;
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } } }`;
const DELETE_UNIT = `mutation($input: DeleteOrgUnitInput!) { deleteOrgUnit(input: $input) { deletedId } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`;

describe('access administration over GraphQL', () => {
  let api: ApiHarness;
  let adminToken: string;
  let tenantB: { slug: string; admin: TestUser };
  let tokenB: string;
  let rep: TestUser;
  let repToken: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    adminToken = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const b = await createTenantRow(api.admin);
    tenantB = { slug: b.slug, admin: await createTestUser(api.appDs, b.id, { permissions: ['*:*'] }) };
    tokenB = await api.signIn(b.slug, tenantB.admin.user.email, tenantB.admin.password);
    rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'user:view'], dataScope: 'own' });
    repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
  });

  afterAll(() => api?.stop());

  const countUsers = async (tenantEmail: string) =>
    (await api.admin.getRepository(UserEntity).countBy({ email: tenantEmail })) as number;

  it('ACC-03 an administrator creates a user with a built-in role, and the user can sign in', async () => {
    const roles = await api.gql<{ roles: { id: string; name: string }[] }>(ROLES, {}, adminToken);
    const repRole = roles.data!.roles.find((r) => r.name === 'Sales representative')!;
    const res = await api.gql<{ createUser: { user: { email: string; roles: { name: string }[] } } }>(
      CREATE_USER,
      { input: { email: 'New.Rep@Demo.Local', displayName: '新销售 New Rep', password: 'long-enough-pw', roleIds: [repRole.id] } },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser.user).toMatchObject({ email: 'new.rep@demo.local', roles: [{ name: 'Sales representative' }] });
    await expect(api.signIn(DEMO_TENANT.slug, 'new.rep@demo.local', 'long-enough-pw')).resolves.toEqual(expect.any(String));
  });

  it.each([
    ['a short password', { password: 'short' }, 'input.password'],
    ['a bad email', { email: 'not-an-email' }, 'input.email'],
    ['a malformed role id', { roleIds: ['nope'] }, 'input.roleIds'],
  ])('ACC-03 bad input (%s) names the field and saves nothing', async (_what, change, field) => {
    const input = { email: 'bad@demo.local', displayName: 'X', password: 'long-enough-pw', roleIds: [], ...change };
    const res = await api.gql(CREATE_USER, { input }, adminToken);
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(fieldOf(res)).toBe(field);
    expect(await countUsers(input.email)).toBe(0);
  });

  it('ACC-03 a rep without user:create is refused and nothing is saved', async () => {
    const res = await api.gql(CREATE_USER, { input: { email: 'sneaky@demo.local', displayName: 'S', password: 'long-enough-pw', roleIds: [] } }, repToken);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await countUsers('sneaky@demo.local')).toBe(0);
  });

  it('ACC-03 a built-in role cannot be deleted', async () => {
    const roles = await api.gql<{ roles: { id: string; isSystem: boolean }[] }>(ROLES, {}, adminToken);
    const system = roles.data!.roles.find((r) => r.isSystem)!;
    const res = await api.gql(DELETE_ROLE, { input: { id: system.id } }, adminToken);
    expect(codeOf(res)).toBeDefined();
    expect((await api.gql<{ roles: { id: string }[] }>(ROLES, {}, adminToken)).data!.roles.map((r) => r.id)).toContain(system.id);
  });

  it('ACC-05 tenant B cannot read, list, count or change tenant A’s users, even by id', async () => {
    const demoAdminId = (await api.admin.getRepository(UserEntity).findOneByOrFail({ email: DEMO_ADMIN.email })).id;

    const read = await api.gql(USER, { id: demoAdminId }, tokenB);
    expect(codeOf(read)).toBe('NOT_FOUND');

    const list = await api.gql<{ users: { totalCount: number; edges: { node: { email: string } }[] } }>(USERS, {}, tokenB);
    expect(list.data!.users.edges.map((e) => e.node.email)).toEqual([tenantB.admin.user.email]);
    expect(list.data!.users.totalCount).toBe(1);

    const update = await api.gql(UPDATE_USER, { input: { id: demoAdminId, displayName: 'pwned', isActive: false } }, tokenB);
    expect(codeOf(update)).toBe('NOT_FOUND');
    const after = await api.admin.getRepository(UserEntity).findOneByOrFail({ id: demoAdminId });
    expect(after).toMatchObject({ displayName: DEMO_ADMIN.displayName, isActive: true });
  });

  it('ACC-05 tenant B cannot delete tenant A’s roles or units, even by id', async () => {
    const role = await api.gql<{ createRole: { role: { id: string } } }>(CREATE_ROLE, { input: { name: 'Deletable', dataScope: 'OWN', permissions: [] } }, adminToken);
    const unit = await api.gql<{ createOrgUnit: { orgUnit: { id: string } } }>(CREATE_UNIT, { input: { name: 'Empty team' } }, adminToken);
    const roleId = role.data!.createRole.role.id;
    const unitId = unit.data!.createOrgUnit.orgUnit.id;

    expect(codeOf(await api.gql(DELETE_ROLE, { input: { id: roleId } }, tokenB))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(DELETE_UNIT, { input: { id: unitId } }, tokenB))).toBe('NOT_FOUND');
    const [{ roles, units }] = await api.admin.query(
      'SELECT (SELECT count(*) FROM platform.role WHERE id = $1)::int AS roles, (SELECT count(*) FROM platform.org_unit WHERE id = $2)::int AS units',
      [roleId, unitId],
    );
    expect({ roles, units }).toEqual({ roles: 1, units: 1 });
    expect((await api.gql(DELETE_ROLE, { input: { id: roleId } }, adminToken)).errors).toBeUndefined();
  });

  it('ACC-01 User.roles, unit and permissions resolve for a page of users', async () => {
    const res = await api.gql<{ users: { edges: { node: { email: string; roles: { name: string }[]; unit: { name: string } | null; permissions: string[] } }[] } }>(
      USERS,
      { filter: { search: 'admin@demo.local' } },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.users.edges[0].node).toMatchObject({ roles: [{ name: 'Administrator' }], unit: { name: '总部 Headquarters' }, permissions: ['*:*'] });
  });
});
