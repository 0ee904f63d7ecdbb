import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { FileStorage, hashPassword, RecordShareEntity, RoleEntity, tenantFileKey, UserEntity, UserRoleEntity } from '@crm/platform';
import { CUSTOMER_RECORD } from '../application/visible-accounts';
import { AccountEntity } from '../infrastructure/account.entity';
import { ContactEntity } from '../infrastructure/contact.entity';
import { DocumentEntity } from '../infrastructure/document.entity';
import { InteractionEntity, InteractionKind } from '../infrastructure/interaction.entity';

/** A sales rep whose interactions the administrator (a customer admin) can review. */
export const DEMO_REP = { email: 'rep@demo.local', password: 'demo-rep-2026', displayName: '王芳 Wang Fang' };

interface DemoInteraction {
  account: string;
  by: 'rep' | 'admin';
  kind: InteractionKind;
  direction?: 'inbound' | 'outbound';
  subject: string;
  summary: string;
  daysAgo: number;
  reply?: string;
  /** Shown name of the person at the customer it was with. */
  contact?: string;
}

const HONGDA = '上海宏达贸易有限公司';
const GLOBEX = 'Globex Industries GmbH';
const HENGXIN = '北京恒信科技股份有限公司';

const DEMO_INTERACTIONS: DemoInteraction[] = [
  { account: HONGDA, by: 'admin', kind: 'meeting', direction: 'outbound', subject: '季度业务回顾 QBR', summary: '回顾三季度采购量，客户希望四季度增加华南配送。', daysAgo: 12, contact: '张伟' },
  { account: HONGDA, by: 'rep', kind: 'call', direction: 'outbound', subject: '年度框架协议续签', summary: '采购经理李总同意续签，要求单价下调 3%，账期 60 天。', daysAgo: 5, reply: '3% 可以接受，账期最多 45 天；先发报价单再约面谈。' },
  { account: HONGDA, by: 'rep', kind: 'email', direction: 'inbound', subject: '客户发来需求说明书', summary: '附件为新仓库的需求说明书，已归档到文档。', daysAgo: 3 },
  { account: HONGDA, by: 'rep', kind: 'visit', direction: 'outbound', subject: '拜访采购部', summary: '现场看了新仓库，货架规格需要确认；下周二再去。', daysAgo: 1, contact: '王芳' },
  { account: GLOBEX, by: 'rep', kind: 'call', direction: 'inbound', subject: 'Delivery schedule for Q1', summary: 'They need the first shipment by 15 January; confirmed with logistics.', daysAgo: 8, reply: 'Good. Put the date in the order so the warehouse sees it.' },
  { account: GLOBEX, by: 'rep', kind: 'email', direction: 'outbound', subject: 'Quotation follow-up', summary: 'Sent the revised quotation; waiting for their purchasing board.', daysAgo: 2 },
  { account: HENGXIN, by: 'admin', kind: 'web', direction: 'inbound', subject: '官网留言咨询', summary: '询问 ERP 对接方案，已安排售前联系。', daysAgo: 4 },
];

const DEMO_DOCUMENTS = [
  {
    account: HONGDA,
    fileName: '2026年度报价单.csv',
    title: '2026 年度框架协议报价',
    category: 'quote',
    contentType: 'text/csv',
    body: '\uFEFF产品,规格,单价(元),数量\n重型货架,2000x600x2400,1280.00,120\n轻型货架,1500x500x2000,560.00,300\n',
    daysAgo: 4,
  },
  {
    account: HONGDA,
    fileName: '新仓库需求说明书.md',
    title: null,
    category: 'requirements',
    contentType: 'text/markdown',
    body: '# 新仓库需求说明书\n\n- 面积：6000 平方米\n- 货架：重型 120 组、轻型 300 组\n- 交付：2026 年 3 月前\n',
    daysAgo: 3,
  },
];

/**
 * The timeline of the demo customers (INT-01, INT-02, CUS-08): a rep with two customers shared to them,
 * interactions by the rep and the administrator (some replied to by the administrator), and two
 * documents. Safe to run again: it adds nothing once the demo interactions exist.
 */
