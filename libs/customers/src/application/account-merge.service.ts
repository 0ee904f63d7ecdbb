import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, assertCan, AuditService, can, OutboxService, Principal, requirePrincipal, TenantDb } from '@crm/platform';
import { planMerge } from '../domain/merge/merge-plan';
import { AccountEntity } from '../infrastructure/account.entity';
import { MergeRecordEntity } from '../infrastructure/merge-record.entity';
import { AccountChangesService } from './account-changes.service';
import { collapseRelationships, moveRelated, planOrFail } from './merge-support';
import { CUSTOMER_RECORD, visibleAccounts } from './visible-accounts';

/** Fields the merger chooses among; tags are unioned. */
export const MERGEABLE_ACCOUNT_FIELDS = [
  'name',
  'parentAccountId',
  'lifecycleStage',
  'tier',
  'industry',
  'source',
  'website',
  'taxId',
  'creditTermsDays',
  'notes',
  'tags',
] as const;
type MergeableField = (typeof MERGEABLE_ACCOUNT_FIELDS)[number];

export interface MergeAccountsCommand {
  survivorId: string;
  mergedIds: string[];
  /** field → id of the account whose value wins; by default the survivor's, else the first non-empty. */
  fieldChoices?: { field: string; fromAccountId: string }[];
}

/** Related rows that follow their account into the survivor: table, column(s) naming the account. */
const RELATED: { kind: string; sql: string }[] = [
  { kind: 'contacts', sql: `UPDATE customers.contact SET account_id = $1 WHERE account_id = ANY($2)` },
  { kind: 'contactPoints', sql: `UPDATE customers.contact_point SET party_id = $1, is_primary = false WHERE party_type = 'account' AND party_id = ANY($2)` },
  { kind: 'addresses', sql: `UPDATE customers.address SET party_id = $1, is_primary = false WHERE party_type = 'account' AND party_id = ANY($2)` },
  { kind: 'interactions', sql: `UPDATE customers.interaction SET account_id = $1 WHERE account_id = ANY($2)` },
  { kind: 'documents', sql: `UPDATE customers.document SET account_id = $1 WHERE account_id = ANY($2)` },
  { kind: 'relationshipsFrom', sql: `UPDATE customers.relationship SET from_id = $1 WHERE from_type = 'account' AND from_id = ANY($2)` },
  { kind: 'relationshipsTo', sql: `UPDATE customers.relationship SET to_id = $1 WHERE to_type = 'account' AND to_id = ANY($2)` },
  { kind: 'childAccounts', sql: `UPDATE customers.account SET parent_account_id = $1 WHERE parent_account_id = ANY($2)` },
  { kind: 'changeRequests', sql: `UPDATE customers.change_request SET record_id = $1 WHERE record_id = ANY($2)` },
  { kind: 'shares', sql: `UPDATE platform.record_share SET record_id = $1 WHERE record_type = 'customer' AND record_id = ANY($2)` },
];

/**
 * DQ-03: merges duplicate accounts into one survivor. In one transaction: the survivor takes the
 * chosen values, every related record moves to it, the merged accounts are marked (never deleted),
 * a merge record keeps their snapshots and where each value came from, every account gets an audit
 * row, and an event tells other contexts to re-point their references.
 */
