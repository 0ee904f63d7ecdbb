import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { hashPassword, OrgUnitEntity, RoleEntity, UserEntity, UserRoleEntity } from '@crm/platform';
import { accountNameKeys } from '../domain/account-keys';
import { AccountEntity } from '../infrastructure/account.entity';
import { CustomerViewEntity } from '../infrastructure/customer-view.entity';

export const DEMO_REPS = [
  { email: 'wang.fang@demo.local', password: 'demo-rep-2026', displayName: '王芳 Wang Fang' },
  { email: 'li.qiang@demo.local', password: 'demo-rep-2026', displayName: '李强 Li Qiang' },
] as const;
const SALES_UNIT = '销售一部 Sales Team 1';

const POOL_ACCOUNTS = [
  { name: '杭州西溪文化传媒有限公司', industry: '传媒', tags: ['华东'] },
  { name: '广州珠江食品有限公司', industry: '食品', tags: ['华南'] },
  { name: '武汉光谷新材料有限公司', industry: '材料', tags: ['华中'] },
  { name: 'Nordic Timber AB', industry: 'Timber', tags: ['export'] },
];
const WANG_ACCOUNTS = [
  { name: '南京紫金电子有限公司', industry: '电子', tags: ['华东'] },
  { name: '苏州工业园精密机械有限公司', industry: '机械', tags: ['华东', 'vip'] },
];

/**
 * ACC-02 / CUS-03 demo: two sales reps in a sales unit below the administrator's, a few customers
 * owned by one rep, public-pool customers (no owner), and a saved view shared with everyone.
 */
export async function seedDemoOwnership(em: EntityManager, tenantId: string, adminId: string | null): Promise<void> {
  if (!adminId) return;
  const admin = await em.findOneByOrFail(UserEntity, { tenantId, id: adminId });
  const repRole = await em.findOneBy(RoleEntity, { tenantId, name: 'Sales representative' });
  if (!repRole) return;
  let unit = await em.findOneBy(OrgUnitEntity, { tenantId, name: SALES_UNIT });
  if (!unit) {
    const parent = admin.unitId ? await em.findOneBy(OrgUnitEntity, { tenantId, id: admin.unitId }) : null;
    const id = randomUUID();
    await em.insert(OrgUnitEntity, { tenantId, id, name: SALES_UNIT, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` });
    unit = await em.findOneByOrFail(OrgUnitEntity, { tenantId, id });
  }
  const reps: UserEntity[] = [];
  for (const rep of DEMO_REPS) {
    let user = await em.findOneBy(UserEntity, { tenantId, email: rep.email });
    if (!user) {
      await em.insert(UserEntity, { tenantId, email: rep.email, displayName: rep.displayName, passwordHash: await hashPassword(rep.password), unitId: unit.id });
      user = await em.findOneByOrFail(UserEntity, { tenantId, email: rep.email });
      await em.insert(UserRoleEntity, { tenantId, userId: user.id, roleId: repRole.id });
    }
    reps.push(user);
  }
  const accounts = [...POOL_ACCOUNTS.map((a) => ({ ...a, ownerId: null })), ...WANG_ACCOUNTS.map((a) => ({ ...a, ownerId: reps[0].id }))];
  for (const demo of accounts) {
    if (await em.findOneBy(AccountEntity, { tenantId, name: demo.name })) continue;
    await em.save(
      em.create(AccountEntity, {
        tenantId,
        kind: 'company',
        name: demo.name,
        ...accountNameKeys('company', demo.name),
        ownerId: demo.ownerId,
        lifecycleStage: 'prospect',
        industry: demo.industry,
        tags: demo.tags,
        createdById: adminId,
      }),
    );
  }
  if (!(await em.findOneBy(CustomerViewEntity, { tenantId, ownerId: adminId, list: 'accounts', name: 'VIP 客户 VIP customers' }))) {
    await em.insert(CustomerViewEntity, {
      tenantId,
      ownerId: adminId,
      list: 'accounts',
      name: 'VIP 客户 VIP customers',
      filter: { tag: 'vip' },
      orderBy: { field: 'NAME', direction: 'ASC' },
      columns: null,
      shared: true,
    });
  }
  // CUS-03: the contacts list's shared view: people with an e-mail, newest changes first, the columns a mailing needs
  if (!(await em.findOneBy(CustomerViewEntity, { tenantId, ownerId: adminId, list: 'contacts', name: '有邮箱的联系人 People with e-mail' }))) {
    await em.insert(CustomerViewEntity, {
      tenantId,
      ownerId: adminId,
      list: 'contacts',
      name: '有邮箱的联系人 People with e-mail',
      filter: { hasEmail: true },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      columns: ['name', 'customer', 'email', 'tags', 'updatedAt'],
      shared: true,
    });
  }
}
