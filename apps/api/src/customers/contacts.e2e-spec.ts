import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf, GqlResponse } from '../testing/api-harness';

jest.setTimeout(60_000);

const CONTACT_FIELDS = `id accountId displayName givenName familyName jobTitle version
  account { name } owner { email } contactPoints { kind value normalized } addresses { kind street postcode }
  consents { channel status source }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { ${CONTACT_FIELDS} } overriddenDuplicates { contactId reasons { code } } } }`;
const UPDATE = `mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { ${CONTACT_FIELDS} } } }`;
const DELETE = `mutation($input: DeleteContactInput!) { deleteContact(input: $input) { deletedId } }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { ${CONTACT_FIELDS} relationships { role direction other { type id name visible } } } }`;
const CONTACTS = `query($filter: ContactFilter, $first: Int, $after: String) {
  contacts(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }
}`;
const CHECK = `query($input: CheckContactDuplicatesInput!) { checkContactDuplicates(input: $input) { contactId name accountName score visible reasons { code } } }`;
const ACCOUNT_ID = `query($filter: AccountFilter) { accounts(filter: $filter, first: 1) { edges { node { id name } } } }`;
const ACCOUNT_PEOPLE = `query($id: ID!) { account(id: $id) { contacts { id displayName } relationships { role direction note other { type id name accountName visible } } } }`;
const CONSENT = `mutation($input: SetContactConsentInput!) { setContactConsent(input: $input) { consents { channel status source } } }`;
const ADD_REL = `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationshipId } }`;
const REMOVE_REL = `mutation($input: RemoveRelationshipInput!) { removeRelationship(input: $input) { removedId } }`;
const TRAIL = `query($type: String!, $id: String!) { auditTrail(recordType: $type, recordId: $id, first: 20) { edges { node { action changes { field before after } } } } }`;

type Contact = {
  id: string;
  accountId: string | null;
  displayName: string;
  version: number;
  consents: { channel: string; status: string; source: string | null }[];
  [k: string]: unknown;
};
type Candidate = { contactId: string; name: string; accountName: string | null; score: number; visible: boolean; reasons: { code: string }[] };
type Trail = { auditTrail: { edges: { node: { action: string; changes: { field: string; before: string | null; after: string | null }[] } }[] } };

