import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(60_000);

const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`;
const CONSENT = `mutation($input: SetContactConsentInput!) { setContactConsent(input: $input) { consents { channel status } } }`;
const ADD_REL = `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationshipId } }`;
const MERGE = `mutation($input: MergeContactsInput!) {
  mergeContacts(input: $input) {
    contact {
      id accountId displayName jobTitle department tags unknownFields
      contactPoints { kind normalized } addresses { street } consents { channel status source }
      relationships { role direction other { type id } }
    }
    merge { id recordType survivorId mergedIds mergedNames provenance { field fromId value } moved { kind count } }
  }
}`;
const CONTACT = `query($id: ID!) { contact(id: $id) { id displayName } }`;
const HISTORY = `query($id: ID!) { contactMergeHistory(contactId: $id) { recordType mergedNames provenance { field fromId value } } }`;
const TRAIL = `query($type: String!, $id: String!) { auditTrail(recordType: $type, recordId: $id, first: 20) { edges { node { action changes { field before after } } } } }`;

type Merged = {
  mergeContacts: {
    contact: {
      id: string;
      accountId: string | null;
      displayName: string;
      jobTitle: string | null;
      department: string | null;
      tags: string[];
      unknownFields: string[];
      contactPoints: { kind: string; normalized: string }[];
      addresses: { street: string }[];
      consents: { channel: string; status: string; source: string | null }[];
      relationships: { role: string; direction: string; other: { type: string; id: string } }[];
    };
    merge: { id: string; recordType: string; survivorId: string; mergedIds: string[]; mergedNames: string[]; provenance: { field: string; fromId: string; value: string | null }[]; moved: { kind: string; count: number }[] };
  };
};
type Trail = { auditTrail: { edges: { node: { action: string; changes: { field: string; before: string | null; after: string | null }[] } }[] } };

describe('merging duplicate people (DQ-03, CUS-06, ACC-01, ACC-05)', () => {
  let api: ApiHarness;
  let admin: string;

  async function account(name: string, token = admin): Promise<string> {
    const res = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name, allowDuplicate: true } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account.id;
  }
  async function contact(input: Record<string, unknown>, token = admin): Promise<string> {
    const res = await api.gql<{ createContact: { contact: { id: string } } }>(CREATE, { input: { allowDuplicate: true, ...input } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createContact.contact.id;
  }
  const consent = async (contactId: string, channel: string, status: string, source: string, token = admin) =>
    expect((await api.gql(CONSENT, { input: { contactId, channel, status, source } }, token)).errors).toBeUndefined();
  const trail = async (type: string, id: string) => (await api.gql<Trail>(TRAIL, { type, id }, admin)).data!.auditTrail.edges.map((e) => e.node);
  const mergedInto = async (id: string) => ((await api.admin.query(`SELECT merged_into_id FROM customers.contact WHERE id = $1`, [id])) as { merged_into_id: string | null }[])[0]?.merged_into_id;
  const mergeRecords = async () => Number((await api.admin.query(`SELECT count(*) AS n FROM customers.merge_record WHERE record_type = 'contact'`))[0].n);

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(() => api?.stop());

  it('DQ-03 merges two people (of two customers) keeping every phone, address, interaction, relationship, share and consent, with history, audit and an event', async () => {
    const home = await account('Merge Home Trading Co');
    const other = await account('Merge Other Logistics Co');
    const third = await account('Merge Third Partner Co');
    const survivor = await contact({
      accountId: home,
      familyName: '赵',
      givenName: '敏',
      jobTitle: '经理',
      tags: ['vip'],
      unknownFields: ['birthday'],
      contactPoints: [{ kind: 'EMAIL', value: 'zhaomin@merge.example.cn' }],
    });
    const duplicate = await contact({
      accountId: other,
      familyName: '趙',
      givenName: '敏',
      jobTitle: '采购总监',
      department: '采购部',
      tags: ['north'],
      contactPoints: [
        { kind: 'EMAIL', value: 'ZhaoMin@merge.example.cn' },
        { kind: 'MOBILE', value: '138 0013 8000' },
      ],
      addresses: [{ kind: 'OFFICE', street: '浦东新区世纪大道 100 号', city: '上海', postcode: '200120' }],
    });
    // consents: the duplicate said no to e-mail (the survivor yes), yes to SMS (the survivor never answered)
    await consent(survivor, 'EMAIL', 'GRANTED', 'web form');
    await consent(duplicate, 'EMAIL', 'DENIED', 'unsubscribe link');
    await consent(duplicate, 'SMS', 'GRANTED', 'call');
    // an interaction with the duplicate, a link between the two (a self-link after the merge), the same role at a third customer twice
    await api.admin.query(`INSERT INTO customers.interaction (tenant_id, account_id, contact_id, kind, subject, occurred_at) VALUES ($1, $2, $3, 'call', '合同回访', now())`, [
      api.demoTenantId,
      other,
      duplicate,
    ]);
    for (const input of [
      { fromType: 'CONTACT', fromId: duplicate, toType: 'CONTACT', toId: survivor, role: 'REFERRED_BY' },
      { fromType: 'CONTACT', fromId: survivor, toType: 'ACCOUNT', toId: third, role: 'DECISION_MAKER' },
      { fromType: 'CONTACT', fromId: duplicate, toType: 'ACCOUNT', toId: third, role: 'DECISION_MAKER' },
      { fromType: 'CONTACT', fromId: duplicate, toType: 'ACCOUNT', toId: other, role: 'EMPLOYEE' },
    ]) {
      expect((await api.gql(ADD_REL, { input }, admin)).errors).toBeUndefined();
    }
    const colleague = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['contact:view'], dataScope: 'own' });
    await api.admin.query(`INSERT INTO platform.record_share (tenant_id, record_type, record_id, shared_with_user_id, access) VALUES ($1, 'contact', $2, $3, 'view')`, [
      api.demoTenantId,
      duplicate,
      colleague.user.id,
    ]);

    const res = await api.gql<Merged>(MERGE, { input: { survivorId: survivor, mergedIds: [duplicate], fieldChoices: [{ field: 'jobTitle', fromContactId: duplicate }] } }, admin);
    expect(res.errors).toBeUndefined();
    const { contact: merged, merge } = res.data!.mergeContacts;
    expect(merged).toMatchObject({ id: survivor, accountId: home, displayName: '赵敏', jobTitle: '采购总监', department: '采购部', tags: ['vip', 'north'], unknownFields: ['birthday'] });
    expect(merged.contactPoints.map((p) => `${p.kind}:${p.normalized}`).sort()).toEqual(['EMAIL:zhaomin@merge.example.cn', 'MOBILE:+8613800138000']);
    expect(merged.addresses).toEqual([{ street: '浦东新区世纪大道 100 号' }]);
    const consents = Object.fromEntries(merged.consents.map((c) => [c.channel, c]));
    expect(consents.EMAIL).toMatchObject({ status: 'DENIED', source: 'unsubscribe link' });
    expect(consents.SMS).toMatchObject({ status: 'GRANTED', source: 'call' });
    expect(consents.PHONE.status).toBe('UNKNOWN');
    // the self-link and the second DECISION_MAKER link are gone; the employment at the other customer stays
    expect(merged.relationships.map((r) => `${r.role}:${r.other.id}`).sort()).toEqual([`DECISION_MAKER:${third}`, `EMPLOYEE:${other}`].sort());

    expect(merge).toMatchObject({ recordType: 'contact', survivorId: survivor, mergedIds: [duplicate], mergedNames: ['趙敏'] });
    expect(merge.provenance).toEqual(
      expect.arrayContaining([
        { field: 'jobTitle', fromId: duplicate, value: '"采购总监"' },
        { field: 'name', fromId: survivor, value: '"赵敏"' },
        { field: 'consent.email', fromId: duplicate, value: '"denied"' },
        { field: 'consent.sms', fromId: duplicate, value: '"granted"' },
      ]),
    );
    expect(Object.fromEntries(merge.moved.map((m) => [m.kind, m.count]))).toMatchObject({
      contactPointsAlreadyKnown: 1,
      contactPoints: 1,
      addresses: 1,
      interactions: 1,
      consents: 2,
      shares: 1,
      relationshipsDropped: 2,
    });

    // nothing refers to the duplicate any more; it is marked, not deleted
    const [left] = await api.admin.query(
      `SELECT (SELECT count(*) FROM customers.contact_point WHERE party_id = $1)::int + (SELECT count(*) FROM customers.address WHERE party_id = $1)::int
            + (SELECT count(*) FROM customers.interaction WHERE contact_id = $1)::int + (SELECT count(*) FROM customers.consent WHERE contact_id = $1)::int
            + (SELECT count(*) FROM customers.relationship WHERE $1 IN (from_id, to_id))::int + (SELECT count(*) FROM platform.record_share WHERE record_id = $1)::int AS n`,
      [duplicate],
    );
    expect(left.n).toBe(0);
    expect(await mergedInto(duplicate)).toBe(survivor);
    expect(codeOf(await api.gql(CONTACT, { id: duplicate }, admin))).toBe('NOT_FOUND');

    const history = await api.gql<{ contactMergeHistory: { recordType: string; mergedNames: string[] }[] }>(HISTORY, { id: survivor }, admin);
    expect(history.data!.contactMergeHistory).toEqual([expect.objectContaining({ recordType: 'contact', mergedNames: ['趙敏'] })]);
    const survivorTrail = await trail('contact', survivor);
    const mergeEntry = survivorTrail.find((e) => e.action === 'merge');
    expect(mergeEntry?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'jobTitle', before: '"经理"', after: '"采购总监"' })]));
    expect(mergeEntry?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'consent.email', before: '"granted"', after: '"denied"' })]));
    expect((await trail('contact', duplicate)).map((e) => e.action)).toContain('merged_into');
    expect((await trail('customer', other)).map((e) => e.action)).toContain('contact_merged');
    const [event] = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.contacts.merged' AND aggregate_id = $1`, [survivor]);
    expect(event.payload).toEqual({ survivorId: survivor, mergedIds: [duplicate], accountId: home, mergeRecordId: merge.id });
  });

  it('CUS-06 DQ-03 consents combine: a "no" anywhere stays "no" even when the other said "yes" later; otherwise the newest answer wins', async () => {
    const a = await contact({ familyName: 'Consent', givenName: 'Alpha' });
    const b = await contact({ familyName: 'Consent', givenName: 'Beta' });
    await consent(a, 'PHONE', 'DENIED', 'call 2024');
    await consent(a, 'WECHAT', 'GRANTED', 'old form');
    await consent(b, 'WECHAT', 'GRANTED', 'new form'); // newer
    await consent(b, 'PHONE', 'GRANTED', 'later call'); // newer, but a "yes" never overrides a "no"
    const res = await api.gql<Merged>(MERGE, { input: { survivorId: b, mergedIds: [a] } }, admin);
    expect(res.errors).toBeUndefined();
    const consents = Object.fromEntries(res.data!.mergeContacts.contact.consents.map((c) => [c.channel, c]));
    expect(consents.PHONE).toMatchObject({ status: 'DENIED', source: 'call 2024' });
    expect(consents.WECHAT).toMatchObject({ status: 'GRANTED', source: 'new form' });
    // other contexts asking about the merged-away id get the combined answer
    const [row] = await api.admin.query(`SELECT status FROM customers.consent WHERE contact_id = $1 AND channel = 'phone'`, [b]);
    expect(row.status).toBe('denied');
  });

  it('DQ-03 ACC-01 a rep cannot merge another rep’s people, and needs the right to edit and delete contacts; nothing changes', async () => {
    const perms = ['customer:view', 'customer:create', 'customer:edit', 'contact:*'];
    const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: perms, dataScope: 'own' });
    const peer = await createTestUser(api.appDs, api.demoTenantId, { permissions: perms, dataScope: 'own' });
    const viewer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'contact:view', 'contact:edit'], dataScope: 'all' });
    const repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
    const peerToken = await api.signIn(DEMO_TENANT.slug, peer.user.email, peer.password);
    const viewerToken = await api.signIn(DEMO_TENANT.slug, viewer.user.email, viewer.password);
    const mine = await contact({ accountId: await account('Rep Merge Own Co', repToken), familyName: 'Rep', givenName: 'Mine' }, repToken);
    const theirs = await contact({ accountId: await account('Peer Merge Own Co', peerToken), familyName: 'Rep', givenName: 'Theirs' }, peerToken);
    const before = await mergeRecords();

    const hidden = await api.gql(MERGE, { input: { survivorId: mine, mergedIds: [theirs] } }, repToken);
    expect([codeOf(hidden), fieldOf(hidden)]).toEqual(['NOT_FOUND', 'input.mergedIds.0']);
    const hiddenSurvivor = await api.gql(MERGE, { input: { survivorId: theirs, mergedIds: [mine] } }, repToken);
    expect([codeOf(hiddenSurvivor), fieldOf(hiddenSurvivor)]).toEqual(['NOT_FOUND', 'input.survivorId']);
    expect(codeOf(await api.gql(MERGE, { input: { survivorId: mine, mergedIds: [theirs] } }, viewerToken))).toBe('FORBIDDEN');
    expect(await mergedInto(mine)).toBeNull();
    expect(await mergedInto(theirs)).toBeNull();
    expect(codeOf(await api.gql(CONTACT, { id: theirs }, peerToken))).toBeUndefined();
    expect(await mergeRecords()).toBe(before);
  });

  it('ACC-05 another tenant’s ids are NOT_FOUND, both ways', async () => {
    const b = await createTenantRow(api.admin);
    const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
    const ours = await contact({ familyName: 'Tenant', givenName: 'Ours' });
    const theirs = await contact({ familyName: 'Tenant', givenName: 'Theirs' }, bToken);
    const fromThem = await api.gql(MERGE, { input: { survivorId: theirs, mergedIds: [ours] } }, bToken);
    expect([codeOf(fromThem), fieldOf(fromThem)]).toEqual(['NOT_FOUND', 'input.mergedIds.0']);
    const fromUs = await api.gql(MERGE, { input: { survivorId: ours, mergedIds: [theirs] } }, admin);
    expect([codeOf(fromUs), fieldOf(fromUs)]).toEqual(['NOT_FOUND', 'input.mergedIds.0']);
    expect(codeOf(await api.gql(HISTORY, { id: ours }, bToken))).toBe('NOT_FOUND');
    expect(await mergedInto(ours)).toBeNull();
  });

  it('DQ-03 refuses bad input naming the field, and changes nothing', async () => {
    const a = await contact({ familyName: 'Bad', givenName: 'Input', jobTitle: 'Keeper' });
    const b = await contact({ familyName: 'Bad', givenName: 'Inputs', jobTitle: 'Other' });
    const before = await mergeRecords();
    const cases: [Record<string, unknown>, string][] = [
      [{ survivorId: a, mergedIds: [a] }, 'input.mergedIds'],
      [{ survivorId: a, mergedIds: [] }, 'input.mergedIds'],
      [{ survivorId: a, mergedIds: ['not-a-uuid'] }, 'input.mergedIds'],
      [{ survivorId: a, mergedIds: [b], fieldChoices: [{ field: 'ownerId', fromContactId: b }] }, 'input.fieldChoices'],
      [{ survivorId: a, mergedIds: [b], fieldChoices: [{ field: 'jobTitle', fromContactId: '00000000-0000-4000-8000-000000000000' }] }, 'input.fieldChoices'],
      [{ survivorId: a, mergedIds: [b], fieldChoices: [{ field: 'jobTitle', fromContactId: b }, { field: 'jobTitle', fromContactId: a }] }, 'input.fieldChoices.1.field'],
    ];
    for (const [input, field] of cases) {
      const res = await api.gql(MERGE, { input }, admin);
      expect([codeOf(res), fieldOf(res)?.startsWith(field)]).toEqual(['VALIDATION_FAILED', true]);
    }
    expect(await mergedInto(b)).toBeNull();
    expect(await mergeRecords()).toBe(before);
    const [row] = await api.admin.query(`SELECT job_title FROM customers.contact WHERE id = $1`, [a]);
    expect(row.job_title).toBe('Keeper');
  });
});
