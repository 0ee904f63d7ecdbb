import { EntityManager } from 'typeorm';
import { accountNameKeys } from '../domain/account-keys';
import { normalizeEmail, normalizePhone } from '../domain/dedup/normalize';
import { AccountEntity } from '../infrastructure/account.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { CustomerSettingsEntity } from '../infrastructure/customer-settings.entity';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS } from '../domain/change-approval/protected-fields';

/** A pair the duplicate cluster finds (same phone, same name in Simplified and Traditional). */
const TWINS = [
  { name: '杭州西湖茶业有限公司', phone: '0571 8765 4321', email: 'order@xihutea.example.cn' },
  { name: '杭州西湖茶業股份有限公司', phone: '0571-87654321', email: null },
];
/** A typo the similar-name rule puts in one cluster (DQ-05). */
const SIMILAR = [
  { name: 'Northwind Traders Ltd', phone: '021 6000 1001' },
  { name: 'Northwind Tradres Ltd', phone: '021 6000 2002' },
];
/** Untouched for months: the stale section's example. */
const STALE_NAME = '深圳市前海云链物流有限公司';
/** CUS-05 values, in fen: with the demo rules A from 1,000,000 CNY, B from 100,000, C below. */
const VALUES: Record<string, { minor: string; tier: string }> = {
  上海宏达贸易有限公司: { minor: '128000000', tier: 'A' },
  'Globex Industries GmbH': { minor: '35000000', tier: 'B' },
  张伟: { minor: '860000', tier: 'C' },
};

/**
 * Makes the demo tenant's data-quality report (DQ-05) worth opening: a duplicate pair, a pair of
 * similar names, a stale
 * customer (the other demo customers already lack a phone, an address or an industry), and customer
 * values with tier rules (CUS-05). Runs after the demo customers; idempotent.
 */
export async function seedDemoDataQuality(em: EntityManager, tenantId: string, ownerId: string | null): Promise<void> {
  for (const twin of [...TWINS, ...SIMILAR.map((s) => ({ ...s, email: null }))]) {
    if (await em.findOneBy(AccountEntity, { tenantId, name: twin.name })) continue;
    const account = await em.save(
      em.create(AccountEntity, { tenantId, kind: 'company', name: twin.name, ...accountNameKeys('company', twin.name), ownerId, lifecycleStage: 'prospect', tags: ['华东'], createdById: ownerId }),
    );
    const points = [
      { kind: 'phone' as const, value: twin.phone, normalized: normalizePhone(twin.phone) ?? twin.phone },
      ...(twin.email ? [{ kind: 'email' as const, value: twin.email, normalized: normalizeEmail(twin.email) }] : []),
    ];
    await em.insert(ContactPointEntity, points.map((p, i) => ({ tenantId, partyType: 'account' as const, partyId: account.id, ...p, label: 'work', isPrimary: i === 0 })));
  }
  // A raw update: TypeORM would stamp updated_at with now. The similar pair sorts after the other
  // demo customers in the list (newest first) and is not stale at 6 months.
  await em.query(
    `UPDATE customers.account SET updated_at = now() - interval '4 months', created_at = LEAST(created_at, now() - interval '1 year')
      WHERE tenant_id = $1 AND name = ANY($2) AND updated_at > now() - interval '4 months'`,
    [tenantId, SIMILAR.map((s) => s.name)],
  );
  await em.query(
    `UPDATE customers.account SET updated_at = now() - interval '9 months', created_at = LEAST(created_at, now() - interval '2 years'), last_interaction_at = NULL
      WHERE tenant_id = $1 AND name = $2 AND updated_at > now() - interval '6 months'`,
    [tenantId, STALE_NAME],
  );
  if (!(await em.findOneBy(CustomerSettingsEntity, { tenantId }))) {
    await em.insert(CustomerSettingsEntity, {
      tenantId,
      protectedAccountFields: [...DEFAULT_PROTECTED_ACCOUNT_FIELDS],
      tierRules: { currency: 'CNY', thresholds: [{ tier: 'A', minMinor: '100000000' }, { tier: 'B', minMinor: '10000000' }, { tier: 'C', minMinor: '0' }] } as never,
    });
  }
  for (const [name, value] of Object.entries(VALUES)) {
    await em.query(`UPDATE customers.account SET value_minor = $3, value_currency = 'CNY', tier = $4 WHERE tenant_id = $1 AND name = $2 AND value_minor IS NULL`, [tenantId, name, value.minor, value.tier]);
  }
}
