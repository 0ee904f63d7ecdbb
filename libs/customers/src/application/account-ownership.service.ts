import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import {
  AppConfig,
  AppError,
  assertCan,
  AuditLogEntity,
  AuditService,
  OrgUnitEntity,
  OutboxService,
  Page,
  PageArgs,
  paginate,
  Principal,
  RecordShareEntity,
  requirePrincipal,
  ShareAccess,
  SortColumn,
  TenantDb,
  UserEntity,
  visibilityCondition,
} from '@crm/platform';
import { alreadyClaimed, poolLimitReached } from '../customers.errors';
import { AccountEntity } from '../infrastructure/account.entity';
import { CustomerSettingsEntity } from '../infrastructure/customer-settings.entity';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS } from '../domain/change-approval/protected-fields';
import { applyAccountFilter } from './account-filter';
import type { AccountFilter } from './account.service';
import { assertMayReceive, forbiddenAt, managedUsers, mayReassign } from './ownership-authority';
import { CUSTOMER_RECORD } from './visible-accounts';

export type ReassignReason = 'assign' | 'transfer' | 'claim' | 'release';

export interface OwnershipChange {
  accountId: string;
  action: string;
  fromOwnerId: string | null;
  toOwnerId: string | null;
  actorUserId: string | null;
  occurredAt: Date;
}

export interface PoolQuota {
  limit: number;
  held: number;
  remaining: number;
}

export interface ShareTargets {
  accountIds: string[];
  userIds?: string[] | null;
  unitIds?: string[] | null;
  access?: ShareAccess | null;
}

const DEFAULT_POOL_CLAIM_LIMIT = 20;
/** Audit actions that move an account between owners (creation counts: it names the first owner). */
const OWNER_FIELD = 'ownerId';

/**
 * ACC-02: who owns a customer and who else sees it. Every bulk operation is all-or-nothing: the accounts
 * are locked, every id is checked (unknown or invisible: NOT_FOUND naming `input.accountIds.N`), and only
 * then is anything changed; each account gets its own audit row and the operation one outbox event.
 *
 * Authority (ADR 0007): changing an account's owner (assign, transfer, release, share) needs
 * `customer:edit` and either `customer:admin`, or being the owner's manager (data scope `all`, or
 * `subtree` with the owner in the caller's unit subtree), or — for release and share only — being the
 * owner. Giving an account to someone needs the same authority over the new owner.
 * The public pool (accounts with no owner) is seen by everyone with `customer:view`; a rep claims
 * with `customer:edit` up to the tenant's `poolClaimLimit` of pool accounts held at once.
 */
