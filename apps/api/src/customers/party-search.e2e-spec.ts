import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { searchText } from '@crm/customers';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness } from '../testing/api-harness';
import { SearchDriver } from '../testing/search-driver';

jest.setTimeout(60_000);

describe('searching addresses and social handles by partial text (CUS-02, ACC-01, ACC-05)', () => {
  let api: ApiHarness;
  let admin: string;

  let search: SearchDriver;
  const accountNames = (text: string, token?: string) => search.accountNames(text, token);
  const contactNames = (text: string, token?: string) => search.contactNames(text, token);
  const createAccount = (input: Record<string, unknown>, token?: string) => search.createAccount(input, token);
  const createContact = (input: Record<string, unknown>, token?: string) => search.createContact(input, token);

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    search = new SearchDriver(api, admin);
    const accountId = await createAccount({
      kind: 'COMPANY',
      name: '远航国际物流有限公司',
      contactPoints: [
        { kind: 'WECHAT', value: 'YuanHang_Logistics88' },
        { kind: 'EMAIL', value: 'ops@yuanhang-logistics.example.cn' },
      ],
      addresses: [{ kind: 'OFFICE', province: '北京市', city: '北京市', district: '朝阳区', street: '建国路 93 号万达广场 B 座', postcode: '100022' }],
    });
    await createContact({
      accountId,
      familyName: '欧阳',
      givenName: '娜娜',
      contactPoints: [
        { kind: 'WECHAT', value: 'ouyang_nana_bj' },
        { kind: 'MOBILE', value: '136 6100 7788' },
      ],
      addresses: [{ kind: 'HOME', city: '杭州市', district: '西湖区', street: '文三路 259 号', postcode: '310012' }],
    });
  });

  afterAll(() => api?.stop());

  it('CUS-02 finds an account by a fragment of its street, district or postcode, two Chinese characters and Traditional spellings included', async () => {
    expect(await accountNames('建国路')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('万达')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('萬達廣場')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('朝阳区建国路')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('100022')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('93号万达')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('南京西路')).toEqual([]);
  });

  it('CUS-02 finds an account by a fragment of its WeChat handle or e-mail, in any case', async () => {
    expect(await accountNames('hang_logi')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('LOGISTICS88')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('ops@yuanhang')).toEqual(['远航国际物流有限公司']);
    // LIKE's wildcards are text here: "_" matches only an underscore
    expect(await accountNames('hang%logi')).toEqual([]);
    expect(await accountNames('yuanhang-l')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('yuanhang_l')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('yuanhangxl')).toEqual([]);
  });

  it('CUS-02 finds a contact by a fragment of their street, WeChat handle or mobile', async () => {
    expect(await contactNames('文三')).toEqual(['欧阳娜娜']);
    expect(await contactNames('西湖区文三路')).toEqual(['欧阳娜娜']);
    expect(await contactNames('nana_b')).toEqual(['欧阳娜娜']);
    expect(await contactNames('6100 77')).toEqual(['欧阳娜娜']);
    // a whole number as typed, as before: its E.164 form is searched too
    expect(await contactNames('136-6100-7788')).toEqual(['欧阳娜娜']);
    // the account's address is the account's, not the person's
    expect(await contactNames('建国路')).toEqual([]);
  });

  it('CUS-02 the demo customer 上海宏达 and its 张伟 are found by a street fragment and a WeChat fragment', async () => {
    expect(await accountNames('世纪大道')).toEqual(['上海宏达贸易有限公司']);
    expect(await accountNames('hongda_tr')).toEqual(['上海宏达贸易有限公司']);
    expect(await accountNames('021 6888 1234')).toEqual(['上海宏达贸易有限公司']);
    expect(await contactNames('漕溪')).toEqual(['张伟']);
    expect(await contactNames('zhangwei_hd')).toEqual(['张伟']);
  });

  it('CUS-02 one character searches names only, and names are still found as before', async () => {
    expect(await accountNames('路')).toEqual([]);
    expect(await accountNames('远航')).toEqual(['远航国际物流有限公司']);
    expect(await contactNames('欧阳')).toEqual(['欧阳娜娜']);
  });

  it('CUS-02 the database writes the search form as the application reads it, and keeps it on edits', async () => {
    for (const text of ['北京市朝阳区建国路 93 号', 'ＹuanHang_Ｌogistics88', 'Friedrichstraße 10']) {
      const [row] = await api.admin.query('SELECT customers.search_text($1) AS s', [text]);
      expect(row.s).toBe(searchText(text));
    }
    await api.admin.query(`UPDATE customers.address SET street = '光华路 1 号' WHERE street = '建国路 93 号万达广场 B 座'`);
    expect(await accountNames('光华路')).toEqual(['远航国际物流有限公司']);
    expect(await accountNames('建国路')).toEqual([]);
    await api.admin.query(`UPDATE customers.address SET street = '建国路 93 号万达广场 B 座' WHERE street = '光华路 1 号'`);
  });

  it('CUS-02 under row-level security the trigram indexes can serve LIKE: it is leakproof, and the indexes are on search_text', async () => {
    const [like] = await api.appDs.query(`SELECT proleakproof FROM pg_proc WHERE oid = 'textlike'::regproc`);
    expect(like.proleakproof).toBe(true);
    const indexes = await api.appDs.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('ix_address_search', 'ix_contact_point_search') ORDER BY indexname`);
    expect(indexes.map((i: { indexdef: string }) => i.indexdef.replace(/^.* USING /, ''))).toEqual(['gin (search_text gin_trgm_ops)', 'gin (search_text gin_trgm_ops)']);
  });

  describe('who finds what', () => {
    let repToken: string;
    let peerToken: string;

    beforeAll(async () => {
      const permissions = ['customer:view', 'customer:create', 'customer:edit', 'contact:*'];
      const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions, dataScope: 'own' });
      const peer = await createTestUser(api.appDs, api.demoTenantId, { permissions, dataScope: 'own' });
      repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
      peerToken = await api.signIn(DEMO_TENANT.slug, peer.user.email, peer.password);
      const accountId = await createAccount(
        {
          kind: 'COMPANY',
          name: '青岛海鸥渔具有限公司',
          contactPoints: [{ kind: 'WECHAT', value: 'haiou_fishing_qd' }],
          addresses: [{ kind: 'BILLING', city: '青岛市', district: '市南区', street: '香港中路 76 号', postcode: '266071' }],
        },
        repToken,
      );
      await createContact(
        { accountId, familyName: '于', givenName: '海涛', contactPoints: [{ kind: 'WECHAT', value: 'yu_haitao_qd' }], addresses: [{ kind: 'HOME', street: '香港中路 100 号' }] },
        repToken,
      );
    });

    it('ACC-01 CUS-02 a rep finds own customers and people by street and handle fragments; a peer does not', async () => {
      expect(await accountNames('香港中路', repToken)).toEqual(['青岛海鸥渔具有限公司']);
      expect(await accountNames('fishing_q', repToken)).toEqual(['青岛海鸥渔具有限公司']);
      expect(await contactNames('haitao_q', repToken)).toEqual(['于海涛']);
      expect(await contactNames('香港中路', repToken)).toEqual(['于海涛']);
      expect(await accountNames('香港中路', peerToken)).toEqual([]);
      expect(await accountNames('fishing_q', peerToken)).toEqual([]);
      expect(await contactNames('haitao_q', peerToken)).toEqual([]);
      expect(await contactNames('香港中路', peerToken)).toEqual([]);
      // nor does the rep find the admin's customers this way
      expect(await accountNames('建国路', repToken)).toEqual([]);
      expect(await contactNames('文三路', repToken)).toEqual([]);
    });

    it('ACC-05 CUS-02 another tenant finds none of these by address or handle, and its own are not found here', async () => {
      const b = await createTenantRow(api.admin);
      const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
      const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
      for (const fragment of ['建国路', '香港中路', 'hang_logi', 'fishing_q', '世纪大道']) expect(await accountNames(fragment, bToken)).toEqual([]);
      for (const fragment of ['文三', 'nana_b', 'haitao_q', '漕溪']) expect(await contactNames(fragment, bToken)).toEqual([]);
      await createAccount({ kind: 'COMPANY', name: 'Tenant B Shipping', contactPoints: [{ kind: 'WECHAT', value: 'yuanhang_logistics_b' }], addresses: [{ kind: 'OFFICE', street: '建国路 1 号' }] }, bToken);
      expect(await accountNames('建国路', bToken)).toEqual(['Tenant B Shipping']);
      expect(await accountNames('建国路')).toEqual(['远航国际物流有限公司']);
      expect(await accountNames('hang_logi')).toEqual(['远航国际物流有限公司']);
    });
  });
});
