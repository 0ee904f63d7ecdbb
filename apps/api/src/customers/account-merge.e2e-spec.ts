import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(60_000);

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const MERGE = `mutation($input: MergeAccountsInput!) {
  mergeAccounts(input: $input) {
    account { id name industry website tags taxId contactPoints { normalized } addresses { street } }
    merge { id mergedIds mergedNames provenance { field fromAccountId value } moved { kind count } }
  }
}`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { id } }`;
const HISTORY = `query($id: ID!) { accountMergeHistory(accountId: $id) { mergedNames provenance { field fromAccountId } } }`;
const TRAIL = `query($id: String!) { auditTrail(recordType: "customer", recordId: $id, first: 10) { edges { node { action } } } }`;

type Merged = {
  mergeAccounts: {
    account: { id: string; name: string; industry: string | null; website: string | null; tags: string[]; taxId: string | null; contactPoints: { normalized: string }[]; addresses: { street: string }[] };
    merge: { id: string; mergedIds: string[]; mergedNames: string[]; provenance: { field: string; fromAccountId: string; value: string | null }[]; moved: { kind: string; count: number }[] };
  };
};

describe('merging duplicate customers (DQ-03)', () => {
  let api: ApiHarness;
  let admin: string;

  async function account(input: Record<string, unknown>, token = admin): Promise<string> {
    const res = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE, { input: { kind: 'COMPANY', allowDuplicate: true, ...input } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account.id;
  }

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(() => api?.stop());

  it('DQ-03 merges two accounts keeping every related record, the chosen values and an explanation', async () => {
    const survivor = await account({
      name: '成都天府软件有限公司',
      industry: '软件',
      tags: ['西南'],
      contactPoints: [{ kind: 'PHONE', value: '028 8888 1234' }],
    });
    const duplicate = await account({
      name: '成都天府軟件股份有限公司',
      website: 'tianfu.example.cn',
      industry: 'Software',
      tags: ['vip'],
      contactPoints: [{ kind: 'EMAIL', value: 'hello@tianfu.example.cn' }],
      addresses: [{ kind: 'OFFICE', street: '高新区天府大道 1 号', postcode: '610041' }],
    });
    const tenantId = api.demoTenantId;
    await api.admin.query(`INSERT INTO customers.contact (tenant_id, account_id, display_name, name_key, version) VALUES ($1, $2, '刘洋', 'liu yang', 1)`, [tenantId, duplicate]);
    await api.admin.query(
      `INSERT INTO customers.interaction (tenant_id, account_id, kind, subject, occurred_at) VALUES ($1, $2, 'call', '报价回访', now()), ($1, $2, 'visit', '上门拜访', now())`,
      [tenantId, duplicate],
    );
    await api.admin.query(
      `INSERT INTO customers.document (tenant_id, account_id, file_name, content_type, size_bytes, checksum, storage_key) VALUES ($1, $2, '报价单.pdf', 'application/pdf', 1024, 'abc', 'k1')`,
      [tenantId, duplicate],
    );

    const res = await api.gql<Merged>(MERGE, { input: { survivorId: survivor, mergedIds: [duplicate], fieldChoices: [{ field: 'industry', fromAccountId: duplicate }] } }, admin);
    expect(res.errors).toBeUndefined();
    const { account: merged, merge } = res.data!.mergeAccounts;
    expect(merged).toMatchObject({ id: survivor, name: '成都天府软件有限公司', industry: 'Software', website: 'tianfu.example.cn', tags: ['西南', 'vip'] });
    expect(merged.contactPoints.map((c) => c.normalized).sort()).toEqual(['+862888881234', 'hello@tianfu.example.cn']);
    expect(merged.addresses).toEqual([{ street: '高新区天府大道 1 号' }]);
    expect(merge.mergedNames).toEqual(['成都天府軟件股份有限公司']);
    expect(merge.provenance).toEqual(
      expect.arrayContaining([
        { field: 'industry', fromAccountId: duplicate, value: '"Software"' },
        { field: 'website', fromAccountId: duplicate, value: '"tianfu.example.cn"' },
        { field: 'name', fromAccountId: survivor, value: '"成都天府软件有限公司"' },
      ]),
    );
    const moved = Object.fromEntries(merge.moved.map((m) => [m.kind, m.count]));
    expect(moved).toMatchObject({ contacts: 1, interactions: 2, documents: 1, contactPoints: 1, addresses: 1 });

    const [{ n: left }] = await api.admin.query(
      `SELECT (SELECT count(*) FROM customers.contact WHERE account_id = $1) + (SELECT count(*) FROM customers.interaction WHERE account_id = $1) + (SELECT count(*) FROM customers.document WHERE account_id = $1) AS n`,
      [duplicate],
    );
    expect(Number(left)).toBe(0);
    expect(codeOf(await api.gql(ACCOUNT, { id: duplicate }, admin))).toBe('NOT_FOUND');

    const history = await api.gql<{ accountMergeHistory: { mergedNames: string[] }[] }>(HISTORY, { id: survivor }, admin);
    expect(history.data!.accountMergeHistory).toHaveLength(1);
    const trailOf = async (id: string) =>
      (await api.gql<{ auditTrail: { edges: { node: { action: string } }[] } }>(TRAIL, { id }, admin)).data!.auditTrail.edges.map((e) => e.node.action);
    expect(await trailOf(survivor)).toContain('merge');
    expect(await trailOf(duplicate)).toContain('merged_into');
    const [event] = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.accounts.merged' AND aggregate_id = $1`, [survivor]);
    expect(event.payload).toMatchObject({ survivorId: survivor, mergedIds: [duplicate] });
  });

  it('DQ-03 refuses bad merges naming the field, and changes nothing', async () => {
    const a = await account({ name: 'Self Merge Co' });
    const self = await api.gql(MERGE, { input: { survivorId: a, mergedIds: [a] } }, admin);
    expect([codeOf(self), fieldOf(self)]).toEqual(['VALIDATION_FAILED', 'input.mergedIds']);
    const b = await account({ name: 'Self Merge Company' });
    const badChoice = await api.gql(MERGE, { input: { survivorId: a, mergedIds: [b], fieldChoices: [{ field: 'passwordHash', fromAccountId: b }] } }, admin);
    expect([codeOf(badChoice), fieldOf(badChoice)]).toEqual(['VALIDATION_FAILED', 'input.fieldChoices']);
    expect((await api.gql(ACCOUNT, { id: b }, admin)).errors).toBeUndefined();
  });

  it('DQ-03 DQ-04 ACC-01 a rep cannot merge in customers they cannot see, nor take protected values without approval', async () => {
    const staff = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:*'], dataScope: 'own' });
    const limited = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit', 'customer:delete'], dataScope: 'own' });
    const staffToken = await api.signIn(DEMO_TENANT.slug, staff.user.email, staff.password);
    const repToken = await api.signIn(DEMO_TENANT.slug, limited.user.email, limited.password);
    const mine = await account({ name: 'Rep Owned Customer' }, repToken);
    const others = await account({ name: 'Someone Elses Customer' }, staffToken);
    const hidden = await api.gql(MERGE, { input: { survivorId: mine, mergedIds: [others] } }, repToken);
    expect([codeOf(hidden), fieldOf(hidden)]).toEqual(['NOT_FOUND', 'input.mergedIds.0']);

    const mineToo = await account({ name: 'Rep Owned Customer Ltd', taxId: '91510100MA6C00000X' }, repToken);
    const protectedTake = await api.gql(MERGE, { input: { survivorId: mine, mergedIds: [mineToo] } }, repToken);
    expect(codeOf(protectedTake)).toBe('FORBIDDEN');
    expect((await api.gql(ACCOUNT, { id: mineToo }, repToken)).errors).toBeUndefined();
  });
});