@Injectable()
export class AccountOwnershipService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async assign(accountIds: string[], ownerId: string): Promise<AccountEntity[]> {
    const principal = this.editor();
    return this.db.transaction(async (em) => {
      await assertMayReceive(em, principal, ownerId, 'input.ownerId');
      const accounts = await this.lockAccounts(em, principal, accountIds, { includePool: true });
      const managed = await managedUsers(em, principal, accounts.map((a) => a.ownerId));
      accounts.forEach((a, i) => {
        if (!mayReassign(principal, a.ownerId, managed)) throw forbiddenAt(`input.accountIds.${i}`, `you may not give away ${a.name}: only customer:admin or the owner's manager may`);
      });
      return this.reassign(em, accounts, ownerId, 'assign');
    });
  }

  async transfer(fromUserId: string, toUserId: string, accountIds?: string[] | null): Promise<AccountEntity[]> {
    const principal = this.editor();
    if (fromUserId === toUserId) throw AppError.badField('input.toUserId', 'must differ from fromUserId');
    return this.db.transaction(async (em) => {
      if (!(await em.existsBy(UserEntity, { id: fromUserId }))) throw AppError.badField('input.fromUserId', 'no such user');
      const managed = await managedUsers(em, principal, [fromUserId]);
      if (!mayReassign(principal, fromUserId, managed)) throw forbiddenAt('input.fromUserId', "only customer:admin or the user's manager may transfer their customers");
      await assertMayReceive(em, principal, toUserId, 'input.toUserId');
      let accounts: AccountEntity[];
      if (accountIds && accountIds.length > 0) {
        accounts = await this.lockAccounts(em, principal, accountIds, { includePool: false });
        accounts.forEach((a, i) => {
          if (a.ownerId !== fromUserId) throw AppError.badField(`input.accountIds.${i}`, `${a.name} is not owned by fromUserId`);
        });
      } else {
        accounts = await em
          .getRepository(AccountEntity)
          .createQueryBuilder('a')
          .where('a.ownerId = :fromUserId AND a.mergedIntoId IS NULL', { fromUserId })
          .orderBy('a.id')
          .setLock('pessimistic_write')
          .getMany();
      }
      return this.reassign(em, accounts, toUserId, 'transfer');
    });
  }

  async release(accountIds: string[]): Promise<AccountEntity[]> {
    const principal = this.editor();
    return this.db.transaction(async (em) => {
      const accounts = await this.lockAccounts(em, principal, accountIds, { includePool: false });
      const managed = await managedUsers(em, principal, accounts.map((a) => a.ownerId));
      accounts.forEach((a, i) => {
        if (a.ownerId === null) throw AppError.badField(`input.accountIds.${i}`, `${a.name} is already in the public pool`);
        if (a.ownerId !== principal.userId && !mayReassign(principal, a.ownerId, managed)) {
          throw forbiddenAt(`input.accountIds.${i}`, `only the owner of ${a.name}, their manager or customer:admin may return it to the pool`);
        }
      });
      return this.reassign(em, accounts, null, 'release');
    });
  }

  async claim(accountIds: string[]): Promise<AccountEntity[]> {
    const principal = this.editor();
    const userId = principal.userId!;
    const ids = unique(accountIds);
    return this.db.transaction(async (em) => {
      // One claim at a time per rep, so two parallel claims cannot both pass the limit.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`customers.pool.${principal.tenantId}.${userId}`]);
      const quota = await this.quotaIn(em, principal);
      if (ids.length > quota.remaining) throw poolLimitReached(quota);
      // Locks the pool rows; a row another rep claimed meanwhile no longer matches `owner_id IS NULL`.
      const free = await em
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .where('a.id IN (:...ids) AND a.ownerId IS NULL AND a.mergedIntoId IS NULL', { ids })
        .orderBy('a.id')
        .setLock('pessimistic_write')
        .getMany();
      const byId = new Map(free.map((a) => [a.id, a]));
      const missing = ids.findIndex((id) => !byId.has(id));
      if (missing >= 0) {
        const exists = await em.existsBy(AccountEntity, { id: ids[missing], mergedIntoId: IsNull() });
        if (exists) throw alreadyClaimed(`input.accountIds.${missing}`);
        throw AppError.notFound('Customer', ids[missing], `input.accountIds.${missing}`);
      }
      return this.reassign(em, ids.map((id) => byId.get(id)!), userId, 'claim');
    });
  }

  async share(targets: ShareTargets): Promise<AccountEntity[]> {
    const principal = this.editor();
    return this.db.transaction(async (em) => {
      const { accounts, userIds, unitIds } = await this.shareScope(em, principal, targets);
      const access = targets.access ?? 'view';
      for (const account of accounts) {
        for (const target of shareRows(userIds, unitIds)) {
          if (target.sharedWithUserId && target.sharedWithUserId === account.ownerId) continue;
          const existing = await em.findOneBy(RecordShareEntity, {
            recordType: CUSTOMER_RECORD,
            recordId: account.id,
            sharedWithUserId: target.sharedWithUserId ?? IsNull(),
            sharedWithUnitId: target.sharedWithUnitId ?? IsNull(),
          });
          if (existing?.access === access) continue;
          if (existing) await em.update(RecordShareEntity, { tenantId: existing.tenantId, id: existing.id }, { access });
          else await em.insert(RecordShareEntity, { tenantId: principal.tenantId, recordType: CUSTOMER_RECORD, recordId: account.id, ...target, access, createdByUserId: principal.userId ?? null });
          await this.audit.record(em, {
            recordType: CUSTOMER_RECORD,
            recordId: account.id,
            action: 'share',
            before: existing ? { ...target, access: existing.access } : null,
            after: { ...target, access },
          });
        }
      }
      return accounts;
    });
  }

  async unshare(targets: ShareTargets): Promise<AccountEntity[]> {
    const principal = this.editor();
    return this.db.transaction(async (em) => {
      const { accounts, userIds, unitIds } = await this.shareScope(em, principal, targets);
      for (const account of accounts) {
        for (const target of shareRows(userIds, unitIds)) {
          const existing = await em.findOneBy(RecordShareEntity, {
            recordType: CUSTOMER_RECORD,
            recordId: account.id,
            sharedWithUserId: target.sharedWithUserId ?? IsNull(),
            sharedWithUnitId: target.sharedWithUnitId ?? IsNull(),
          });
          if (!existing) continue;
          await em.delete(RecordShareEntity, { tenantId: existing.tenantId, id: existing.id });
          await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: 'unshare', before: { ...target, access: existing.access }, after: null });
        }
      }
      return accounts;
    });
  }

  /** The public pool: live accounts nobody owns, for everyone with customer:view. */
  async publicPool(query: PageArgs & { filter?: AccountFilter | null; orderBy: SortColumn[]; withTotalCount?: boolean }): Promise<Page<AccountEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction((em) => {
      const qb = em.getRepository(AccountEntity).createQueryBuilder('a').where('a.ownerId IS NULL AND a.mergedIntoId IS NULL');
      applyAccountFilter(qb, { ...(query.filter ?? {}), ownerId: null });
      return paginate(qb, { ...query, maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE, withTotalCount: query.withTotalCount });
    });
  }

  async quota(): Promise<PoolQuota> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction((em) => this.quotaIn(em, principal));
  }

  /** The tenant's poolClaimLimit (the settings screen; changing it needs customer:admin). */
  async poolClaimLimit(): Promise<number> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    const settings = await this.db.transaction((em) => em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId }));
    return settings?.poolClaimLimit ?? DEFAULT_POOL_CLAIM_LIMIT;
  }

  async updatePoolClaimLimit(limit: number): Promise<number> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    return this.db.transaction(async (em) => {
      const existing = await em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId });
      const before = existing?.poolClaimLimit ?? DEFAULT_POOL_CLAIM_LIMIT;
      await em.upsert(
        CustomerSettingsEntity,
        { tenantId: principal.tenantId, protectedAccountFields: existing?.protectedAccountFields ?? [...DEFAULT_PROTECTED_ACCOUNT_FIELDS], poolClaimLimit: limit },
        ['tenantId'],
      );
      await this.audit.record(em, { recordType: 'customer_settings', recordId: principal.tenantId, action: 'update', before: { poolClaimLimit: before }, after: { poolClaimLimit: limit } });
      return limit;
    });
  }

  /** Owner changes of each account (from the audit log: creation, assign, transfer, claim, release), newest first. */
  async historyOf(accountIds: readonly string[]): Promise<Map<string, OwnershipChange[]>> {
    const rows = await this.db.transaction((em) =>
      em
        .getRepository(AuditLogEntity)
        .createQueryBuilder('l')
        .where('l.recordType = :type AND l.recordId IN (:...ids)', { type: CUSTOMER_RECORD, ids: [...accountIds] })
        .andWhere(`l.changes -> '${OWNER_FIELD}' IS NOT NULL`)
        .orderBy('l.occurredAt', 'DESC')
        .addOrderBy('l.id', 'DESC')
        .getMany(),
    );
    const out = new Map<string, OwnershipChange[]>(accountIds.map((id) => [id, []]));
    for (const row of rows) {
      const change = row.changes[OWNER_FIELD];
      out.get(row.recordId)?.push({
        accountId: row.recordId,
        action: row.action,
        fromOwnerId: (change.before as string | null) ?? null,
        toOwnerId: (change.after as string | null) ?? null,
        actorUserId: row.actorUserId,
        occurredAt: row.occurredAt,
      });
    }
    return out;
  }

  /** Active users and units of the tenant, for the assign, transfer and share pickers. */
  async targets(): Promise<{ users: UserEntity[]; units: OrgUnitEntity[] }> {
    this.editor();
    return this.db.transaction(async (em) => ({
      users: await em.find(UserEntity, { where: { isActive: true }, order: { displayName: 'ASC' } }),
      units: await em.find(OrgUnitEntity, { order: { path: 'ASC' } }),
    }));
  }

  private editor(): Principal & { userId: string } {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    if (!principal.userId) throw AppError.forbidden('Only a user can own customers');
    return principal as Principal & { userId: string };
  }

  private async quotaIn(em: EntityManager, principal: Principal): Promise<PoolQuota> {
    const settings = await em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId });
    const limit = settings?.poolClaimLimit ?? DEFAULT_POOL_CLAIM_LIMIT;
    const held = principal.userId
      ? await em.getRepository(AccountEntity).createQueryBuilder('a').where('a.ownerId = :me AND a.claimedAt IS NOT NULL AND a.mergedIntoId IS NULL', { me: principal.userId }).getCount()
      : 0;
    return { limit, held, remaining: Math.max(0, limit - held) };
  }

  /**
   * The accounts, locked, in the order of the ids (duplicates dropped); NOT_FOUND naming the first id
   * that is unknown, merged away, or invisible to the principal (pool accounts count as visible when asked).
   */
  private async lockAccounts(em: EntityManager, principal: Principal, accountIds: string[], options: { includePool: boolean }): Promise<AccountEntity[]> {
    const ids = unique(accountIds);
    if (ids.length === 0) throw AppError.badField('input.accountIds', 'choose at least one customer');
    const visibility = visibilityCondition(principal, { recordType: CUSTOMER_RECORD, alias: 'a' });
    const visible = options.includePool ? `(${visibility.sql} OR "a"."owner_id" IS NULL)` : visibility.sql;
    const found = await em
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('a.id IN (:...ids) AND a.mergedIntoId IS NULL', { ids })
      .andWhere(visible, visibility.params)
      .orderBy('a.id')
      .setLock('pessimistic_write')
      .getMany();
    const byId = new Map(found.map((a) => [a.id, a]));
    const missing = ids.findIndex((id) => !byId.has(id));
    if (missing >= 0) throw AppError.notFound('Customer', ids[missing], `input.accountIds.${missing}`);
    return ids.map((id) => byId.get(id)!);
  }

  private async reassign(em: EntityManager, accounts: AccountEntity[], toOwnerId: string | null, reason: ReassignReason): Promise<AccountEntity[]> {
    const moving = accounts.filter((a) => a.ownerId !== toOwnerId);
    if (moving.length === 0) return accounts;
    const claimedAt = reason === 'claim' ? new Date() : null;
    await em
      .createQueryBuilder()
      .update(AccountEntity)
      .set({ ownerId: toOwnerId, claimedAt })
      .where('id IN (:...ids)', { ids: moving.map((a) => a.id) })
      .execute();
    for (const account of moving) {
      await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: reason, before: { ownerId: account.ownerId }, after: { ownerId: toOwnerId } });
    }
    await this.outbox.publish(em, {
      type: 'customer.accounts.reassigned',
      aggregateType: 'account',
      aggregateId: moving[0].id,
      payload: { reason, toOwnerId, changes: moving.map((a) => ({ accountId: a.id, fromOwnerId: a.ownerId })) },
    });
    const ids = accounts.map((a) => a.id);
    const fresh = await em.findBy(AccountEntity, { id: In(ids) });
    const byId = new Map(fresh.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id)!);
  }

  private async shareScope(em: EntityManager, principal: Principal, targets: ShareTargets) {
    const userIds = unique(targets.userIds ?? []);
    const unitIds = unique(targets.unitIds ?? []);
    if (userIds.length + unitIds.length === 0) throw AppError.badField('input.userIds', 'choose at least one user or unit');
    const users = new Set((await em.findBy(UserEntity, { id: In(userIds.length ? userIds : [NONE]) })).map((u) => u.id));
    userIds.forEach((id, i) => {
      if (!users.has(id)) throw AppError.badField(`input.userIds.${i}`, 'no such user');
    });
    const units = new Set((await em.findBy(OrgUnitEntity, { id: In(unitIds.length ? unitIds : [NONE]) })).map((u) => u.id));
    unitIds.forEach((id, i) => {
      if (!units.has(id)) throw AppError.badField(`input.unitIds.${i}`, 'no such unit');
    });
    const accounts = await this.lockAccounts(em, principal, targets.accountIds, { includePool: false });
    const managed = await managedUsers(em, principal, accounts.map((a) => a.ownerId));
    accounts.forEach((a, i) => {
      if (a.ownerId !== principal.userId && !mayReassign(principal, a.ownerId, managed)) {
        throw forbiddenAt(`input.accountIds.${i}`, `only the owner of ${a.name}, their manager or customer:admin may change who it is shared with`);
      }
    });
    return { accounts, userIds, unitIds };
  }
}

const NONE = '00000000-0000-0000-0000-000000000000';

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function shareRows(userIds: string[], unitIds: string[]): { sharedWithUserId: string | null; sharedWithUnitId: string | null }[] {
  return [...userIds.map((id) => ({ sharedWithUserId: id, sharedWithUnitId: null })), ...unitIds.map((id) => ({ sharedWithUserId: null, sharedWithUnitId: id }))];
}

