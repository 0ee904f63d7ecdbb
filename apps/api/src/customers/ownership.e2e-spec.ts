import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf, GqlResponse } from '../testing/api-harness';
import { createSalesTeam, type TeamMember } from '../testing/sales-team';

jest.setTimeout(90_000);

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { id ownerId ownershipHistory { action fromOwnerId toOwnerId actor { email } toOwner { email } } } }`;
const ASSIGN = `mutation($input: AssignAccountsInput!) { assignAccounts(input: $input) { accounts { id ownerId } } }`;
const TRANSFER = `mutation($input: TransferAccountsInput!) { transferAccounts(input: $input) { accounts { id ownerId } } }`;
const SHARE = `mutation($input: ShareAccountsInput!) { shareAccounts(input: $input) { accounts { id } } }`;
const UNSHARE = `mutation($input: UnshareAccountsInput!) { unshareAccounts(input: $input) { accounts { id } } }`;
const RELEASE = `mutation($input: ReleaseAccountsInput!) { releaseAccounts(input: $input) { accounts { id ownerId } } }`;
const CLAIM = `mutation($input: ClaimAccountsInput!) { claimAccounts(input: $input) { accounts { id ownerId } } }`;
const POOL = `query($filter: AccountFilter) { publicPool(first: 100, filter: $filter) { totalCount edges { node { id name ownerId } } } }`;
const QUOTA = `{ poolQuota { limit held remaining } }`;
const POOL_SETTINGS = `mutation($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { poolClaimLimit } }`;
const TARGETS = `{ ownershipTargets { users { id email } units { id name } } }`;
const SAVE_VIEW = `mutation($input: SaveCustomerViewInput!) { saveCustomerView(input: $input) { view { id name shared mine filter { tag kind } orderBy { field direction } columns } } }`;
const VIEWS = `{ customerViews { id name shared mine owner { email } filter { tag } } }`;
const DELETE_VIEW = `mutation($input: DeleteCustomerViewInput!) { deleteCustomerView(input: $input) { id } }`;

type History = { action: string; fromOwnerId: string | null; toOwnerId: string | null; actor: { email: string } | null; toOwner: { email: string } | null }[];

describe('ACC-02 assign, transfer, share and the public pool; CUS-03 saved views', () => {
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

  const ok = <T,>(res: GqlResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  async function account(name: string, token = admin): Promise<string> {
    return ok(await api.gql<{ createAccount: { account: { id: string } } }>(CREATE, { input: { kind: 'COMPANY', name, allowDuplicate: true } }, token)).createAccount.account.id;
  }
  const ownerOf = async (id: string): Promise<string | null> => ((await api.admin.query(`SELECT owner_id FROM customers.account WHERE id = $1`, [id])) as { owner_id: string | null }[])[0].owner_id;
  const history = async (id: string, token = admin): Promise<History> => ok(await api.gql<{ account: { ownershipHistory: History } }>(ACCOUNT, { id }, token)).account.ownershipHistory;

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    ({ manager, rep1, rep2, outsider } = await createSalesTeam(api, ['customer:view', 'customer:create', 'customer:edit'], 'Ownership team'));
    [managerToken, rep1Token, rep2Token, outsiderToken] = [manager, rep1, rep2, outsider].map((u) => u.token);
  });

  afterAll(() => api?.stop());

  it('ACC-02 an administrator assigns customers in bulk; each keeps its ownership history, audited, with one event', async () => {
    const a = await account('Assign Alpha Ltd');
    const b = await account('Assign Beta Ltd');
    const res = ok(await api.gql<{ assignAccounts: { accounts: { id: string; ownerId: string }[] } }>(ASSIGN, { input: { accountIds: [a, b], ownerId: rep1.user.id } }, admin));
    expect(res.assignAccounts.accounts).toEqual([
      { id: a, ownerId: rep1.user.id },
      { id: b, ownerId: rep1.user.id },
    ]);
    // the new owner sees it, with its history: created by the administrator, then assigned to rep1
    const seen = await history(a, rep1Token);
    expect(seen.map((h) => [h.action, h.toOwner?.email])).toEqual([
      ['assign', rep1.user.email],
      ['create', DEMO_ADMIN.email],
    ]);
    expect(seen[0]).toMatchObject({ actor: { email: DEMO_ADMIN.email }, toOwnerId: rep1.user.id });
    const audit = await api.admin.query(`SELECT action, changes FROM platform.audit_log WHERE record_id = $1 AND action = 'assign'`, [b]);
    expect(audit).toHaveLength(1);
    expect(audit[0].changes.ownerId.after).toBe(rep1.user.id);
    const events = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.accounts.reassigned' AND payload->>'toOwnerId' = $1`, [rep1.user.id]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ reason: 'assign', changes: [{ accountId: a }, { accountId: b }] });
  });

  it('ACC-02 a manager transfers all of a leaving rep’s customers, or only the chosen ones', async () => {
    const a = await account('Transfer One Co', rep1Token);
    const b = await account('Transfer Two Co', rep1Token);
    const c = await account('Transfer Three Co', rep1Token);
    const some = ok(await api.gql<{ transferAccounts: { accounts: { ownerId: string }[] } }>(TRANSFER, { input: { fromUserId: rep1.user.id, toUserId: rep2.user.id, accountIds: [a] } }, managerToken));
    expect(some.transferAccounts.accounts).toEqual([{ id: a, ownerId: rep2.user.id }]);
    expect(await ownerOf(b)).toBe(rep1.user.id);

    ok(await api.gql(TRANSFER, { input: { fromUserId: rep1.user.id, toUserId: rep2.user.id } }, managerToken));
    expect([await ownerOf(b), await ownerOf(c)]).toEqual([rep2.user.id, rep2.user.id]);
    const [{ n }] = await api.admin.query(`SELECT count(*)::int AS n FROM customers.account WHERE owner_id = $1`, [rep1.user.id]);
    expect(n).toBe(0);
    expect((await history(c, rep2Token))[0]).toMatchObject({ action: 'transfer', fromOwnerId: rep1.user.id, toOwnerId: rep2.user.id, actor: { email: manager.user.email } });
    // rep1 no longer sees the transferred customer
    expect(codeOf(await api.gql(ACCOUNT, { id: c }, rep1Token))).toBe('NOT_FOUND');
  });

  it('ACC-02 an unknown or invisible id in a bulk operation is named and nothing changes', async () => {
    const mine = await account('All Or Nothing Co', rep2Token);
    const unknown = randomUUID();
    const bad = await api.gql(ASSIGN, { input: { accountIds: [mine, unknown], ownerId: rep1.user.id } }, managerToken);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['NOT_FOUND', 'input.accountIds.1']);
    expect(await ownerOf(mine)).toBe(rep2.user.id);

    const outsiders = await account('Outsider Owned Co', outsiderToken);
    const invisible = await api.gql(SHARE, { input: { accountIds: [mine, outsiders], userIds: [rep1.user.id] } }, rep2Token);
    expect([codeOf(invisible), fieldOf(invisible)]).toEqual(['NOT_FOUND', 'input.accountIds.1']);
    expect(codeOf(await api.gql(ACCOUNT, { id: mine }, rep1Token))).toBe('NOT_FOUND');

    const notTheirs = await api.gql(TRANSFER, { input: { fromUserId: rep1.user.id, toUserId: rep2.user.id, accountIds: [mine] } }, managerToken);
    expect([codeOf(notTheirs), fieldOf(notTheirs)]).toEqual(['VALIDATION_FAILED', 'input.accountIds.0']);
    const badUser = await api.gql(SHARE, { input: { accountIds: [mine], userIds: [randomUUID()] } }, rep2Token);
    expect([codeOf(badUser), fieldOf(badUser)]).toEqual(['VALIDATION_FAILED', 'input.userIds.0']);
    const malformed = await api.gql(ASSIGN, { input: { accountIds: ['nope'], ownerId: rep1.user.id } }, managerToken);
    expect([codeOf(malformed), fieldOf(malformed)]).toEqual(['VALIDATION_FAILED', 'input.accountIds']);
    const [{ n }] = await api.admin.query(`SELECT count(*)::int AS n FROM platform.record_share WHERE record_id = $1`, [mine]);
    expect(n).toBe(0);
  });

  it('ACC-02 a rep cannot assign or transfer customers, and a manager only within the team', async () => {
    const peers = await account('Peer Owned Co', rep2Token);
    const own = await account('Rep Own Co', rep1Token);
    const grab = await api.gql(ASSIGN, { input: { accountIds: [peers], ownerId: rep1.user.id } }, rep1Token);
    expect(codeOf(grab)).toBe('FORBIDDEN');
    const giveAway = await api.gql(ASSIGN, { input: { accountIds: [own], ownerId: rep2.user.id } }, rep1Token);
    expect(codeOf(giveAway)).toBe('FORBIDDEN');
    const steal = await api.gql(TRANSFER, { input: { fromUserId: rep2.user.id, toUserId: rep1.user.id } }, rep1Token);
    expect([codeOf(steal), fieldOf(steal)]).toEqual(['FORBIDDEN', 'input.fromUserId']);
    expect([await ownerOf(peers), await ownerOf(own)]).toEqual([rep2.user.id, rep1.user.id]);

    const outOfTeam = await api.gql(ASSIGN, { input: { accountIds: [own], ownerId: outsider.user.id } }, managerToken);
    expect([codeOf(outOfTeam), fieldOf(outOfTeam)]).toEqual(['FORBIDDEN', 'input.ownerId']);
    const fromOutsider = await api.gql(TRANSFER, { input: { fromUserId: outsider.user.id, toUserId: rep1.user.id } }, managerToken);
    expect([codeOf(fromOutsider), fieldOf(fromOutsider)]).toEqual(['FORBIDDEN', 'input.fromUserId']);
    expect(await ownerOf(own)).toBe(rep1.user.id);
  });

  it('ACC-02 the owner shares customers with a user and a unit and stops sharing; a user it is shared with cannot re-share', async () => {
    const a = await account('Shared Alpha Co', rep1Token);
    const b = await account('Shared Beta Co', rep1Token);
    const targets = ok(await api.gql<{ ownershipTargets: { users: { id: string }[]; units: { id: string }[] } }>(TARGETS, {}, rep1Token)).ownershipTargets;
    expect(targets.users.map((u) => u.id)).toContain(rep2.user.id);
    expect(targets.units.map((u) => u.id)).toContain(outsider.unit!.id);

    ok(await api.gql(SHARE, { input: { accountIds: [a, b], userIds: [rep2.user.id], unitIds: [outsider.unit!.id] } }, rep1Token));
    expect(ok(await api.gql<{ account: { id: string } }>(ACCOUNT, { id: b }, rep2Token)).account.id).toBe(b);
    expect(ok(await api.gql<{ account: { id: string } }>(ACCOUNT, { id: a }, outsiderToken)).account.id).toBe(a);
    const reshare = await api.gql(SHARE, { input: { accountIds: [a], userIds: [manager.user.id] } }, rep2Token);
    expect([codeOf(reshare), fieldOf(reshare)]).toEqual(['FORBIDDEN', 'input.accountIds.0']);
    const audit = await api.admin.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE record_id = $1 AND action = 'share'`, [a]);
    expect(audit[0].n).toBe(2);

    ok(await api.gql(UNSHARE, { input: { accountIds: [a, b], userIds: [rep2.user.id] } }, rep1Token));
    expect(codeOf(await api.gql(ACCOUNT, { id: b }, rep2Token))).toBe('NOT_FOUND');
    expect(ok(await api.gql<{ account: { id: string } }>(ACCOUNT, { id: b }, outsiderToken)).account.id).toBe(b);
  });

  it('ACC-02 released customers join the public pool that every rep sees; claims respect the per-rep limit', async () => {
    ok(await api.gql(POOL_SETTINGS, { input: { poolClaimLimit: 2 } }, admin));
    const forbidden = await api.gql(POOL_SETTINGS, { input: { poolClaimLimit: 99 } }, rep1Token);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    const ids = [await account('Pool Limit One', rep1Token), await account('Pool Limit Two', rep1Token), await account('Pool Limit Three', rep1Token)];
    ok(await api.gql(RELEASE, { input: { accountIds: ids } }, rep1Token));
    const again = await api.gql(RELEASE, { input: { accountIds: ids } }, admin);
    expect([codeOf(again), fieldOf(again)]).toEqual(['VALIDATION_FAILED', 'input.accountIds.0']);

    const pool = ok(await api.gql<{ publicPool: { edges: { node: { id: string; ownerId: string | null } }[] } }>(POOL, { filter: { search: 'Pool Limit' } }, outsiderToken));
    expect(pool.publicPool.edges.map((e) => e.node.id).sort()).toEqual([...ids].sort());
    expect(codeOf(await api.gql(ACCOUNT, { id: ids[0] }, rep1Token))).toBe('NOT_FOUND');

    const tooMany = await api.gql<unknown>(CLAIM, { input: { accountIds: ids } }, rep2Token);
    expect([codeOf(tooMany), fieldOf(tooMany)]).toEqual(['POOL_LIMIT_REACHED', 'input.accountIds']);
    expect(tooMany.errors![0].extensions).toMatchObject({ limit: 2, held: 0, remaining: 2 });
    expect(await Promise.all(ids.map(ownerOf))).toEqual([null, null, null]);

    ok(await api.gql(CLAIM, { input: { accountIds: ids.slice(0, 2) } }, rep2Token));
    expect(ok(await api.gql<{ poolQuota: unknown }>(QUOTA, {}, rep2Token)).poolQuota).toEqual({ limit: 2, held: 2, remaining: 0 });
    const third = await api.gql(CLAIM, { input: { accountIds: [ids[2]] } }, rep2Token);
    expect(codeOf(third)).toBe('POOL_LIMIT_REACHED');
    expect(await ownerOf(ids[2])).toBeNull();
    expect((await history(ids[0], rep2Token)).map((h) => h.action).slice(0, 3)).toEqual(['claim', 'release', 'create']);

    // releasing one frees a place, and so does the manager giving one to someone else
    ok(await api.gql(RELEASE, { input: { accountIds: [ids[0]] } }, rep2Token));
    ok(await api.gql(ASSIGN, { input: { accountIds: [ids[1]], ownerId: rep1.user.id } }, managerToken));
    expect(ok(await api.gql<{ poolQuota: unknown }>(QUOTA, {}, rep2Token)).poolQuota).toEqual({ limit: 2, held: 0, remaining: 2 });
    ok(await api.gql(POOL_SETTINGS, { input: { poolClaimLimit: 20 } }, admin));
  });

  it('ACC-02 two reps claiming the same pool customer at once: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await account(`Race Co ${round}`, admin);
      ok(await api.gql(RELEASE, { input: { accountIds: [id] } }, admin));
      const results = await Promise.all([rep1Token, rep2Token].map((t) => api.gql(CLAIM, { input: { accountIds: [id] } }, t)));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      const loser = results.find((r) => r.errors)!;
      expect([codeOf(loser), fieldOf(loser)]).toEqual(['ALREADY_CLAIMED', 'input.accountIds.0']);
      expect([rep1.user.id, rep2.user.id]).toContain(await ownerOf(id));
      const [{ n }] = await api.admin.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE record_id = $1 AND action = 'claim'`, [id]);
      expect(n).toBe(1);
    }
  });

  it('ACC-05 another tenant can neither see the pool and views nor reassign or claim this tenant’s customers', async () => {
    const id = await account('Tenant Isolated Pool Co');
    ok(await api.gql(RELEASE, { input: { accountIds: [id] } }, admin));
    const b = await createTenantRow(api.admin);
    const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
    expect(ok(await api.gql<{ publicPool: { totalCount: number } }>(POOL, {}, bToken)).publicPool.totalCount).toBe(0);
    expect(ok(await api.gql<{ customerViews: unknown[] }>(VIEWS, {}, bToken)).customerViews).toEqual([]);
    const claim = await api.gql(CLAIM, { input: { accountIds: [id] } }, bToken);
    expect([codeOf(claim), fieldOf(claim)]).toEqual(['NOT_FOUND', 'input.accountIds.0']);
    const assign = await api.gql(ASSIGN, { input: { accountIds: [id], ownerId: bAdmin.user.id } }, bToken);
    expect(codeOf(assign)).toBe('NOT_FOUND');
    const assignToOther = await api.gql(ASSIGN, { input: { accountIds: [id], ownerId: bAdmin.user.id } }, admin);
    expect([codeOf(assignToOther), fieldOf(assignToOther)]).toEqual(['VALIDATION_FAILED', 'input.ownerId']);
    expect(await ownerOf(id)).toBeNull();
  });

  it('CUS-03 saved views are per user unless shared; saving a name again replaces it; only the owner deletes', async () => {
    type Saved = { saveCustomerView: { view: { id: string; name: string; shared: boolean; mine: boolean } } };
    const mineOnly = ok(await api.gql<Saved>(SAVE_VIEW, { input: { name: 'My prospects', filter: { kind: 'COMPANY', tag: 'east' }, orderBy: { field: 'NAME', direction: 'ASC' }, columns: ['name', 'owner'] } }, rep1Token)).saveCustomerView.view;
    expect(mineOnly).toMatchObject({ name: 'My prospects', shared: false, mine: true });
    const rep2Views = async () => ok(await api.gql<{ customerViews: { id: string; mine: boolean; owner: { email: string } }[] }>(VIEWS, {}, rep2Token)).customerViews;
    expect((await rep2Views()).map((v) => v.id)).not.toContain(mineOnly.id);

    const shared = ok(await api.gql<Saved>(SAVE_VIEW, { input: { name: 'My prospects', filter: { tag: 'vip' }, shared: true } }, rep1Token)).saveCustomerView.view;
    expect(shared.id).toBe(mineOnly.id);
    const seen = (await rep2Views()).find((v) => v.id === shared.id);
    expect(seen).toMatchObject({ mine: false, owner: { email: rep1.user.email } });
    // the demo's shared view is there for everyone too
    expect((await rep2Views()).length).toBeGreaterThanOrEqual(2);

    const del = await api.gql(DELETE_VIEW, { input: { id: shared.id } }, rep2Token);
    expect(codeOf(del)).toBe('FORBIDDEN');
    const bad = await api.gql(SAVE_VIEW, { input: { name: 'Bad', filter: { ownerId: 'not-an-id' } } }, rep1Token);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['VALIDATION_FAILED', 'input.filter.ownerId']);
    const blank = await api.gql(SAVE_VIEW, { input: { name: '   ', filter: {} } }, rep1Token);
    expect([codeOf(blank), fieldOf(blank)]).toEqual(['VALIDATION_FAILED', 'input.name']);
    ok(await api.gql(DELETE_VIEW, { input: { id: shared.id } }, rep1Token));
    expect((await rep2Views()).map((v) => v.id)).not.toContain(shared.id);
    const [{ n }] = await api.admin.query(`SELECT count(*)::int AS n FROM customers.customer_view WHERE owner_id = $1`, [rep1.user.id]);
    expect(n).toBe(0);
  });
});
