import { EntityManager } from 'typeorm';
import type { ConsentChannelName, ConsentStatusName } from '../domain/contacts/consent';
import { contactName, contactNameKeys } from '../domain/contacts/contact-name';
import type { RelationshipRoleName } from '../domain/contacts/relationship-rules';
import { normalizeEmail, normalizePhone } from '../domain/dedup/normalize';
import { AccountEntity } from '../infrastructure/account.entity';
import { AddressEntity } from '../infrastructure/address.entity';
import { ConsentEntity } from '../infrastructure/consent.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { ContactEntity } from '../infrastructure/contact.entity';
import { RelationshipEntity } from '../infrastructure/relationship.entity';

interface DemoContact {
  account: string;
  familyName: string;
  givenName: string;
  jobTitle: string;
  email?: string;
  mobile?: string;
  /** A WeChat id and a home address, found by fragments in the lists' search (CUS-02). */
  wechat?: string;
  home?: { province: string; city: string; district: string; street: string; postcode: string };
  consents: Partial<Record<ConsentChannelName, [ConsentStatusName, string]>>;
  /** Role of the person at their own customer. */
  role?: RelationshipRoleName;
  /** Left the customer: kept on record, archived (CUS-02). */
  archived?: boolean;
}

const DEMO_CONTACTS: DemoContact[] = [
  {
    account: '上海宏达贸易有限公司',
    familyName: '张',
    givenName: '伟',
    jobTitle: '总经理',
    email: 'zhangwei@hongda.example.cn',
    mobile: '139 1688 2001',
    wechat: 'zhangwei_hd2001',
    home: { province: '上海市', city: '上海市', district: '徐汇区', street: '漕溪北路 88 弄 3 号', postcode: '200030' },
    consents: { phone: ['granted', 'visit'], email: ['granted', 'form'], sms: ['denied', 'call'] },
    role: 'decision_maker',
  },
  {
    account: '上海宏达贸易有限公司',
    familyName: '王',
    givenName: '芳',
    jobTitle: '采购经理',
    email: 'wangfang@hongda.example.cn',
    mobile: '139 1688 2002',
    consents: { email: ['granted', 'form'], phone: ['granted', 'call'] },
    role: 'influencer',
  },
  {
    account: '北京恒信科技股份有限公司',
    familyName: '陈',
    givenName: '静',
    jobTitle: '技术总监',
    email: 'chenjing@hengxin.example.cn',
    consents: { email: ['granted', 'trade show'] },
    role: 'decision_maker',
  },
  // DQ-03: one person entered twice (simplified and traditional characters), waiting to be merged
  {
    account: '北京恒信科技股份有限公司',
    familyName: '孙',
    givenName: '丽',
    jobTitle: '销售经理',
    email: 'sunli@hengxin.example.cn',
    mobile: '139 1688 3001',
    consents: { email: ['granted', 'trade show'], phone: ['granted', 'visit'] },
  },
  {
    account: '北京恒信科技股份有限公司',
    familyName: '孫',
    givenName: '麗',
    jobTitle: '销售部经理',
    mobile: '139 1688 3001',
    email: 'sun.li@hengxin.example.cn',
    consents: { phone: ['denied', 'call'], wechat: ['granted', 'business card'] },
  },
  {
    account: 'Globex Industries GmbH',
    familyName: 'Müller',
    givenName: 'Hans',
    jobTitle: 'Purchasing Director',
    email: 'hans.mueller@globex.example.com',
    mobile: '+49 151 2345 6789',
    consents: { email: ['denied', 'unsubscribe link'], phone: ['granted', 'call'] },
    role: 'decision_maker',
  },
  // CUS-03: people at 王芳's customer, entered by the administrator: ticked together and given to 王芳 on the contacts list
  {
    account: '南京紫金电子有限公司',
    familyName: '韩',
    givenName: '晓东',
    jobTitle: '工程部经理',
    email: 'hanxiaodong@zijin.example.cn',
    mobile: '139 1688 4001',
    consents: { email: ['granted', 'trade show'] },
  },
  {
    account: '南京紫金电子有限公司',
    familyName: '邓',
    givenName: '雪梅',
    jobTitle: '采购专员',
    email: 'dengxuemei@zijin.example.cn',
    mobile: '139 1688 4002',
    consents: { phone: ['granted', 'call'] },
  },
  {
    account: '上海宏达贸易有限公司',
    familyName: '孙',
    givenName: '立群',
    jobTitle: '前采购主管',
    mobile: '139 1688 2009',
    consents: {},
    archived: true,
  },
];

/** Account-to-account links: 北京恒信 came to us through 上海宏达. */
const DEMO_ACCOUNT_LINKS: { from: string; to: string; role: RelationshipRoleName; note: string }[] = [
  { from: '北京恒信科技股份有限公司', to: '上海宏达贸易有限公司', role: 'referred_by', note: '张伟 introduced us at the 2025 trade fair' },
];

/** People at the demo customers with their consents and relationships (CUS-01, CUS-06, DQ-06); safe to run again. */
export async function seedDemoContacts(em: EntityManager, tenantId: string, ownerId: string | null): Promise<void> {
  const accountId = async (name: string) => (await em.findOneBy(AccountEntity, { tenantId, name }))?.id ?? null;
  for (const demo of DEMO_CONTACTS) {
    const account = await accountId(demo.account);
    if (!account) continue;
    const { name } = contactName(demo);
    if (await em.findOneBy(ContactEntity, { tenantId, accountId: account, displayName: name.displayName })) continue;
    const contact = await em.save(
      em.create(ContactEntity, {
        tenantId,
        accountId: account,
        ...name,
        ...contactNameKeys(name.displayName),
        jobTitle: demo.jobTitle,
        ownerId,
        createdById: ownerId,
        archivedAt: demo.archived ? new Date() : null,
        archivedById: demo.archived ? ownerId : null,
      }),
    );
    const points = [
      demo.mobile ? { kind: 'mobile' as const, value: demo.mobile, normalized: normalizePhone(demo.mobile) ?? demo.mobile } : null,
      demo.email ? { kind: 'email' as const, value: demo.email, normalized: normalizeEmail(demo.email) } : null,
      demo.wechat ? { kind: 'wechat' as const, value: demo.wechat, normalized: demo.wechat } : null,
    ].filter((p) => p !== null);
    if (points.length) {
      await em.insert(ContactPointEntity, points.map((p, i) => ({ tenantId, partyType: 'contact' as const, partyId: contact.id, ...p, label: 'work', isPrimary: i === 0 })));
    }
    if (demo.home) {
      await em.insert(AddressEntity, { tenantId, partyType: 'contact', partyId: contact.id, kind: 'home', country: 'CN', ...demo.home, isPrimary: true });
    }
    const consents = Object.entries(demo.consents).map(([channel, [status, source]]) => ({ tenantId, contactId: contact.id, channel: channel as ConsentChannelName, status, source }));
    if (consents.length) await em.insert(ConsentEntity, consents);
    if (demo.role) await em.insert(RelationshipEntity, { tenantId, fromType: 'contact', fromId: contact.id, toType: 'account', toId: account, role: demo.role, note: '' });
  }
  for (const link of DEMO_ACCOUNT_LINKS) {
    const [from, to] = [await accountId(link.from), await accountId(link.to)];
    if (!from || !to || (await em.findOneBy(RelationshipEntity, { tenantId, fromId: from, toId: to, role: link.role }))) continue;
    await em.insert(RelationshipEntity, { tenantId, fromType: 'account', fromId: from, toType: 'account', toId: to, role: link.role, note: link.note });
  }
}