export async function seedDemoTimeline(em: EntityManager, tenantId: string, adminId: string, storage: FileStorage): Promise<void> {
  const rep = await ensureDemoRep(em, tenantId, adminId);
  const accounts = new Map<string, AccountEntity>();
  for (const name of [HONGDA, GLOBEX, HENGXIN]) {
    const account = await em.findOneBy(AccountEntity, { tenantId, name });
    if (account) accounts.set(name, account);
  }
  for (const name of [HONGDA, GLOBEX]) {
    const account = accounts.get(name);
    if (!account) continue;
    const shared = await em.findOneBy(RecordShareEntity, { tenantId, recordType: CUSTOMER_RECORD, recordId: account.id, sharedWithUserId: rep.id });
    if (!shared) await em.insert(RecordShareEntity, { tenantId, recordType: CUSTOMER_RECORD, recordId: account.id, sharedWithUserId: rep.id, access: 'edit', createdByUserId: adminId });
  }
  if (await em.findOneBy(InteractionEntity, { tenantId, subject: DEMO_INTERACTIONS[0].subject })) return;

  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 24 * 3600 * 1000);
  for (const demo of DEMO_INTERACTIONS) {
    const account = accounts.get(demo.account);
    if (!account) continue;
    const occurredAt = daysAgo(demo.daysAgo);
    const contact = demo.contact ? await em.findOneBy(ContactEntity, { tenantId, accountId: account.id, displayName: demo.contact }) : null;
    await em.insert(InteractionEntity, {
      tenantId,
      accountId: account.id,
      contactId: contact?.id ?? null,
      kind: demo.kind,
      direction: demo.direction ?? null,
      subject: demo.subject,
      summary: demo.summary,
      occurredAt,
      ownerId: demo.by === 'rep' ? rep.id : adminId,
      managerReply: demo.reply ?? null,
      reviewedById: demo.reply ? adminId : null,
      reviewedAt: demo.reply ? new Date(occurredAt.getTime() + 3 * 3600 * 1000) : null,
    });
    if (!account.lastInteractionAt || account.lastInteractionAt < occurredAt) account.lastInteractionAt = occurredAt;
  }
  for (const account of accounts.values()) {
    await em.query('UPDATE customers.account SET last_interaction_at = $1 WHERE tenant_id = $2 AND id = $3', [account.lastInteractionAt, tenantId, account.id]);
  }
  for (const demo of DEMO_DOCUMENTS) {
    const account = accounts.get(demo.account);
    if (!account) continue;
    const body = Buffer.from(demo.body, 'utf8');
    const [{ id }] = (await em.query('SELECT gen_random_uuid() AS id')) as { id: string }[];
    const storageKey = tenantFileKey(tenantId, 'documents', id);
    await storage.put(storageKey, body);
    await em.insert(DocumentEntity, {
      tenantId,
      id,
      accountId: account.id,
      fileName: demo.fileName,
      title: demo.title,
      category: demo.category,
      contentType: demo.contentType,
      sizeBytes: String(body.length),
      checksum: createHash('sha256').update(body).digest('hex'),
      storageKey,
      uploadedById: rep.id,
      createdAt: daysAgo(demo.daysAgo),
    });
  }
}

async function ensureDemoRep(em: EntityManager, tenantId: string, adminId: string): Promise<UserEntity> {
  const existing = await em.findOneBy(UserEntity, { tenantId, email: DEMO_REP.email });
  if (existing) return existing;
  const admin = await em.findOneByOrFail(UserEntity, { tenantId, id: adminId });
  await em.insert(UserEntity, {
    tenantId,
    email: DEMO_REP.email,
    displayName: DEMO_REP.displayName,
    passwordHash: await hashPassword(DEMO_REP.password),
    unitId: admin.unitId,
  });
  const rep = await em.findOneByOrFail(UserEntity, { tenantId, email: DEMO_REP.email });
  const role = await em.findOneBy(RoleEntity, { tenantId, name: 'Sales representative' });
  if (role) await em.insert(UserRoleEntity, { tenantId, userId: rep.id, roleId: role.id });
  return rep;
}
