import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf, GqlResponse } from '../testing/api-harness';
import { createSalesTeam, type TeamMember } from '../testing/sales-team';

jest.setTimeout(90_000);

const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`;
const ARCHIVE = `mutation($input: ArchiveContactsInput!) { archiveContacts(input: $input) { contacts { id archivedAt archivedBy { email } } } }`;
const RESTORE = `mutation($input: RestoreContactsInput!) { restoreContacts(input: $input) { contacts { id archivedAt } } }`;
const ASSIGN = `mutation($input: AssignContactsInput!) { assignContacts(input: $input) { contacts { id ownerId owner { email } } } }`;
const TAG = `mutation($input: TagContactsInput!) { tagContacts(input: $input) { contacts { id tags } } }`;
const SHARE = `mutation($input: ShareAccountsInput!) { shareAccounts(input: $input) { accounts { id } } }`;
const CONTACTS = `query($filter: ContactFilter) { contacts(filter: $filter, first: 100) { edges { node { id displayName } } } }`;

type Bulk = { id: string; archivedAt: string | null; archivedBy?: { email: string } | null };

describe('CUS-03 ACC-02 bulk archive, restore and assign on the contacts list', () => {
  let api: ApiHarness;
  let admin: string;
  let manager: TeamMember;
  let managerToken: string;
  let rep1: TeamMember;
  let rep1Token: string;
  let rep2: TeamMember;
  let rep2Token: string;
  let outsider: TeamMember;
  let outsiderToken: string;
  let viewerToken: string;
  let otherTenantContact: string;
  let rep1Account: string;

  const ok = <T,>(res: GqlResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const account = async (name: string, token: string) =>
    ok(await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name, allowDuplicate: true } }, token)).createAccount.account.id;
  const person = async (familyName: string, givenName: string, accountId: string | null, token: string) =>
    ok(await api.gql<{ createContact: { contact: { id: string } } }>(CREATE, { input: { familyName, givenName, accountId, allowDuplicate: true, tags: ['批量'] } }, token)).createContact.contact.id;
  const archive = (contactIds: string[], token: string) => api.gql<{ archiveContacts: { contacts: Bulk[] } }>(ARCHIVE, { input: { contactIds } }, token);
  const restore = (contactIds: string[], token: string) => api.gql<{ restoreContacts: { contacts: Bulk[] } }>(RESTORE, { input: { contactIds } }, token);
  const assign = (contactIds: string[], ownerId: string, token: string) =>
    api.gql<{ assignContacts: { contacts: { id: string; ownerId: string; owner: { email: string } | null }[] } }>(ASSIGN, { input: { contactIds, ownerId } }, token);
  const rows = async (ids: string[]) =>
    (await api.admin.query(`SELECT id, owner_id, archived_at FROM customers.contact WHERE id = ANY($1)`, [ids])) as { id: string; owner_id: string | null; archived_at: Date | null }[];
  const archivedCount = async (ids: string[]) => (await rows(ids)).filter((r) => r.archived_at !== null).length;
  const audits = async (ids: string[], action: string) =>
    (await api.admin.query(`SELECT record_id, actor_user_id, changes FROM platform.audit_log WHERE record_type = 'contact' AND action = $2 AND record_id = ANY($1)`, [ids, action])) as {
      record_id: string;
      actor_user_id: string;
      changes: Record<string, { before: unknown; after: unknown }>;
    }[];
  const seen = async (token: string) => ok(await api.gql<{ contacts: { edges: { node: { id: string } }[] } }>(CONTACTS, { filter: { tag: '批量' } }, token)).contacts.edges.map((e) => e.node.id);

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const grants = ['customer:view', 'customer:create', 'customer:edit', 'contact:*'];
    ({ manager, rep1, rep2, outsider } = await createSalesTeam(api, grants, 'Bulk contacts team'));
    const viewer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'contact:view'], dataScope: 'all' });
    [managerToken, rep1Token, rep2Token, outsiderToken] = [manager, rep1, rep2, outsider].map((u) => u.token);
    viewerToken = await api.signIn(DEMO_TENANT.slug, viewer.user.email, viewer.password);
    rep1Account = await account('批量联系人贸易有限公司', rep1Token);
    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    otherTenantContact = await person('吴', '他租户', await account('批量他租户有限公司', otherToken), otherToken);
  });

  afterAll(() => api?.stop());

  it('CUS-03 bulk archive is all-or-nothing: another rep’s or another tenant’s person refuses the whole batch, naming it, and changes nothing', async () => {
    const mine = [await person('张', '一', rep1Account, rep1Token), await person('张', '二', rep1Account, rep1Token)];
    const peers = await person('周', '同事', await account('批量同事有限公司', rep2Token), rep2Token);

    const hidden = await archive([mine[0], mine[1], peers], rep1Token);
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(fieldOf(hidden)).toBe('input.contactIds.2');
    const foreign = await archive([otherTenantContact, mine[0]], rep1Token);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(fieldOf(foreign)).toBe('input.contactIds.0');
    const unknown = await archive([mine[0], randomUUID()], rep1Token);
    expect(fieldOf(unknown)).toBe('input.contactIds.1');
    // the rep cannot change the other rep's person either
    expect(fieldOf(await archive([peers], rep1Token))).toBe('input.contactIds.0');

    expect(await archivedCount([...mine, peers])).toBe(0);
    expect(await audits([...mine, peers], 'archive')).toEqual([]);
    const [otherRow] = (await api.admin.query(`SELECT archived_at FROM customers.contact WHERE id = $1`, [otherTenantContact])) as { archived_at: Date | null }[];
    expect(otherRow.archived_at).toBeNull();
  });

  it('CUS-03 bulk archive and restore: each person audited and announced, gone from the list, back after restore; a second archive names who is archived already', async () => {
    const people = [await person('李', '一', rep1Account, rep1Token), await person('李', '二', rep1Account, rep1Token), await person('李', '三', rep1Account, rep1Token)];
    const versions = async () => ((await api.admin.query(`SELECT version FROM customers.contact WHERE id = ANY($1) ORDER BY id`, [people])) as { version: number }[]).map((r) => r.version);
    const before = await versions();
    const done = ok(await archive([people[0], people[1]], rep1Token)).archiveContacts.contacts;
    expect(done.map((c) => c.id)).toEqual([people[0], people[1]]);
    expect(done.every((c) => c.archivedAt !== null && c.archivedBy?.email === rep1.user.email)).toBe(true);
    const listed = await seen(rep1Token);
    expect(listed).toContain(people[2]);
    expect(listed).not.toContain(people[0]);
    expect(listed).not.toContain(people[1]);
    // an edit form opened before the archive notices it (VERSION_CONFLICT): both archived people have a new version
    const after = await versions();
    const order = [...people].sort();
    expect(order.map((id, i) => after[i] - before[i])).toEqual(order.map((id) => (id === people[2] ? 0 : 1)));

    const archived = await audits(people, 'archive');
    expect(archived.map((a) => a.record_id).sort()).toEqual([people[0], people[1]].sort());
    expect(archived.every((a) => a.actor_user_id === rep1.user.id && a.changes.archivedAt.before === null && a.changes.archivedAt.after !== null)).toBe(true);
    const events = (await api.admin.query(`SELECT aggregate_id FROM platform.outbox_event WHERE event_type = 'customer.contact.archived' AND aggregate_id = ANY($1)`, [people])) as { aggregate_id: string }[];
    expect(events.map((e) => e.aggregate_id).sort()).toEqual([people[0], people[1]].sort());

    const again = await archive([people[2], people[1]], rep1Token);
    expect(codeOf(again)).toBe('CONTACT_ALREADY_ARCHIVED');
    expect(fieldOf(again)).toBe('input.contactIds.1');
    expect(await archivedCount([people[2]])).toBe(0);

    const notArchived = await restore([people[0], people[2]], rep1Token);
    expect(codeOf(notArchived)).toBe('CONTACT_NOT_ARCHIVED');
    expect(fieldOf(notArchived)).toBe('input.contactIds.1');
    expect(await archivedCount(people)).toBe(2);

    const back = ok(await restore([people[0], people[1]], rep1Token)).restoreContacts.contacts;
    expect(back.every((c) => c.archivedAt === null)).toBe(true);
    expect(await seen(rep1Token)).toEqual(expect.arrayContaining(people));
    expect((await audits(people, 'restore')).map((a) => a.record_id).sort()).toEqual([people[0], people[1]].sort());
  });

  it('CUS-03 bulk input is checked: empty, over 500, not ids, and editing needs contact:edit', async () => {
    const one = await person('赵', '一', rep1Account, rep1Token);
    const empty = await archive([], rep1Token);
    expect(codeOf(empty)).toBe('VALIDATION_FAILED');
    expect(fieldOf(empty)).toMatch(/contactIds/);
    const tooMany = await archive(Array.from({ length: 501 }, () => randomUUID()), rep1Token);
    expect(codeOf(tooMany)).toBe('VALIDATION_FAILED');
    expect(fieldOf(tooMany)).toMatch(/contactIds/);
    expect(codeOf(await archive(['not-an-id'], rep1Token))).toBe('VALIDATION_FAILED');
    const viewerTry = await archive([one], viewerToken);
    expect(codeOf(viewerTry)).toBe('FORBIDDEN');
    expect(codeOf(await assign([one], rep1.user.id, viewerToken))).toBe('FORBIDDEN');
    expect(await archivedCount([one])).toBe(0);
  });

  it('ACC-02 CUS-03 a rep cannot give people away; a manager gives them within the team to someone who sees their customer, audited with owner before/after', async () => {
    const people = [await person('孙', '一', rep1Account, rep1Token), await person('孙', '二', rep1Account, rep1Token)];

    const byRep = await assign(people, rep2.user.id, rep1Token);
    expect(codeOf(byRep)).toBe('FORBIDDEN');
    expect(fieldOf(byRep)).toBe('input.ownerId');
    const toSelf = await assign(people, rep1.user.id, rep2Token);
    expect(codeOf(toSelf)).toBe('FORBIDDEN');

    // rep2 cannot see rep1's customer: the people would be theirs without being visible to them
    const unseen = await assign(people, rep2.user.id, managerToken);
    expect(codeOf(unseen)).toBe('VALIDATION_FAILED');
    expect(fieldOf(unseen)).toBe('input.contactIds.0');
    const outside = await assign(people, outsider.user.id, managerToken);
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(fieldOf(outside)).toBe('input.ownerId');
    expect(fieldOf(await assign(people, randomUUID(), managerToken))).toBe('input.ownerId');
    const outsiders = await person('钱', '外', await account('批量外部有限公司', outsiderToken), outsiderToken);
    const hidden = await assign([people[0], outsiders], rep1.user.id, managerToken);
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(fieldOf(hidden)).toBe('input.contactIds.1');
    expect((await rows(people)).every((r) => r.owner_id === rep1.user.id)).toBe(true);
    expect(await audits(people, 'assign')).toEqual([]);

    ok(await api.gql(SHARE, { input: { accountIds: [rep1Account], userIds: [rep2.user.id] } }, managerToken));
    const given = ok(await assign(people, rep2.user.id, managerToken)).assignContacts.contacts;
    expect(given.map((c) => [c.id, c.owner?.email])).toEqual(people.map((id) => [id, rep2.user.email]));
    const trail = await audits(people, 'assign');
    expect(trail.map((a) => a.record_id).sort()).toEqual([...people].sort());
    expect(trail.every((a) => a.actor_user_id === manager.user.id && a.changes.ownerId.before === rep1.user.id && a.changes.ownerId.after === rep2.user.id)).toBe(true);
    const [event] = (await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.contacts.reassigned' AND aggregate_id = ANY($1)`, [people])) as {
      payload: { toOwnerId: string; changes: { contactId: string; fromOwnerId: string }[] };
    }[];
    expect(event.payload.toOwnerId).toBe(rep2.user.id);
    expect(event.payload.changes.map((c) => c.fromOwnerId)).toEqual([rep1.user.id, rep1.user.id]);
  });

  it('ACC-02 CUS-03 a person without a customer moves with their owner: the new owner sees them, the old one no longer; an administrator gives to anyone', async () => {
    const loose = await person('冯', '散', null, rep1Token);
    expect(await seen(rep1Token)).toContain(loose);
    ok(await assign([loose], rep2.user.id, managerToken));
    expect(await seen(rep2Token)).toContain(loose);
    expect(await seen(rep1Token)).not.toContain(loose);

    ok(await assign([loose], outsider.user.id, admin));
    expect(await seen(outsiderToken)).toContain(loose);
    expect((await audits([loose], 'assign')).map((a) => a.changes.ownerId.after).sort()).toEqual([rep2.user.id, outsider.user.id].sort());
  });

  it('CUS-03 bulk tagging adds the tag to whoever lacks it, audited per changed person; a hidden person or a bad tag changes nothing', async () => {
    const people = [await person('何', '一', rep1Account, rep1Token), await person('何', '二', rep1Account, rep1Token)];
    const peers = await person('何', '同事', await account('批量标签同事有限公司', rep2Token), rep2Token);
    const hidden = await api.gql(TAG, { input: { contactIds: [...people, peers], tag: '展会' } }, rep1Token);
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(fieldOf(hidden)).toBe('input.contactIds.2');
    const blank = await api.gql(TAG, { input: { contactIds: people, tag: '  ' } }, rep1Token);
    expect(fieldOf(blank)).toBe('input.tag');
    const long = await api.gql(TAG, { input: { contactIds: people, tag: 'x'.repeat(51) } }, rep1Token);
    expect(codeOf(long)).toBe('VALIDATION_FAILED');
    expect(fieldOf(long)).toMatch(/tag/);
    expect(await audits(people, 'update')).toEqual([]);

    ok(await api.gql(TAG, { input: { contactIds: [people[0]], tag: '展会' } }, rep1Token));
    const tagged = ok(await api.gql<{ tagContacts: { contacts: { id: string; tags: string[] }[] } }>(TAG, { input: { contactIds: people, tag: ' 展会 ' } }, rep1Token)).tagContacts.contacts;
    expect(tagged.map((c) => c.tags)).toEqual([
      ['批量', '展会'],
      ['批量', '展会'],
    ]);
    // people[0] had it already the second time: one audit row each, not two
    const trail = await audits(people, 'update');
    expect(trail.map((a) => a.record_id).sort()).toEqual([...people].sort());
    for (const a of trail) expect(a.changes.tags).toEqual({ before: ['批量'], after: ['批量', '展会'] });
  });
});
