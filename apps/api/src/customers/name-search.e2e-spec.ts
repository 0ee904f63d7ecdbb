import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { accountNameKeys, nameSearchText } from '@crm/customers';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness } from '../testing/api-harness';
import { SearchDriver } from '../testing/search-driver';

jest.setTimeout(60_000);

/** CUS-03 (ADR 0020, ADR 0021): the name part of the lists' one search box, now served by the name_search trigram index. */
describe('searching names by fragment (CUS-03, CUS-02, ACC-01, ACC-05)', () => {
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
    const accountId = await createAccount({ kind: 'COMPANY', name: '杭州鵬程萬里科技有限公司' });
    await createAccount({ kind: 'COMPANY', name: 'Bluewaveglobal Systems GmbH' });
    await createContact({ accountId, familyName: '司马', givenName: '懿' });
    await createContact({ accountId, familyName: 'Oberhauser', givenName: 'Kunigunde' });
  });

  afterAll(() => api?.stop());

  it('CUS-03 finds an account by two Chinese characters, in Simplified or Traditional, by pinyin and by a Latin fragment mid-word', async () => {
    expect(await accountNames('鹏程')).toEqual(['杭州鵬程萬里科技有限公司']);
    expect(await accountNames('鵬程')).toEqual(['杭州鵬程萬里科技有限公司']);
    expect(await accountNames('程万里科')).toEqual(['杭州鵬程萬里科技有限公司']);
    expect(await accountNames('pengcheng')).toEqual(['杭州鵬程萬里科技有限公司']);
    expect(await accountNames('chengwan')).toEqual(['杭州鵬程萬里科技有限公司']);
    expect(await accountNames('waveGLO')).toEqual(['Bluewaveglobal Systems GmbH']);
    expect(await accountNames('wave global')).toEqual(['Bluewaveglobal Systems GmbH']);
    expect(await accountNames('eg')).toContain('Bluewaveglobal Systems GmbH');
    expect(await accountNames('鹏里')).toEqual([]);
    expect(await accountNames('waveglobe')).toEqual([]);
  });

  it('CUS-03 one character still finds names, in either spelling', async () => {
    expect(await accountNames('鵬')).toContain('杭州鵬程萬里科技有限公司');
    expect(await accountNames('鹏')).toContain('杭州鵬程萬里科技有限公司');
    expect(await accountNames('Q')).not.toContain('Bluewaveglobal Systems GmbH');
    expect(await contactNames('懿')).toEqual(['司马懿']);
  });

  it('CUS-03 finds a person by two characters, Traditional spelling, pinyin and a Latin fragment', async () => {
    expect(await contactNames('司马')).toEqual(['司马懿']);
    expect(await contactNames('司馬懿')).toEqual(['司马懿']);
    expect(await contactNames('simayi')).toEqual(['司马懿']);
    expect(await contactNames('mayi')).toEqual(['司马懿']);
    expect(await contactNames('gundeOber')).toEqual(['Kunigunde Oberhauser']);
    expect(await contactNames('hauser')).toEqual(['Kunigunde Oberhauser']);
  });

  it('CUS-03 the database writes the name search form as the application reads it, and keeps it when the name changes', async () => {
    for (const [name, kind] of [
      ['杭州 鵬程萬里科技有限公司', 'company'],
      ['杭州鹏程万里科技有限公司', 'company'],
      ['ＡＣＭＥ  Globex Co., Ltd.', 'company'],
      ['欧阳 娜娜', 'individual'],
      ['Wei Zhang', 'individual'],
      ['王伟', 'individual'],
      ['', 'company'],
    ] as const) {
      const keys = accountNameKeys(kind, name);
      const [row] = await api.admin.query('SELECT customers.name_search($1, $2, $3) AS s', [name, keys.nameKey, keys.namePinyin]);
      expect(row.s).toBe(nameSearchText(name, keys.nameKey, keys.namePinyin));
    }
    const renamed = accountNameKeys('company', '杭州海阔天空科技有限公司');
    await api.admin.query(`UPDATE customers.account SET name = $1, name_key = $2, name_pinyin = $3 WHERE name = '杭州鵬程萬里科技有限公司'`, [
      '杭州海阔天空科技有限公司',
      renamed.nameKey,
      renamed.namePinyin,
    ]);
    expect(await accountNames('海阔')).toEqual(['杭州海阔天空科技有限公司']);
    expect(await accountNames('鹏程')).toEqual([]);
    const back = accountNameKeys('company', '杭州鵬程萬里科技有限公司');
    await api.admin.query(`UPDATE customers.account SET name = $1, name_key = $2, name_pinyin = $3 WHERE name = '杭州海阔天空科技有限公司'`, [
      '杭州鵬程萬里科技有限公司',
      back.nameKey,
      back.namePinyin,
    ]);
    expect(await accountNames('鹏程')).toEqual(['杭州鵬程萬里科技有限公司']);
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
      const accountId = await createAccount({ kind: 'COMPANY', name: '绿洲星河贸易有限公司' }, repToken);
      await createContact({ accountId, familyName: '诸葛', givenName: '青云' }, repToken);
    });

    it('ACC-01 CUS-03 a rep finds own customers and people by a name fragment; a peer does not, nor the rep the admin’s', async () => {
      expect(await accountNames('星河', repToken)).toEqual(['绿洲星河贸易有限公司']);
      expect(await accountNames('xinghe', repToken)).toEqual(['绿洲星河贸易有限公司']);
      expect(await contactNames('诸葛', repToken)).toEqual(['诸葛青云']);
      expect(await accountNames('星河', peerToken)).toEqual([]);
      expect(await accountNames('星', peerToken)).not.toContain('绿洲星河贸易有限公司');
      expect(await accountNames('xinghe', peerToken)).toEqual([]);
      expect(await contactNames('诸葛', peerToken)).toEqual([]);
      expect(await contactNames('qingyun', peerToken)).toEqual([]);
      expect(await accountNames('鹏程', repToken)).toEqual([]);
      expect(await contactNames('司马', repToken)).toEqual([]);
    });

    it('ACC-05 CUS-03 another tenant finds none of these by name, and its own are not found here', async () => {
      const b = await createTenantRow(api.admin);
      const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
      const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
      for (const fragment of ['鹏程', 'pengcheng', 'waveglo', '星河', '鵬']) expect(await accountNames(fragment, bToken)).toEqual([]);
      for (const fragment of ['司马', 'simayi', '诸葛', 'hauser']) expect(await contactNames(fragment, bToken)).toEqual([]);
      await createAccount({ kind: 'COMPANY', name: '鹏程物流 (Tenant B)' }, bToken);
      expect(await accountNames('鹏程', bToken)).toEqual(['鹏程物流 (Tenant B)']);
      expect(await accountNames('鹏程')).toEqual(['杭州鵬程萬里科技有限公司']);
      expect(await accountNames('物流 (Tenant')).toEqual([]);
    });
  });
});
