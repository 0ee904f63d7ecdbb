import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(60_000);

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id addresses { id kind street } } } }`;
const SAVE = `mutation($input: SaveAccountAddressInput!) {
  saveAccountAddress(input: $input) { address { id kind street city } changeRequest { id status changes { field before after } } account { addresses { id kind street } pendingChangeRequests { id } } }
}`;
const REMOVE = `mutation($input: RemoveAccountAddressInput!) { removeAccountAddress(input: $input) { address { id } changeRequest { id } account { addresses { id kind } } } }`;
const APPROVE = `mutation($input: DecideChangeRequestInput!) { approveChangeRequest(input: $input) { changeRequest { status } account { addresses { id kind street city } } } }`;
const REJECT = `mutation($input: DecideChangeRequestInput!) { rejectChangeRequest(input: $input) { changeRequest { status } account { addresses { id kind street } } } }`;
const SETTINGS = `mutation($input: UpdateCustomerSettingsInput!) { updateCustomerSettings(input: $input) { protectedAccountFields } }`;

type Address = { id: string; kind: string; street: string; city?: string | null };
type Saved = {
  saveAccountAddress: {
    address: Address | null;
    changeRequest: { id: string; status: string; changes: { field: string; before: string | null; after: string | null }[] } | null;
    account: { addresses: Address[]; pendingChangeRequests: { id: string }[] };
  };
};

describe('billing addresses are protected key fields (DQ-04)', () => {
  let api: ApiHarness;
  let admin: string;
  let rep: string;

  const newAccount = async (name: string, token: string) => {
    const res = await api.gql<{ createAccount: { account: { id: string; addresses: Address[] } } }>(
      CREATE,
      { input: { kind: 'COMPANY', name, allowDuplicate: true, addresses: [{ kind: 'BILLING', street: '老地址路 1 号', city: '上海', postcode: '200000' }, { kind: 'OFFICE', street: '办公楼 8 层' }] } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account;
  };
  const billingOf = (account: { addresses: Address[] }) => account.addresses.find((a) => a.kind === 'BILLING')!;

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const staff = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit'], dataScope: 'own' });
    rep = await api.signIn(DEMO_TENANT.slug, staff.user.email, staff.password);
  });

  afterAll(() => api?.stop());

  it('DQ-04 a rep’s change of a billing address becomes a change request; the address changes only when approved', async () => {
    const account = await newAccount('Billing Protected Ltd', rep);
    const billing = billingOf(account);
    const res = await api.gql<Saved>(SAVE, { input: { accountId: account.id, id: billing.id, kind: 'BILLING', street: '新地址路 99 号', city: '杭州', postcode: '310000' } }, rep);
    expect(res.errors).toBeUndefined();
    const { address, changeRequest, account: after } = res.data!.saveAccountAddress;
    expect(address).toBeNull();
    expect(changeRequest).toMatchObject({ status: 'PENDING', changes: [{ field: 'billingAddress' }] });
    expect(JSON.parse(changeRequest!.changes[0]!.after!)).toMatchObject({ id: billing.id, street: '新地址路 99 号', city: '杭州' });
    expect(billingOf(after).street).toBe('老地址路 1 号');
    expect(after.pendingChangeRequests.map((p) => p.id)).toEqual([changeRequest!.id]);

    expect(codeOf(await api.gql(APPROVE, { input: { id: changeRequest!.id } }, rep))).toBe('FORBIDDEN');
    const approved = await api.gql<{ approveChangeRequest: { changeRequest: { status: string }; account: { addresses: Address[] } } }>(APPROVE, { input: { id: changeRequest!.id } }, admin);
    expect(approved.errors).toBeUndefined();
    expect(billingOf(approved.data!.approveChangeRequest.account)).toEqual({ id: billing.id, kind: 'BILLING', street: '新地址路 99 号', city: '杭州' });
    const [audit] = await api.admin.query(`SELECT action FROM platform.audit_log WHERE record_id = $1 AND action = 'address_updated'`, [account.id]);
    expect(audit).toEqual({ action: 'address_updated' });
  });

  it('DQ-04 adding or removing a billing address waits for approval too; a rejected request changes nothing; other addresses apply at once', async () => {
    const account = await newAccount('Billing Add Remove Ltd', rep);
    const added = await api.gql<Saved>(SAVE, { input: { accountId: account.id, kind: 'BILLING', street: '第二开票地址 2 号' } }, rep);
    expect(added.data!.saveAccountAddress.changeRequest).not.toBeNull();
    const removed = await api.gql<{ removeAccountAddress: { changeRequest: { id: string } | null; account: { addresses: Address[] } } }>(REMOVE, { input: { accountId: account.id, id: billingOf(account).id } }, rep);
    expect(removed.data!.removeAccountAddress.changeRequest).not.toBeNull();
    expect(removed.data!.removeAccountAddress.account.addresses).toHaveLength(2);
    const rejected = await api.gql<{ rejectChangeRequest: { changeRequest: { status: string }; account: { addresses: Address[] } } }>(REJECT, { input: { id: removed.data!.removeAccountAddress.changeRequest!.id } }, admin);
    expect(rejected.data!.rejectChangeRequest).toMatchObject({ changeRequest: { status: 'REJECTED' } });
    expect(rejected.data!.rejectChangeRequest.account.addresses).toHaveLength(2);
    const approvedAdd = await api.gql<{ approveChangeRequest: { account: { addresses: Address[] } } }>(APPROVE, { input: { id: added.data!.saveAccountAddress.changeRequest!.id } }, admin);
    expect(approvedAdd.data!.approveChangeRequest.account.addresses.filter((a) => a.kind === 'BILLING').map((a) => a.street).sort()).toEqual(['第二开票地址 2 号', '老地址路 1 号']);

    const office = account.addresses.find((a) => a.kind === 'OFFICE')!;
    const direct = await api.gql<Saved>(SAVE, { input: { accountId: account.id, id: office.id, kind: 'OFFICE', street: '办公楼 9 层' } }, rep);
    expect(direct.data!.saveAccountAddress).toMatchObject({ address: { street: '办公楼 9 层' }, changeRequest: null });
    // Turning an office address into a billing one is a billing change as well.
    const promote = await api.gql<Saved>(SAVE, { input: { accountId: account.id, id: office.id, kind: 'BILLING', street: '办公楼 9 层' } }, rep);
    expect(promote.data!.saveAccountAddress.changeRequest).not.toBeNull();
  });

  it('DQ-04 an administrator changes a billing address directly; without protection a rep does too', async () => {
    const account = await newAccount('Billing Direct Ltd', admin);
    const res = await api.gql<Saved>(SAVE, { input: { accountId: account.id, id: billingOf(account).id, kind: 'BILLING', street: '直接改 3 号' } }, admin);
    expect(res.data!.saveAccountAddress).toMatchObject({ address: { street: '直接改 3 号' }, changeRequest: null });

    await api.gql(SETTINGS, { input: { protectedAccountFields: ['creditTermsDays'] } }, admin);
    const mine = await newAccount('Billing Unprotected Ltd', rep);
    const unprotected = await api.gql<Saved>(SAVE, { input: { accountId: mine.id, id: billingOf(mine).id, kind: 'BILLING', street: '无保护 4 号' } }, rep);
    expect(unprotected.data!.saveAccountAddress).toMatchObject({ address: { street: '无保护 4 号' }, changeRequest: null });
    await api.gql(SETTINGS, { input: { protectedAccountFields: ['creditTermsDays', 'taxId', 'billingAddress'] } }, admin);
  });

  it('DQ-01 ACC-01 a bad address is refused naming the field and nothing is saved; a rep cannot touch a customer they cannot see', async () => {
    const account = await newAccount('Billing Validation Ltd', rep);
    const bad = await api.gql(SAVE, { input: { accountId: account.id, kind: 'OFFICE', street: '  ', postcode: 'abc' } }, rep);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['VALIDATION_FAILED', 'input.street']);
    expect(bad.errors![0]!.extensions!.problems!.map((p) => p.field)).toEqual(['input.street', 'input.postcode']);
    const [{ n }] = await api.admin.query(`SELECT count(*)::int AS n FROM customers.address WHERE party_id = $1`, [account.id]);
    expect(n).toBe(2);

    const hidden = await newAccount('Billing Hidden Ltd', admin);
    const res = await api.gql(SAVE, { input: { accountId: hidden.id, kind: 'OFFICE', street: '偷偷加 5 号' } }, rep);
    expect([codeOf(res), fieldOf(res)]).toEqual(['NOT_FOUND', 'input.accountId']);
    const rm = await api.gql(REMOVE, { input: { accountId: hidden.id, id: billingOf(hidden).id } }, rep);
    expect(codeOf(rm)).toBe('NOT_FOUND');
  });
});
