import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(60_000);

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    account { id name version creditTermsDays taxId industry pendingChangeRequests { id status } }
    changeRequest { id status changes { field before after } }
  }
}`;
const APPROVE = `mutation($input: DecideChangeRequestInput!) { approveChangeRequest(input: $input) { changeRequest { status } account { creditTermsDays taxId pendingChangeRequests { id } } } }`;
const REJECT = `mutation($input: DecideChangeRequestInput!) { rejectChangeRequest(input: $input) { changeRequest { status decisionNote } account { creditTermsDays } } }`;
const PENDING = `{ pendingChangeRequests(first: 20) { totalCount edges { node { id recordId } } } }`;
const SETTINGS = `mutation($input: UpdateCustomerSettingsInput!) { updateCustomerSettings(input: $input) { protectedAccountFields } }`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { id creditTermsDays industry version pendingChangeRequests { id } } }`;

type Updated = {
  updateAccount: {
    account: { id: string; name: string; version: number; creditTermsDays: number | null; taxId: string | null; industry: string | null; pendingChangeRequests: { id: string }[] };
    changeRequest: { id: string; status: string; changes: { field: string; before: string | null; after: string | null }[] } | null;
  };
};

describe('editing customers and protected fields (DQ-04)', () => {
  let api: ApiHarness;
  let admin: string;
  let rep: string;

  async function newAccount(name: string, token: string) {
    const res = await api.gql<{ createAccount: { account: { id: string; version: number } } }>(CREATE, { input: { kind: 'COMPANY', name } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account;
  }

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const staff = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit'], dataScope: 'own' });
    rep = await api.signIn(DEMO_TENANT.slug, staff.user.email, staff.password);
  });

  afterAll(() => api?.stop());

  it('DQ-04 a rep’s change to credit terms waits for approval while the other fields apply; approval applies it', async () => {
    const account = await newAccount('Protected Fields Trading Co', rep);
    const res = await api.gql<Updated>(UPDATE, { input: { id: account.id, version: account.version, industry: 'Retail', creditTermsDays: 90 } }, rep);
    expect(res.errors).toBeUndefined();
    const { account: after, changeRequest } = res.data!.updateAccount;
    expect(after).toMatchObject({ industry: 'Retail', creditTermsDays: null });
    expect(changeRequest).toMatchObject({ status: 'PENDING', changes: [{ field: 'creditTermsDays', before: null, after: '90' }] });
    expect(after.pendingChangeRequests).toEqual([{ id: changeRequest!.id, status: 'PENDING' }]);

    const pending = await api.gql<{ pendingChangeRequests: { edges: { node: { id: string } }[] } }>(PENDING, {}, admin);
    expect(pending.data!.pendingChangeRequests.edges.map((e) => e.node.id)).toContain(changeRequest!.id);
    expect(codeOf(await api.gql(PENDING, {}, rep))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(APPROVE, { input: { id: changeRequest!.id } }, rep))).toBe('FORBIDDEN');

    const approved = await api.gql<{ approveChangeRequest: { changeRequest: { status: string }; account: { creditTermsDays: number; pendingChangeRequests: unknown[] } } }>(
      APPROVE,
      { input: { id: changeRequest!.id } },
      admin,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveChangeRequest).toEqual({ changeRequest: { status: 'APPROVED' }, account: { creditTermsDays: 90, taxId: null, pendingChangeRequests: [] } });
    expect(codeOf(await api.gql(APPROVE, { input: { id: changeRequest!.id } }, admin))).toBe('CHANGE_REQUEST_DECIDED');
  });

  it('DQ-04 a rejected request changes nothing', async () => {
    const account = await newAccount('Rejected Terms Ltd', rep);
    const res = await api.gql<Updated>(UPDATE, { input: { id: account.id, version: account.version, creditTermsDays: 120 } }, rep);
    const requestId = res.data!.updateAccount.changeRequest!.id;
    const rejected = await api.gql<{ rejectChangeRequest: { changeRequest: { status: string; decisionNote: string }; account: { creditTermsDays: number | null } } }>(
      REJECT,
      { input: { id: requestId, note: '120 天超出授信政策' } },
      admin,
    );
    expect(rejected.data!.rejectChangeRequest).toEqual({ changeRequest: { status: 'REJECTED', decisionNote: '120 天超出授信政策' }, account: { creditTermsDays: null } });
  });

  it('DQ-04 someone with customer:admin changes protected fields directly', async () => {
    const account = await newAccount('Direct Terms GmbH', admin);
    const res = await api.gql<Updated>(UPDATE, { input: { id: account.id, version: account.version, creditTermsDays: 30, taxId: '91310000MA1FL0000X' } }, admin);
    expect(res.data!.updateAccount).toMatchObject({ account: { creditTermsDays: 30, taxId: '91310000MA1FL0000X' }, changeRequest: null });
  });

  it('DQ-04 the protected list is configurable per tenant', async () => {
    expect(codeOf(await api.gql(SETTINGS, { input: { protectedAccountFields: ['industry'] } }, rep))).toBe('FORBIDDEN');
    const bad = await api.gql(SETTINGS, { input: { protectedAccountFields: ['notes'] } }, admin);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['VALIDATION_FAILED', 'input.protectedAccountFields']);
    await api.gql(SETTINGS, { input: { protectedAccountFields: ['industry', 'creditTermsDays'] } }, admin);
    const account = await newAccount('Configurable Protection Co', rep);
    const res = await api.gql<Updated>(UPDATE, { input: { id: account.id, version: account.version, industry: 'Mining' } }, rep);
    expect(res.data!.updateAccount).toMatchObject({ account: { industry: null }, changeRequest: { changes: [{ field: 'industry' }] } });
    await api.gql(SETTINGS, { input: { protectedAccountFields: ['creditTermsDays', 'taxId'] } }, admin);
  });

  it('CUS-01 an edit based on an old version is refused with VERSION_CONFLICT and changes nothing', async () => {
    const account = await newAccount('Concurrent Edits Co', rep);
    const first = await api.gql<Updated>(UPDATE, { input: { id: account.id, version: account.version, industry: 'Food' } }, rep);
    expect(first.data!.updateAccount.account.version).toBe(account.version + 1);
    const stale = await api.gql(UPDATE, { input: { id: account.id, version: account.version, industry: 'Toys' } }, rep);
    expect([codeOf(stale), fieldOf(stale)]).toEqual(['VERSION_CONFLICT', 'input.version']);
    const now = await api.gql<{ account: { industry: string } }>(ACCOUNT, { id: account.id }, rep);
    expect(now.data!.account.industry).toBe('Food');
  });

  it('DQ-02 renaming a customer to a duplicate’s name is warned about', async () => {
    await newAccount('Rename Target Industries', admin);
    const account = await newAccount('Something Else Entirely', admin);
    const res = await api.gql(UPDATE, { input: { id: account.id, version: account.version, name: 'Rename Target Industries Ltd' } }, admin);
    expect(codeOf(res)).toBe('DUPLICATE_SUSPECTED');
  });

  it('ACC-01 a rep cannot edit a customer they cannot see', async () => {
    const account = await newAccount('Admin Only Customer', admin);
    const res = await api.gql(UPDATE, { input: { id: account.id, version: account.version, industry: 'x' } }, rep);
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});
