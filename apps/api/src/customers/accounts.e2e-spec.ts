import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { accountNameKeys } from '@crm/customers';
import { createTenantRow, createTestUser, OrgUnitEntity } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf, GqlResponse } from '../testing/api-harness';

jest.setTimeout(60_000);

const CREATE = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) {
    account { id name kind lifecycleStage tags ownerId owner { email } contactPoints { kind value normalized } addresses { kind street postcode } }
    overriddenDuplicates { accountId reasons { code } }
  }
}`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { id name } }`;
const ACCOUNTS = `query($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
  }
}`;
const CHECK = `query($input: CheckAccountDuplicatesInput!) { checkAccountDuplicates(input: $input) { accountId name score visible reasons { code } } }`;
const TRAIL = `query($id: String!) { auditTrail(recordType: "customer", recordId: $id, first: 5) { edges { node { action channel } } } }`;

type Candidate = { accountId: string; name: string; score: number; visible: boolean; reasons: { code: string }[] };
type Created = { createAccount: { account: { id: string; name: string; [k: string]: unknown }; overriddenDuplicates: Candidate[] } };

describe('accounts over GraphQL (CUS-01, DQ-01, DQ-02, ACC-01, ACC-05)', () => {
  let api: ApiHarness;
  let admin: string;

  const create = (input: Record<string, unknown>, token = admin) => api.gql<Created>(CREATE, { input }, token);
  const candidatesOf = (res: GqlResponse<unknown>) => (res.errors?.[0]?.extensions?.candidates ?? []) as Candidate[];
  const countAccounts = async (name: string) =>
    Number((await api.admin.query('SELECT count(*) AS n FROM customers.account WHERE name = $1', [name]))[0].n);

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(() => api?.stop());

  it('CUS-01 DQ-01 creates a company with normalised phones and e-mails, an address, and its owner', async () => {
    const res = await create({
      kind: 'COMPANY',
      name: '杭州远景贸易有限公司',
      tags: ['vip', 'vip', '华东'],
      contactPoints: [
        { kind: 'MOBILE', value: '139 1234 5678' },
        { kind: 'EMAIL', value: 'Buy@YuanJing.cn' },
      ],
      addresses: [{ kind: 'BILLING', street: '浦东新区世纪大道 100 号', city: '上海', postcode: '200120' }],
    });
    expect(res.errors).toBeUndefined();
    const account = res.data!.createAccount.account;
    expect(account).toMatchObject({
      kind: 'COMPANY',
      lifecycleStage: 'PROSPECT',
      tags: ['vip', '华东'],
      owner: { email: DEMO_ADMIN.email },
      contactPoints: expect.arrayContaining([
        { kind: 'MOBILE', value: '139 1234 5678', normalized: '+8613912345678' },
        { kind: 'EMAIL', value: 'Buy@YuanJing.cn', normalized: 'buy@yuanjing.cn' },
      ]),
      addresses: [{ kind: 'BILLING', street: '浦东新区世纪大道 100 号', postcode: '200120' }],
    });
    const trail = await api.gql<{ auditTrail: { edges: { node: { action: string; channel: string } }[] } }>(TRAIL, { id: account.id }, admin);
    expect(trail.data!.auditTrail.edges.map((e) => e.node)).toEqual([{ action: 'create', channel: 'web' }]);
    const [event] = await api.admin.query(`SELECT event_type FROM platform.outbox_event WHERE aggregate_id = $1`, [account.id]);
    expect(event).toEqual({ event_type: 'customer.account.created' });
  });

  it('DQ-01 refuses bad phones, e-mails and postcodes naming each field, and saves nothing', async () => {
    const res = await create({
      kind: 'COMPANY',
      name: 'Broken Data Ltd',
      contactPoints: [
        { kind: 'PHONE', value: '12' },
        { kind: 'EMAIL', value: 'not-an-address' },
      ],
      addresses: [{ kind: 'OFFICE', street: 'Somewhere 1', postcode: '1234567' }],
    });
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect((res.errors![0].extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual([
      'input.contactPoints.0.value',
      'input.contactPoints.1.value',
      'input.addresses.0.postcode',
    ]);
    expect(await countAccounts('Broken Data Ltd')).toBe(0);
  });

  it.each([
    ['Traditional characters and another legal suffix', { kind: 'COMPANY', name: '杭州遠景貿易股份有限公司' }, 'SAME_COMPANY_NAME'],
    ['a branch in brackets', { kind: 'COMPANY', name: '杭州远景贸易（滨江）有限公司' }, 'SAME_COMPANY_NAME'],
    ['a reformatted phone', { kind: 'COMPANY', name: 'Totally Different Name', contactPoints: [{ kind: 'PHONE', value: '+86-139-1234-5678' }] }, 'SAME_PHONE'],
    ['an e-mail in other case', { kind: 'COMPANY', name: 'Another Name', contactPoints: [{ kind: 'EMAIL', value: 'BUY@yuanjing.CN' }] }, 'SAME_EMAIL'],
  ])('DQ-02 warns before creating a duplicate with %s, and creates nothing', async (_kind, input, reason) => {
    const res = await create(input);
    expect(codeOf(res)).toBe('DUPLICATE_SUSPECTED');
    expect(fieldOf(res)).toBe('input.name');
    const [best] = candidatesOf(res);
    expect(best).toMatchObject({ name: '杭州远景贸易有限公司', visible: true });
    expect(best.reasons.map((r) => r.code)).toContain(reason);
    expect(await countAccounts(input.name)).toBe(0);
  });

  it('DQ-02 finds typos, swapped name order and pinyin spellings of people', async () => {
    expect((await create({ kind: 'COMPANY', name: 'Initrode Systems GmbH' })).errors).toBeUndefined();
    expect((await create({ kind: 'INDIVIDUAL', name: 'Wang Fang' })).errors).toBeUndefined();

    const typo = await api.gql<{ checkAccountDuplicates: Candidate[] }>(CHECK, { input: { kind: 'COMPANY', name: 'Initrod Systems Ltd' } }, admin);
    expect(typo.data!.checkAccountDuplicates[0]).toMatchObject({ name: 'Initrode Systems GmbH', reasons: [{ code: 'SIMILAR_NAME' }] });

    const swapped = await api.gql<{ checkAccountDuplicates: Candidate[] }>(CHECK, { input: { kind: 'INDIVIDUAL', name: 'Fang Wang' } }, admin);
    expect(swapped.data!.checkAccountDuplicates[0]).toMatchObject({ name: 'Wang Fang', reasons: [{ code: 'SWAPPED_NAME_ORDER' }] });

    const chinese = await api.gql<{ checkAccountDuplicates: Candidate[] }>(CHECK, { input: { kind: 'INDIVIDUAL', name: '王芳' } }, admin);
    expect(chinese.data!.checkAccountDuplicates.map((c) => c.name)).toContain('Wang Fang');

    const unrelated = await api.gql<{ checkAccountDuplicates: Candidate[] }>(CHECK, { input: { kind: 'COMPANY', name: 'Umbrella Pharmaceuticals' } }, admin);
    expect(unrelated.data!.checkAccountDuplicates).toEqual([]);
  });

  it('DQ-02 a person found by phone is a candidate however many namesakes share the name', async () => {
    const { nameKey, namePinyin } = accountNameKeys('individual', 'Chen Jing');
    await api.admin.query(
      `INSERT INTO customers.account (tenant_id, kind, name, name_key, name_pinyin, version)
       SELECT $1, 'individual', 'Chen Jing', $2, $3, 1 FROM generate_series(1, 60)`,
      [api.demoTenantId, nameKey, namePinyin],
    );
    const created = await create({ kind: 'INDIVIDUAL', name: 'Chen Jing', allowDuplicate: true, contactPoints: [{ kind: 'MOBILE', value: '136 0000 7777' }] });
    const id = created.data!.createAccount.account.id;
    const res = await api.gql<{ checkAccountDuplicates: Candidate[] }>(CHECK, { input: { kind: 'INDIVIDUAL', name: 'Jing Chen', phones: ['+86 136-0000-7777'] } }, admin);
    expect(res.data!.checkAccountDuplicates[0]).toMatchObject({ accountId: id, reasons: [{ code: 'SAME_PHONE' }, { code: 'SWAPPED_NAME_ORDER' }] });
  });

  it('DQ-02 creates anyway with allowDuplicate, and says which candidates were overridden', async () => {
    const res = await create({ kind: 'COMPANY', name: '杭州远景贸易股份有限公司', allowDuplicate: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAccount.overriddenDuplicates[0].reasons.map((r) => r.code)).toContain('SAME_COMPANY_NAME');
    expect(await countAccounts('杭州远景贸易股份有限公司')).toBe(1);
  });

  describe('who sees which customer', () => {
    let managerToken: string;
    let repToken: string;
    let peerToken: string;
    let repAccountId: string;

    beforeAll(async () => {
      const manager = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:*'], dataScope: 'subtree' });
      const teamId = randomUUID();
      await api.admin.getRepository(OrgUnitEntity).insert({
        tenantId: api.demoTenantId,
        id: teamId,
        parentId: manager.unit!.id,
        name: 'East team',
        path: `${manager.unit!.path}${teamId}/`,
      });
      const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:*'], dataScope: 'own', unitId: teamId });
      const peer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:*'], dataScope: 'own', unitId: teamId });
      managerToken = await api.signIn(DEMO_TENANT.slug, manager.user.email, manager.password);
      repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
      peerToken = await api.signIn(DEMO_TENANT.slug, peer.user.email, peer.password);
      const res = await create({ kind: 'COMPANY', name: 'Rep Private Customer Co' }, repToken);
      expect(res.errors).toBeUndefined();
      repAccountId = res.data!.createAccount.account.id;
    });

    const names = async (token: string) =>
      (await api.gql<{ accounts: { edges: { node: { name: string } }[] } }>(ACCOUNTS, { first: 100 }, token)).data!.accounts.edges.map((e) => e.node.name);

    it('ACC-01 a rep sees own customers, not a peer’s; the manager above sees the team’s', async () => {
      expect(await names(repToken)).toEqual(['Rep Private Customer Co']);
      expect(await names(peerToken)).toEqual([]);
      expect(codeOf(await api.gql(ACCOUNT, { id: repAccountId }, peerToken))).toBe('NOT_FOUND');
      expect(await names(managerToken)).toContain('Rep Private Customer Co');
    });

    it('ACC-01 PLT-04 a customer’s history is read by those who see the customer, not by a peer who knows its id', async () => {
      const entries = async (token: string) => api.gql<{ auditTrail: { edges: unknown[] } }>(TRAIL, { id: repAccountId }, token);
      expect((await entries(repToken)).data!.auditTrail.edges.length).toBeGreaterThan(0);
      expect((await entries(managerToken)).data!.auditTrail.edges.length).toBeGreaterThan(0);
      const peer = await entries(peerToken);
      expect(codeOf(peer)).toBe('NOT_FOUND');
      expect(fieldOf(peer)).toBe('recordId');
    });

    it('ACC-01 DQ-02 a peer is still warned of the hidden duplicate, without seeing it', async () => {
      const res = await create({ kind: 'COMPANY', name: 'Rep Private Customer Company Limited' }, peerToken);
      expect(codeOf(res)).toBe('DUPLICATE_SUSPECTED');
      expect(candidatesOf(res)[0]).toMatchObject({ accountId: repAccountId, visible: false });
    });

    it('ACC-05 another tenant sees none of these customers, not even by id', async () => {
      const b = await createTenantRow(api.admin);
      const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
      const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
      expect(await names(bToken)).toEqual([]);
      expect(codeOf(await api.gql(ACCOUNT, { id: repAccountId }, bToken))).toBe('NOT_FOUND');
      const check = await api.gql<{ checkAccountDuplicates: Candidate[] }>(CHECK, { input: { kind: 'COMPANY', name: 'Rep Private Customer Co' } }, bToken);
      expect(check.data!.checkAccountDuplicates).toEqual([]);
    });
  });

  it('CUS-03 searches names in any spelling and pages by cursor', async () => {
    const found = await api.gql<{ accounts: { edges: { node: { name: string } }[] } }>(ACCOUNTS, { filter: { search: '遠景' } }, admin);
    expect(found.data!.accounts.edges.map((e) => e.node.name)).toContain('杭州远景贸易有限公司');
    const byPhone = await api.gql<{ accounts: { edges: { node: { name: string } }[] } }>(ACCOUNTS, { filter: { search: '+8613912345678' } }, admin);
    expect(byPhone.data!.accounts.edges.map((e) => e.node.name)).toEqual(['杭州远景贸易有限公司']);

    const first = await api.gql<{ accounts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(
      ACCOUNTS,
      { first: 2 },
      admin,
    );
    const second = await api.gql<{ accounts: { edges: { node: { id: string } }[] } }>(ACCOUNTS, { first: 2, after: first.data!.accounts.pageInfo.endCursor }, admin);
    const ids = [...first.data!.accounts.edges, ...second.data!.accounts.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.data!.accounts.totalCount).toBeGreaterThanOrEqual(4);
  });
});