describe('contacts over GraphQL (CUS-01, CUS-02, CUS-06, DQ-01, DQ-02, DQ-06, ACC-01, ACC-05)', () => {
  let api: ApiHarness;
  let admin: string;
  let globexId: string;
  let hengxinId: string;
  let liuYang: Contact;

  const create = (input: Record<string, unknown>, token = admin) => api.gql<{ createContact: { contact: Contact; overriddenDuplicates: Candidate[] } }>(CREATE, { input }, token);
  const candidatesOf = (res: GqlResponse<unknown>) => (res.errors?.[0]?.extensions?.candidates ?? []) as Candidate[];
  const problemFields = (res: GqlResponse<unknown>) => ((res.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field);
  const countContacts = async () => Number((await api.admin.query('SELECT count(*) AS n FROM customers.contact'))[0].n);
  const accountId = async (name: string) => (await api.gql<{ accounts: { edges: { node: { id: string } }[] } }>(ACCOUNT_ID, { filter: { search: name } }, admin)).data!.accounts.edges[0].node.id;
  const trail = async (type: string, id: string, token = admin) => (await api.gql<Trail>(TRAIL, { type, id }, token)).data!.auditTrail.edges.map((e) => e.node);

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    globexId = await accountId('Globex Industries');
    hengxinId = await accountId('北京恒信科技');
  });

  afterAll(() => api?.stop());

  it('CUS-01 CUS-02 DQ-01 adds a person to a customer with normalised phones and e-mails, an address, every consent unknown; audited and announced', async () => {
    const res = await create({
      accountId: globexId,
      familyName: '刘',
      givenName: '洋',
      jobTitle: '销售总监',
      contactPoints: [
        { kind: 'MOBILE', value: '137 0000 1111' },
        { kind: 'EMAIL', value: 'Liu.Yang@Globex.example.com' },
        { kind: 'WECHAT', value: 'liuyang_88' },
      ],
      addresses: [{ kind: 'OFFICE', street: '徐汇区漕溪北路 88 号', city: '上海', postcode: '200030' }],
    });
    expect(res.errors).toBeUndefined();
    liuYang = res.data!.createContact.contact;
    expect(liuYang).toMatchObject({
      displayName: '刘洋',
      accountId: globexId,
      account: { name: 'Globex Industries GmbH' },
      owner: { email: DEMO_ADMIN.email },
      contactPoints: expect.arrayContaining([
        { kind: 'MOBILE', value: '137 0000 1111', normalized: '+8613700001111' },
        { kind: 'EMAIL', value: 'Liu.Yang@Globex.example.com', normalized: 'liu.yang@globex.example.com' },
      ]),
      addresses: [{ kind: 'OFFICE', street: '徐汇区漕溪北路 88 号', postcode: '200030' }],
    });
    expect(liuYang.consents.map((c) => `${c.channel}:${c.status}`)).toEqual(['PHONE:UNKNOWN', 'EMAIL:UNKNOWN', 'SMS:UNKNOWN', 'WECHAT:UNKNOWN', 'MAIL:UNKNOWN', 'VISIT:UNKNOWN']);

    const people = await api.gql<{ account: { contacts: { displayName: string }[] } }>(ACCOUNT_PEOPLE, { id: globexId }, admin);
    expect(people.data!.account.contacts.map((c) => c.displayName)).toEqual(expect.arrayContaining(['刘洋', 'Hans Müller']));
    expect((await trail('contact', liuYang.id)).map((e) => e.action)).toEqual(['create']);
    expect((await trail('customer', globexId)).map((e) => e.action)).toContain('contact_added');
    const [event] = await api.admin.query(`SELECT event_type FROM platform.outbox_event WHERE aggregate_id = $1`, [liuYang.id]);
    expect(event).toEqual({ event_type: 'customer.contact.created' });
  });

  it('DQ-01 refuses a nameless person with a bad phone and e-mail, naming each field, and saves nothing', async () => {
    const before = await countContacts();
    const res = await create({
      accountId: globexId,
      givenName: '  ',
      contactPoints: [
        { kind: 'PHONE', value: '12' },
        { kind: 'EMAIL', value: 'no-at-sign' },
      ],
      addresses: [{ kind: 'HOME', street: 'x', postcode: '99' }],
    });
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(problemFields(res)).toEqual(['input.familyName', 'input.contactPoints.0.value', 'input.contactPoints.1.value', 'input.addresses.0.postcode']);
    const badDate = await create({ accountId: globexId, familyName: 'Test', birthday: '1990-13-40' });
    expect(fieldOf(badDate)).toBe('input.birthday');
    expect(await countContacts()).toBe(before);
  });

  it.each([
    ['Traditional characters', { familyName: '劉', givenName: '洋' }, 'SAME_NAME'],
    ['its pinyin', { familyName: 'Liu', givenName: 'Yang', displayName: 'Liu Yang' }, 'SWAPPED_NAME_ORDER'],
    ['its pinyin in Western order', { familyName: 'Liu', givenName: 'Yang' }, 'SWAPPED_NAME_ORDER'],
    ['a homophone typo', { familyName: '刘', givenName: '阳' }, 'SAME_NAME_PINYIN'],
    ['a reformatted phone', { familyName: 'Someone', givenName: 'Else', contactPoints: [{ kind: 'PHONE', value: '+86 137-0000-1111' }] }, 'SAME_PHONE'],
    ['an e-mail in other case', { familyName: 'Another', givenName: 'Person', contactPoints: [{ kind: 'EMAIL', value: 'LIU.YANG@globex.EXAMPLE.com' }] }, 'SAME_EMAIL'],
  ])('DQ-02 asks "is it one of these?" before adding a person again with %s, and adds nothing', async (_kind, input, reason) => {
    const before = await countContacts();
    const res = await create({ accountId: hengxinId, ...input });
    expect(codeOf(res)).toBe('DUPLICATE_SUSPECTED');
    expect(fieldOf(res)).toBe('input.familyName');
    const [best] = candidatesOf(res);
    expect(best).toMatchObject({ contactId: liuYang.id, name: '刘洋', accountName: 'Globex Industries GmbH', visible: true });
    expect(best.reasons.map((r) => r.code)).toContain(reason);
    expect(await countContacts()).toBe(before);
  });

  it('DQ-02 finds a Latin-name typo and leaves unrelated people alone', async () => {
    expect((await create({ accountId: globexId, givenName: 'Margarete', familyName: 'Schneider' })).errors).toBeUndefined();
    const typo = await api.gql<{ checkContactDuplicates: Candidate[] }>(CHECK, { input: { name: 'Margarete Schnieder' } }, admin);
    expect(typo.data!.checkContactDuplicates[0]).toMatchObject({ name: 'Margarete Schneider', reasons: [{ code: 'SIMILAR_NAME' }] });
    const unrelated = await api.gql<{ checkContactDuplicates: Candidate[] }>(CHECK, { input: { name: 'Olivia Brown' } }, admin);
    expect(unrelated.data!.checkContactDuplicates).toEqual([]);
  });

  it('DQ-02 a person whose name exists is matched by namesakes; similar names are still found when the only namesake is the contact being edited', async () => {
    const first = await create({ accountId: globexId, givenName: 'Bartholomew', familyName: 'Kowalczyk' });
    const second = await create({ accountId: globexId, givenName: 'Bartholomew', familyName: 'Kowalczyk', allowDuplicate: true });
    expect((await create({ accountId: globexId, givenName: 'Bartholomew', familyName: 'Kowalczik', allowDuplicate: true })).errors).toBeUndefined();
    const namesakes = await api.gql<{ checkContactDuplicates: Candidate[] }>(CHECK, { input: { name: 'Bartholomew Kowalczyk' } }, admin);
    expect(namesakes.data!.checkContactDuplicates.map((c) => c.name)).toEqual(['Bartholomew Kowalczyk', 'Bartholomew Kowalczyk']);
    const self = second.data!.createContact.contact.id;
    const removed = first.data!.createContact.contact;
    expect((await api.gql(DELETE, { input: { id: removed.id, version: removed.version } }, admin)).errors).toBeUndefined();
    const editing = await api.gql<{ checkContactDuplicates: Candidate[] }>(CHECK, { input: { name: 'Bartholomew Kowalczyk', excludeId: self } }, admin);
    expect(editing.data!.checkContactDuplicates).toMatchObject([{ name: 'Bartholomew Kowalczik', reasons: [{ code: 'SIMILAR_NAME' }] }]);
  });

  it('DQ-02 adds anyway with allowDuplicate and tells which candidates were overridden', async () => {
    const res = await create({ accountId: hengxinId, familyName: '刘', givenName: '洋', allowDuplicate: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createContact.overriddenDuplicates[0]).toMatchObject({ contactId: liuYang.id });
  });

  it('CUS-02 DQ-02 edits with the version seen: a stale version is refused, a rename into a duplicate is asked about', async () => {
    const moved = await api.gql<{ updateContact: { contact: Contact } }>(
      UPDATE,
      { input: { id: liuYang.id, version: liuYang.version, jobTitle: 'Sales Director', contactPoints: [{ kind: 'MOBILE', value: '137 0000 2222' }] } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    const updated = moved.data!.updateContact.contact;
    expect(updated).toMatchObject({ jobTitle: 'Sales Director', contactPoints: [{ kind: 'MOBILE', value: '137 0000 2222', normalized: '+8613700002222' }] });
    expect(updated.version).toBeGreaterThan(liuYang.version);

    const stale = await api.gql(UPDATE, { input: { id: liuYang.id, version: liuYang.version, jobTitle: 'CEO' } }, admin);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    const rename = await api.gql(UPDATE, { input: { id: liuYang.id, version: updated.version, familyName: 'Schneider', givenName: 'Margarete' } }, admin);
    expect(codeOf(rename)).toBe('DUPLICATE_SUSPECTED');
    const badPhone = await api.gql(UPDATE, { input: { id: liuYang.id, version: updated.version, contactPoints: [{ kind: 'PHONE', value: 'abc' }] } }, admin);
    expect(fieldOf(badPhone)).toBe('input.contactPoints.0.value');
    const current = await api.gql<{ contact: Contact }>(CONTACT, { id: liuYang.id }, admin);
    expect(current.data!.contact).toMatchObject({ displayName: '刘洋', jobTitle: 'Sales Director', version: updated.version });

    const audit = await trail('contact', liuYang.id);
    expect(audit[0].action).toBe('update');
    expect(audit[0].changes).toEqual(expect.arrayContaining([{ field: 'jobTitle', before: '"销售总监"', after: '"Sales Director"' }]));
    liuYang = updated;
  });

  it('CUS-03 lists and searches people in any spelling, by phone, and by customer', async () => {
    const search = async (filter: Record<string, unknown>) =>
      (await api.gql<{ contacts: { edges: { node: { displayName: string } }[] } }>(CONTACTS, { filter, first: 50 }, admin)).data!.contacts.edges.map((e) => e.node.displayName);
    expect(await search({ search: '劉洋' })).toContain('刘洋');
    expect(await search({ search: 'liuyang' })).toContain('刘洋');
    expect(await search({ search: '137 0000 2222' })).toEqual(['刘洋']);
    expect(await search({ accountId: globexId })).toEqual(expect.arrayContaining(['刘洋', 'Hans Müller', 'Margarete Schneider']));
    expect(await search({ accountId: globexId })).not.toContain('张伟');
  });

  it('CUS-06 records consent per channel with its source, audited with before and after', async () => {
    const res = await api.gql<{ setContactConsent: { consents: { channel: string; status: string; source: string | null }[] } }>(
      CONSENT,
      { input: { contactId: liuYang.id, channel: 'EMAIL', status: 'DENIED', source: 'call' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setContactConsent.consents).toEqual(expect.arrayContaining([{ channel: 'EMAIL', status: 'DENIED', source: 'call' }, { channel: 'PHONE', status: 'UNKNOWN', source: null }]));
    const [entry] = await trail('contact', liuYang.id);
    expect(entry.action).toBe('consent');
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'consent.email', before: '"unknown"', after: '"denied"' }]));
  });

  describe('relationships (DQ-06)', () => {
    let relationshipId: string;

    it('DQ-06 links a person to a customer with a role; both ends list it with the other party', async () => {
      const res = await api.gql<{ addRelationship: { relationshipId: string } }>(
        ADD_REL,
        { input: { fromType: 'CONTACT', fromId: liuYang.id, toType: 'ACCOUNT', toId: hengxinId, role: 'INFLUENCER', note: 'advises their CTO' } },
        admin,
      );
      expect(res.errors).toBeUndefined();
      relationshipId = res.data!.addRelationship.relationshipId;
      const account = await api.gql<{ account: { relationships: { role: string; direction: string; note: string; other: { id: string; name: string; accountName: string | null } }[] } }>(
        ACCOUNT_PEOPLE,
        { id: hengxinId },
        admin,
      );
      expect(account.data!.account.relationships).toEqual(
        expect.arrayContaining([
          { role: 'INFLUENCER', direction: 'INCOMING', note: 'advises their CTO', other: { type: 'CONTACT', id: liuYang.id, name: '刘洋', accountName: 'Globex Industries GmbH', visible: true } },
          expect.objectContaining({ role: 'REFERRED_BY', direction: 'OUTGOING', other: expect.objectContaining({ name: '上海宏达贸易有限公司' }) }),
        ]),
      );
      const contact = await api.gql<{ contact: { relationships: { role: string; direction: string; other: { name: string } }[] } }>(CONTACT, { id: liuYang.id }, admin);
      expect(contact.data!.contact.relationships).toEqual([{ role: 'INFLUENCER', direction: 'OUTGOING', other: { type: 'ACCOUNT', id: hengxinId, name: '北京恒信科技股份有限公司', visible: true } }]);
      expect((await trail('customer', hengxinId)).map((e) => e.action)).toContain('relationship_added');
    });

    it('DQ-06 refuses the same link twice and a link of a record to itself', async () => {
      const again = await api.gql(ADD_REL, { input: { fromType: 'CONTACT', fromId: liuYang.id, toType: 'ACCOUNT', toId: hengxinId, role: 'INFLUENCER' } }, admin);
      expect(codeOf(again)).toBe('CONFLICT');
      expect(fieldOf(again)).toBe('input.role');
      const self = await api.gql(ADD_REL, { input: { fromType: 'ACCOUNT', fromId: hengxinId, toType: 'ACCOUNT', toId: hengxinId, role: 'PARTNER' } }, admin);
      expect(fieldOf(self)).toBe('input.toId');
      const count = await api.admin.query(`SELECT count(*)::int AS n FROM customers.relationship WHERE from_id = $1 AND to_id = $2`, [liuYang.id, hengxinId]);
      expect(count[0].n).toBe(1);
    });

    it('DQ-03 DQ-06 merging two customers keeps one of two equal links and drops the link between them', async () => {
      const make = async (name: string) =>
        (await api.gql<{ createAccount: { account: { id: string } } }>(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, { input: { kind: 'COMPANY', name, allowDuplicate: true } }, admin)).data!
          .createAccount.account.id;
      const survivor = await make('Merge Survivor Trading Co');
      const twin = await make('Merge Twin Logistics Co');
      const link = (fromType: string, fromId: string, toId: string, role: string) =>
        api.gql(ADD_REL, { input: { fromType, fromId, toType: 'ACCOUNT', toId, role } }, admin);
      expect((await link('CONTACT', liuYang.id, survivor, 'DECISION_MAKER')).errors).toBeUndefined();
      expect((await link('CONTACT', liuYang.id, twin, 'DECISION_MAKER')).errors).toBeUndefined();
      expect((await link('ACCOUNT', twin, survivor, 'PARTNER')).errors).toBeUndefined();
      const merged = await api.gql(`mutation($input: MergeAccountsInput!) { mergeAccounts(input: $input) { account { id } } }`, { input: { survivorId: survivor, mergedIds: [twin] } }, admin);
      expect(merged.errors).toBeUndefined();
      const after = await api.gql<{ account: { relationships: { role: string; other: { id: string } }[] } }>(ACCOUNT_PEOPLE, { id: survivor }, admin);
      expect(after.data!.account.relationships.map((r) => `${r.role}:${r.other.id}`)).toEqual([`DECISION_MAKER:${liuYang.id}`]);
    });

    it('DQ-06 removes a link, audited on both ends', async () => {
      const res = await api.gql(REMOVE_REL, { input: { id: relationshipId } }, admin);
      expect(res.errors).toBeUndefined();
      const contact = await api.gql<{ contact: { relationships: { other: { id: string } }[] } }>(CONTACT, { id: liuYang.id }, admin);
      expect(contact.data!.contact.relationships.map((r) => r.other.id)).not.toContain(hengxinId);
      expect((await trail('contact', liuYang.id)).map((e) => e.action)).toContain('relationship_removed');
    });
  });

  describe('who sees which person', () => {
    let repToken: string;
    let peerToken: string;
    let repAccountId: string;
    let repContactId: string;
    let looseContactId: string;

    beforeAll(async () => {
      const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit', 'contact:*'], dataScope: 'own' });
      const peer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit', 'contact:*'], dataScope: 'own' });
      repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
      peerToken = await api.signIn(DEMO_TENANT.slug, peer.user.email, peer.password);
      const account = await api.gql<{ createAccount: { account: { id: string } } }>(
        `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
        { input: { kind: 'COMPANY', name: 'Rep Only Trading Co' } },
        repToken,
      );
      repAccountId = account.data!.createAccount.account.id;
      const contact = await create({ accountId: repAccountId, familyName: 'Okafor', givenName: 'Chidi' }, repToken);
      expect(contact.errors).toBeUndefined();
      repContactId = contact.data!.createContact.contact.id;
      const loose = await create({ familyName: 'Nakamura', givenName: 'Yuki' }, repToken);
      looseContactId = loose.data!.createContact.contact.id;
    });

    it('ACC-01 a rep sees the people at own customers and own loose contacts, not the admin’s or a peer’s', async () => {
      const names = async (token: string) => (await api.gql<{ contacts: { edges: { node: { displayName: string } }[] } }>(CONTACTS, { first: 100 }, token)).data!.contacts.edges.map((e) => e.node.displayName);
      expect((await names(repToken)).sort()).toEqual(['Chidi Okafor', 'Yuki Nakamura']);
      expect(await names(peerToken)).toEqual([]);
      expect(codeOf(await api.gql(CONTACT, { id: liuYang.id }, repToken))).toBe('NOT_FOUND');
      expect(codeOf(await api.gql(CONTACT, { id: repContactId }, peerToken))).toBe('NOT_FOUND');
      expect(codeOf(await api.gql(CONTACT, { id: looseContactId }, peerToken))).toBe('NOT_FOUND');
      expect((await names(admin))).toEqual(expect.arrayContaining(['Chidi Okafor', 'Yuki Nakamura']));
    });

    it('ACC-01 a rep cannot add a person to, link to, or change consent on what they cannot see', async () => {
      const before = await countContacts();
      const add = await create({ accountId: globexId, familyName: 'Sneaky', givenName: 'Sam' }, repToken);
      expect(codeOf(add)).toBe('VALIDATION_FAILED');
      expect(fieldOf(add)).toBe('input.accountId');
      expect(await countContacts()).toBe(before);
      const link = await api.gql(ADD_REL, { input: { fromType: 'CONTACT', fromId: repContactId, toType: 'ACCOUNT', toId: globexId, role: 'PARTNER' } }, repToken);
      expect(fieldOf(link)).toBe('input.toId');
      const consent = await api.gql(CONSENT, { input: { contactId: liuYang.id, channel: 'PHONE', status: 'GRANTED' } }, repToken);
      expect(codeOf(consent)).toBe('NOT_FOUND');
      const edit = await api.gql(UPDATE, { input: { id: liuYang.id, version: liuYang.version, jobTitle: 'x' } }, repToken);
      expect(codeOf(edit)).toBe('NOT_FOUND');
      const del = await api.gql(DELETE, { input: { id: liuYang.id, version: liuYang.version } }, peerToken);
      expect(codeOf(del)).toBe('NOT_FOUND');
    });

    it('ACC-01 DQ-02 a peer is still warned of the rep’s hidden person, without seeing where they work', async () => {
      const res = await create({ familyName: 'Okafor', givenName: 'Chidi' }, peerToken);
      expect(codeOf(res)).toBe('DUPLICATE_SUSPECTED');
      expect(candidatesOf(res)[0]).toMatchObject({ contactId: repContactId, visible: false, accountName: null });
    });

    it('ACC-05 another tenant sees none of these people, not even by id, and cannot add to their customer', async () => {
      const b = await createTenantRow(api.admin);
      const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
      const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
      const list = await api.gql<{ contacts: { edges: unknown[] } }>(CONTACTS, { first: 100 }, bToken);
      expect(list.data!.contacts.edges).toEqual([]);
      expect(codeOf(await api.gql(CONTACT, { id: liuYang.id }, bToken))).toBe('NOT_FOUND');
      expect(fieldOf(await create({ accountId: globexId, familyName: 'Other', givenName: 'Tenant' }, bToken))).toBe('input.accountId');
      const check = await api.gql<{ checkContactDuplicates: Candidate[] }>(CHECK, { input: { name: '刘洋' } }, bToken);
      expect(check.data!.checkContactDuplicates).toEqual([]);
      expect(codeOf(await api.gql(CONSENT, { input: { contactId: liuYang.id, channel: 'SMS', status: 'GRANTED' } }, bToken))).toBe('NOT_FOUND');
    });

    it('INT-01 a person with interactions on record is not deleted', async () => {
      const current = await api.gql<{ contact: Contact }>(CONTACT, { id: looseContactId }, repToken);
      await api.admin.query(
        `INSERT INTO customers.interaction (tenant_id, account_id, contact_id, kind, subject, occurred_at) VALUES ($1, $2, $3, 'call', 'First call', now())`,
        [api.demoTenantId, repAccountId, looseContactId],
      );
      const res = await api.gql(DELETE, { input: { id: looseContactId, version: current.data!.contact.version } }, repToken);
      expect(codeOf(res)).toBe('CONTACT_IN_USE');
      expect(codeOf(await api.gql(CONTACT, { id: looseContactId }, repToken))).toBeUndefined();
    });

    it('CUS-01 the rep deletes their own person with phones, consents and links; the audit keeps who it was', async () => {
      const current = await api.gql<{ contact: Contact }>(CONTACT, { id: repContactId }, repToken);
      await api.gql(CONSENT, { input: { contactId: repContactId, channel: 'PHONE', status: 'GRANTED' } }, repToken);
      const res = await api.gql(DELETE, { input: { id: repContactId, version: current.data!.contact.version } }, repToken);
      expect(res.errors).toBeUndefined();
      expect(codeOf(await api.gql(CONTACT, { id: repContactId }, repToken))).toBe('NOT_FOUND');
      const left = await api.admin.query(`SELECT (SELECT count(*) FROM customers.consent WHERE contact_id = $1)::int AS consents, (SELECT count(*) FROM customers.contact_point WHERE party_id = $1)::int AS points`, [repContactId]);
      expect(left[0]).toEqual({ consents: 0, points: 0 });
      expect((await trail('contact', repContactId)).map((e) => e.action)).toContain('delete');
    });
  });
});
