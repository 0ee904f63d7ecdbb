import { EntityManager } from 'typeorm';
import { accountNameKeys } from '../domain/account-keys';
import type { AccountKind, LifecycleStage } from '../domain/account-types';
import { normalizeEmail, normalizePhone } from '../domain/dedup/normalize';
import { AccountEntity } from '../infrastructure/account.entity';
import { AddressEntity } from '../infrastructure/address.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { seedDemoOwnership } from './demo-ownership';
import { seedDemoImports } from './demo-imports';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoLifecycle } from './demo-lifecycle';
import { seedDemoDataQuality } from './demo-data-quality';

interface DemoAccount {
  kind: AccountKind;
  name: string;
  stage: LifecycleStage;
  industry?: string;
  tags: string[];
  email?: string;
  phone?: string;
  /** A WeChat id, found by a fragment in the lists' search (CUS-02). */
  wechat?: string;
  street?: string;
  city?: string;
  postcode?: string;
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  { kind: 'company', name: '上海宏达贸易有限公司', stage: 'customer', industry: '批发贸易', tags: ['vip', '华东'], email: 'sales@hongda.example.cn', phone: '021 6888 1234', wechat: 'hongda_trade_sh', street: '浦东新区世纪大道 100 号', city: '上海', postcode: '200120' },
  { kind: 'company', name: '北京恒信科技股份有限公司', stage: 'prospect', industry: '软件', tags: ['华北'], email: 'info@hengxin.example.cn', phone: '010 8888 6666', street: '海淀区中关村大街 1 号', city: '北京', postcode: '100080' },
  { kind: 'company', name: 'Globex Industries GmbH', stage: 'customer', industry: 'Manufacturing', tags: ['export'], email: 'purchasing@globex.example.com', phone: '+49 30 901820', street: 'Friedrichstraße 10', city: 'Berlin', postcode: '10117' },
  { kind: 'company', name: '深圳市前海云链物流有限公司', stage: 'inactive', industry: '物流', tags: ['华南'], phone: '0755 2666 8888', city: '深圳' },
  { kind: 'individual', name: '张伟', stage: 'customer', tags: ['会员'], phone: '138 0013 8000', email: 'zhang.wei@example.cn' },
  { kind: 'individual', name: 'Li Na', stage: 'prospect', tags: [], email: 'li.na@example.com' },
];

/** A handful of customers in several spellings and stages, so a fresh installation has something to look at and to dedup against. */
export async function seedDemoCustomers(em: EntityManager, tenantId: string, ownerId: string | null): Promise<void> {
  for (const demo of DEMO_ACCOUNTS) {
    if (await em.findOneBy(AccountEntity, { tenantId, name: demo.name })) continue;
    const account = await em.save(
      em.create(AccountEntity, {
        tenantId,
        kind: demo.kind,
        name: demo.name,
        ...accountNameKeys(demo.kind, demo.name),
        ownerId,
        lifecycleStage: demo.stage,
        industry: demo.industry ?? null,
        tags: demo.tags,
        createdById: ownerId,
      }),
    );
    const points = [
      demo.email ? { kind: 'email' as const, value: demo.email, normalized: normalizeEmail(demo.email) } : null,
      demo.phone ? { kind: 'phone' as const, value: demo.phone, normalized: normalizePhone(demo.phone) ?? demo.phone } : null,
      demo.wechat ? { kind: 'wechat' as const, value: demo.wechat, normalized: demo.wechat } : null,
    ].filter((p) => p !== null);
    if (points.length) {
      await em.insert(
        ContactPointEntity,
        points.map((p, i) => ({ tenantId, partyType: 'account' as const, partyId: account.id, ...p, label: 'work', isPrimary: i === 0 })),
      );
    }
    if (demo.street) {
      await em.insert(AddressEntity, {
        tenantId,
        partyType: 'account',
        partyId: account.id,
        kind: 'billing',
        country: demo.postcode === '10117' ? 'DE' : 'CN',
        city: demo.city ?? null,
        street: demo.street,
        postcode: demo.postcode ?? null,
        isPrimary: true,
      });
    }
  }
  await seedDemoOwnership(em, tenantId, ownerId);
  await seedDemoImports(em, tenantId, ownerId);
  await seedDemoContacts(em, tenantId, ownerId);
  await seedDemoDataQuality(em, tenantId, ownerId);
  await seedDemoLifecycle(em, tenantId);
}