@Injectable()
export class AccountMergeService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly changes: AccountChangesService,
  ) {}

  async merge(command: MergeAccountsCommand): Promise<{ survivor: AccountEntity; record: MergeRecordEntity }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    assertCan(principal, CUSTOMER_RECORD, 'delete');
    const mergedIds = [...new Set(command.mergedIds)];
    if (mergedIds.length === 0) throw AppError.badField('input.mergedIds', 'choose at least one customer to merge into the survivor');
    if (mergedIds.includes(command.survivorId)) throw AppError.badField('input.mergedIds', 'the survivor cannot be merged into itself');

    return this.db.transaction(async (em) => {
      const accounts = await this.lockVisible(em, principal, [command.survivorId, ...mergedIds]);
      const survivor = accounts.get(command.survivorId);
      if (!survivor) throw AppError.notFound('Customer', command.survivorId, 'input.survivorId');
      const others = mergedIds.map((id, i) => {
        const account = accounts.get(id);
        if (!account) throw AppError.notFound('Customer', id, `input.mergedIds.${i}`);
        return account;
      });

      const choices = Object.fromEntries((command.fieldChoices ?? []).map((c) => [c.field, c.fromAccountId]));
      const plan = this.plan(survivor, others, choices);

      // Protected fields (DQ-04) keep the survivor's value unless the merger may change them directly.
      if (!can(principal, CUSTOMER_RECORD, 'admin')) {
        const protectedFields = await this.changes.protectedFields(em, principal.tenantId);
        for (const entry of plan.provenance) {
          if (protectedFields.includes(entry.field) && JSON.stringify(entry.value ?? null) !== JSON.stringify(survivor[entry.field as MergeableField] ?? null)) {
            throw AppError.forbidden(`${entry.field} is protected: only an approver may take it from another record in a merge`);
          }
        }
      }
      if (plan.values.parentAccountId && mergedIds.includes(plan.values.parentAccountId as string)) plan.values.parentAccountId = null;

      const before = { ...survivor };
      Object.assign(survivor, plan.values);
      await em.save(survivor);

      const movedCounts = await moveRelated(em, RELATED, survivor.id, mergedIds);
      await collapseRelationships(em, survivor.id);
      await em.update(AccountEntity, { id: In(mergedIds) }, { mergedIntoId: survivor.id });

      const record = await em.save(
        em.create(MergeRecordEntity, {
          tenantId: principal.tenantId,
          recordType: CUSTOMER_RECORD,
          survivorId: survivor.id,
          mergedIds,
          provenance: plan.provenance,
          mergedSnapshots: others.map((o) => ({ ...o })),
          movedCounts,
          mergedById: principal.userId ?? null,
        }),
      );
      await this.audit.record(em, {
        recordType: CUSTOMER_RECORD,
        recordId: survivor.id,
        action: 'merge',
        before: pickFields(before),
        after: { ...pickFields(survivor), mergedIds, mergeRecordId: record.id },
      });
      for (const other of others) {
        await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: other.id, action: 'merged_into', after: { mergedIntoId: survivor.id, mergeRecordId: record.id } });
      }
      await this.outbox.publish(em, {
        type: 'customer.accounts.merged',
        aggregateType: 'account',
        aggregateId: survivor.id,
        payload: { survivorId: survivor.id, mergedIds, mergeRecordId: record.id },
      });
      return { survivor, record };
    });
  }

  /** Every merge that formed this account, newest first. */
  async history(accountId: string): Promise<MergeRecordEntity[]> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction(async (em) => {
      const found = await this.lockVisible(em, principal, [accountId], false);
      if (!found.has(accountId)) throw AppError.notFound('Customer', accountId, 'accountId');
      return em.find(MergeRecordEntity, { where: { recordType: CUSTOMER_RECORD, survivorId: accountId }, order: { mergedAt: 'DESC' } });
    });
  }

  private plan(survivor: AccountEntity, others: AccountEntity[], choices: Record<string, string>) {
    return planOrFail(() =>
      planMerge(
        { id: survivor.id, values: pickFields(survivor) },
        others.map((o) => ({ id: o.id, values: pickFields(o) })),
        MERGEABLE_ACCOUNT_FIELDS,
        choices,
        ['tags'],
      ),
    );
  }

  private async lockVisible(em: EntityManager, principal: Principal, ids: string[], lock = true): Promise<Map<string, AccountEntity>> {
    const qb = visibleAccounts(em, principal).andWhere('a.id IN (:...ids)', { ids }).orderBy('a.id');
    if (lock) qb.setLock('pessimistic_write');
    return new Map((await qb.getMany()).map((a) => [a.id, a]));
  }
}

function pickFields(account: AccountEntity): Record<MergeableField, unknown> {
  return Object.fromEntries(MERGEABLE_ACCOUNT_FIELDS.map((f) => [f, account[f]])) as Record<MergeableField, unknown>;
}
