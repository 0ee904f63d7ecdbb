import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser, TestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf, GqlResponse } from '../testing/api-harness';

jest.setTimeout(90_000);

const VIEW_FIELDS = `id list name shared mine columns owner { email } filter { tag kind } orderBy { field direction }
  contactFilter { search accountId tag hasEmail hasPhone archived } contactOrderBy { field direction }`;
const SAVE = `mutation($input: SaveCustomerViewInput!) { saveCustomerView(input: $input) { view { ${VIEW_FIELDS} } } }`;
const CONTACT_VIEWS = `{ customerViews(list: CONTACTS) { ${VIEW_FIELDS} } }`;
// as clients written before contacts had views ask
const ACCOUNT_VIEWS = `{ customerViews { id name filter { tag } } }`;
const DELETE = `mutation($input: DeleteCustomerViewInput!) { deleteCustomerView(input: $input) { id } }`;
const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;

interface View {
  id: string;
  list: string;
  name: string;
  shared: boolean;
  mine: boolean;
  columns: string[] | null;
  owner: { email: string } | null;
  filter: { tag: string | null; kind: string | null };
  orderBy: { field: string; direction: string } | null;
  contactFilter: Record<string, unknown> | null;
  contactOrderBy: { field: string; direction: string } | null;
}

describe('CUS-03 saved views of the contacts list', () => {
  let api: ApiHarness;
  let admin: string;
  let rep1: TestUser;
  let rep1Token: string;
  let rep2Token: string;
  let accountId: string;

  const ok = <T,>(res: GqlResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const save = (input: Record<string, unknown>, token: string) => api.gql<{ saveCustomerView: { view: View } }>(SAVE, { input }, token);
  const contactViews = async (token: string) => ok(await api.gql<{ customerViews: View[] }>(CONTACT_VIEWS, {}, token)).customerViews;
  const accountViews = async (token: string) => ok(await api.gql<{ customerViews: { id: string; name: string }[] }>(ACCOUNT_VIEWS, {}, token)).customerViews;
  const viewCount = async (ownerId: string) =>
    ((await api.admin.query(`SELECT count(*)::int AS n FROM customers.customer_view WHERE owner_id = $1`, [ownerId])) as { n: number }[])[0].n;

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const grants = { permissions: ['customer:view', 'customer:create', 'customer:edit'], dataScope: 'own' as const };
    rep1 = await createTestUser(api.appDs, api.demoTenantId, grants);
    const rep2 = await createTestUser(api.appDs, api.demoTenantId, grants);
    [rep1Token, rep2Token] = await Promise.all([rep1, rep2].map((u) => api.signIn(DEMO_TENANT.slug, u.user.email, u.password)));
    accountId = ok(await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name: 'Contact Views Co', allowDuplicate: true } }, admin)).createAccount
      .account.id;
  });

  afterAll(() => api?.stop());

  it('CUS-03 a contacts view keeps its filter, sort and columns, lists with the contacts views only, and is deleted by its owner', async () => {
    const input = {
      list: 'CONTACTS',
      name: 'Mailable at Contact Views Co',
      contactFilter: { accountId, tag: 'vip', hasEmail: true, hasPhone: false, archived: 'ALL', search: '' },
      contactOrderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      columns: ['name', 'email', 'customer', 'owner'],
    };
    const view = ok(await save(input, rep1Token)).saveCustomerView.view;
    expect(view).toMatchObject({
      list: 'CONTACTS',
      mine: true,
      shared: false,
      columns: ['name', 'email', 'customer', 'owner'],
      // an empty condition is not stored; false is a condition
      contactFilter: { search: null, accountId, tag: 'vip', hasEmail: true, hasPhone: false, archived: 'ALL' },
      contactOrderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      orderBy: null,
      filter: { tag: null, kind: null },
    });
    const listed = await contactViews(rep1Token);
    expect(listed[0]).toEqual(view); // own views first
    expect(listed.every((v) => v.list === 'CONTACTS')).toBe(true);
    // the demo's shared contacts view is there for everyone
    expect(listed.find((v) => !v.mine)).toMatchObject({ shared: true, contactFilter: { hasEmail: true }, owner: { email: DEMO_ADMIN.email } });
    expect((await accountViews(rep1Token)).map((v) => v.id)).not.toContain(view.id);

    // saving the name again replaces the view
    const again = ok(await save({ ...input, contactFilter: { hasPhone: true }, contactOrderBy: null, columns: null }, rep1Token)).saveCustomerView.view;
    expect(again).toMatchObject({ id: view.id, columns: null, contactOrderBy: null, contactFilter: { accountId: null, hasPhone: true, hasEmail: null } });

    ok(await api.gql(DELETE, { input: { id: view.id } }, rep1Token));
    expect((await contactViews(rep1Token)).map((v) => v.id)).not.toContain(view.id);
    expect(await viewCount(rep1.user.id)).toBe(0);
  });

  it('CUS-03 a contacts view is refused, naming the field, for a bad filter, another list’s filter or sort, or columns the contacts list has not', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ contactFilter: { accountId: 'not-an-id' } }, 'input.contactFilter.accountId'],
      [{ contactFilter: { search: 'x'.repeat(201) } }, 'input.contactFilter.search'],
      [{ filter: { kind: 'COMPANY' } }, 'input.filter'],
      [{ orderBy: { field: 'NAME', direction: 'ASC' } }, 'input.orderBy'],
      [{ columns: ['name', 'stage'] }, 'input.columns.1'],
      [{ columns: ['name', 'email', 'email'] }, 'input.columns.2'],
      [{ name: '  ' }, 'input.name'],
    ];
    for (const [input, field] of cases) {
      const res = await save({ list: 'CONTACTS', name: 'Refused', ...input }, rep1Token);
      expect([input, codeOf(res), fieldOf(res)]).toEqual([input, 'VALIDATION_FAILED', field]);
    }
    // and the other way round: an accounts view takes neither the contacts filter nor contacts-only columns
    const contactFilterOnAccounts = await save({ name: 'Refused', filter: {}, contactFilter: { hasEmail: true } }, rep1Token);
    expect([codeOf(contactFilterOnAccounts), fieldOf(contactFilterOnAccounts)]).toEqual(['VALIDATION_FAILED', 'input.contactFilter']);
    const contactColumnOnAccounts = await save({ list: 'ACCOUNTS', name: 'Refused', filter: {}, columns: ['name', 'email'] }, rep1Token);
    expect([codeOf(contactColumnOnAccounts), fieldOf(contactColumnOnAccounts)]).toEqual(['VALIDATION_FAILED', 'input.columns.1']);
    expect(await viewCount(rep1.user.id)).toBe(0);
  });

  it('CUS-03 each list’s columns come from the server: every one a view may save, in default order, with its label key; signed-out callers get none', async () => {
    const columnsOf = async (list: string) =>
      ok(await api.gql<{ savedViewColumns: { key: string; labelKey: string; shownByDefault: boolean }[] }>(`{ savedViewColumns(list: ${list}) { key labelKey shownByDefault } }`, {}, rep1Token))
        .savedViewColumns;
    const contacts = await columnsOf('CONTACTS');
    expect(contacts[0]).toEqual({ key: 'name', labelKey: 'savedViews.columnLabels.contacts.name', shownByDefault: true });
    expect(contacts.find((c) => c.key === 'owner')).toMatchObject({ shownByDefault: false });
    // the keys it lists are exactly those a view of the list saves
    const saved = ok(await save({ list: 'CONTACTS', name: 'Every column', columns: contacts.map((c) => c.key) }, rep1Token)).saveCustomerView.view;
    expect(saved.columns).toEqual(contacts.map((c) => c.key));
    ok(await api.gql(DELETE, { input: { id: saved.id } }, rep1Token));
    const accounts = await columnsOf('ACCOUNTS');
    expect(accounts.map((c) => c.key)).toEqual(expect.arrayContaining(['stage', 'tier', 'owner']));
    expect(accounts.map((c) => c.key)).not.toContain('email');
    const stageOnContacts = await save({ list: 'CONTACTS', name: 'Refused', columns: ['name', accounts.find((c) => c.key === 'stage')!.key] }, rep1Token);
    expect(fieldOf(stageOnContacts)).toBe('input.columns.1');
    expect(codeOf(await api.gql('{ savedViewColumns(list: ACCOUNTS) { key } }', {}))).toBe('UNAUTHENTICATED');
  });

  it('CUS-03 another user sees a contacts view only once shared and cannot delete it; another tenant never sees or deletes it', async () => {
    const own = ok(await save({ list: 'CONTACTS', name: 'Rep1 private', contactFilter: { tag: 'east' } }, rep1Token)).saveCustomerView.view;
    const shared = ok(await save({ list: 'CONTACTS', name: 'Rep1 shared', contactFilter: { tag: 'west' }, shared: true }, rep1Token)).saveCustomerView.view;
    const seenByRep2 = await contactViews(rep2Token);
    expect(seenByRep2.map((v) => v.id)).not.toContain(own.id);
    expect(seenByRep2.find((v) => v.id === shared.id)).toMatchObject({ mine: false, owner: { email: rep1.user.email }, contactFilter: { tag: 'west' } });
    expect(codeOf(await api.gql(DELETE, { input: { id: shared.id } }, rep2Token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(DELETE, { input: { id: own.id } }, rep2Token))).toBe('NOT_FOUND');

    const b = await createTenantRow(api.admin);
    const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
    expect(await contactViews(bToken)).toEqual([]);
    const del = await api.gql(DELETE, { input: { id: shared.id } }, bToken);
    expect([codeOf(del), fieldOf(del)]).toEqual(['NOT_FOUND', 'input.id']);
    // a view of the same name in the other tenant is that tenant's own
    const theirs = ok(await save({ list: 'CONTACTS', name: 'Rep1 shared', shared: true }, bToken)).saveCustomerView.view;
    expect((await contactViews(rep2Token)).map((v) => v.id)).not.toContain(theirs.id);
    expect((await contactViews(rep1Token)).map((v) => v.id)).not.toContain(theirs.id);
    expect(await viewCount(rep1.user.id)).toBe(2);
    for (const id of [own.id, shared.id]) ok(await api.gql(DELETE, { input: { id } }, rep1Token));
  });

  it('CUS-03 accounts views are unaffected: old clients save and list them as before, and a name may be used once per list', async () => {
    const accounts = ok(await save({ name: 'Same name', filter: { tag: 'vip', kind: 'COMPANY' }, orderBy: { field: 'NAME', direction: 'ASC' }, columns: ['name', 'owner'] }, rep1Token))
      .saveCustomerView.view;
    expect(accounts).toMatchObject({ list: 'ACCOUNTS', filter: { tag: 'vip', kind: 'COMPANY' }, orderBy: { field: 'NAME', direction: 'ASC' }, contactFilter: null, contactOrderBy: null });
    const contacts = ok(await save({ list: 'CONTACTS', name: 'Same name', contactFilter: { tag: 'vip' } }, rep1Token)).saveCustomerView.view;
    expect(contacts.id).not.toBe(accounts.id);
    const listedAccounts = await accountViews(rep1Token);
    expect(listedAccounts.find((v) => v.id === accounts.id)).toEqual({ id: accounts.id, name: 'Same name', filter: { tag: 'vip' } });
    expect(listedAccounts.map((v) => v.id)).not.toContain(contacts.id);
    // the demo's shared accounts view still lists with the accounts views
    expect(listedAccounts.map((v) => v.name)).toContain('VIP 客户 VIP customers');
    expect((await contactViews(rep1Token)).map((v) => v.id)).toEqual(expect.arrayContaining([contacts.id]));
    expect((await contactViews(rep1Token)).map((v) => v.id)).not.toContain(accounts.id);
    for (const id of [accounts.id, contacts.id]) ok(await api.gql(DELETE, { input: { id } }, rep1Token));
  });
});
