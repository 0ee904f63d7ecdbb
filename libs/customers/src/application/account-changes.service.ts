import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, assertCan, AuditService, can, diffFields, Principal, requirePrincipal, TenantDb } from '@crm/platform';
import { CustomerErrorCode, duplicateSuspected } from '../customers.errors';
import { accountNameKeys } from '../domain/account-keys';
import type { LifecycleStage } from '../domain/account-types';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS, splitProtectedChanges } from '../domain/change-approval/protected-fields';
import { AccountEntity } from '../infrastructure/account.entity';
import { ChangeRequestEntity } from '../infrastructure/change-request.entity';
import { CustomerSettingsEntity } from '../infrastructure/customer-settings.entity';
import { UNKNOWABLE_ACCOUNT_FIELDS } from './account.service';
import { CUSTOMER_RECORD, visibleAccounts } from './visible-accounts';
import { DuplicateFinder } from './duplicate-finder';

/** The account fields an edit may change; `name` re-runs the duplicate check. */
export interface AccountChanges {
  name?: string;
  lifecycleStage?: LifecycleStage;
  industry?: string | null;
  source?: string | null;
  website?: string | null;
  taxId?: string | null;
  creditTermsDays?: number | null;
  tier?: string | null;
  notes?: string;
  tags?: string[];
  unknownFields?: string[];
}

export interface UpdateAccountCommand extends AccountChanges {
  id: string;
  /** The version the editor saw: a concurrent change makes the edit fail instead of overwriting it. */
  version: number;
  allowDuplicate?: boolean | null;
}

/** Fields that can be protected: everything an edit may change except the free-text notes. */
export const PROTECTABLE_ACCOUNT_FIELDS = ['name', 'lifecycleStage', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'tier', 'tags'] as const;

/**
 * Editing accounts (DQ-04): changes to protected fields by someone without `customer:admin` become a
 * change request, visible on the record, that an approver accepts or rejects; only then does it apply.
 */
@Injectable()
export class AccountChangesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly duplicates: DuplicateFinder,
  ) {}

  async protectedFields(em: EntityManager, tenantId: string): Promise<string[]> {
    const settings = await em.findOneBy(CustomerSettingsEntity, { tenantId });
    return settings?.protectedAccountFields ?? [...DEFAULT_PROTECTED_ACCOUNT_FIELDS];
  }

  async settings(): Promise<{ protectedAccountFields: string[] }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction(async (em) => ({ protectedAccountFields: await this.protectedFields(em, principal.tenantId) }));
  }

  async updateSettings(protectedAccountFields: string[]): Promise<{ protectedAccountFields: string[] }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    const unknown = protectedAccountFields.filter((f) => !(PROTECTABLE_ACCOUNT_FIELDS as readonly string[]).includes(f));
    if (unknown.length) {
      throw AppError.validation([{ field: 'input.protectedAccountFields', message: `cannot protect ${unknown.join(', ')}; choose from ${PROTECTABLE_ACCOUNT_FIELDS.join(', ')}` }]);
    }
    const fields = [...new Set(protectedAccountFields)];
    return this.db.transaction(async (em) => {
      const before = await this.protectedFields(em, principal.tenantId);
      await em.upsert(CustomerSettingsEntity, { tenantId: principal.tenantId, protectedAccountFields: fields }, ['tenantId']);
      await this.audit.record(em, { recordType: 'customer_settings', recordId: principal.tenantId, action: 'update', before: { protectedAccountFields: before }, after: { protectedAccountFields: fields } });
      return { protectedAccountFields: fields };
    });
  }

  async update(command: UpdateAccountCommand): Promise<{ account: AccountEntity; changeRequest: ChangeRequestEntity | null }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    const { id, version, allowDuplicate, ...requested } = command;
    if (requested.name !== undefined) requested.name = requested.name.trim();
    if (requested.name === '') throw AppError.validation([{ field: 'input.name', message: 'must not be empty' }]);
    for (const field of requested.unknownFields ?? []) {
      if (!(UNKNOWABLE_ACCOUNT_FIELDS as readonly string[]).includes(field)) {
        throw AppError.validation([{ field: 'input.unknownFields', message: `${field} cannot be marked unknown` }]);
      }
    }

    return this.db.transaction(async (em) => {
      const account = await this.lockVisible(em, principal, id);
      if (account.version !== version) {
        throw new AppError(CustomerErrorCode.VERSION_CONFLICT, `Someone changed this customer meanwhile (now version ${account.version}); reload and edit again`, 'conflict', 'input.version', [], { currentVersion: account.version });
      }
      const protectedFields = await this.protectedFields(em, principal.tenantId);
      const { apply, hold } = splitProtectedChanges(account as unknown as Record<string, unknown>, requested as Record<string, unknown>, protectedFields, can(principal, CUSTOMER_RECORD, 'admin'));

      if (typeof apply.name === 'string') {
        const candidates = await this.duplicates.findAccounts(em, principal, { kind: account.kind, name: apply.name, excludeId: account.id });
        if (candidates.length && !allowDuplicate) throw duplicateSuspected(candidates);
      }
      const before = { ...account };
      if (Object.keys(apply).length > 0) {
        Object.assign(account, apply);
        if (typeof apply.name === 'string') Object.assign(account, accountNameKeys(account.kind, apply.name));
        await em.save(account);
        await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: id, action: 'update', before: pick(before, Object.keys(apply)), after: pick(account, Object.keys(apply)) });
      }
      let changeRequest: ChangeRequestEntity | null = null;
      if (Object.keys(hold).length > 0) {
        changeRequest = await em.save(
          em.create(ChangeRequestEntity, {
            tenantId: principal.tenantId,
            recordType: CUSTOMER_RECORD,
            recordId: id,
            changes: diffFields(pick(before, Object.keys(hold)), hold as Record<string, unknown>),
            requestedById: principal.userId ?? null,
          }),
        );
        await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: id, action: 'change_requested', after: { changeRequestId: changeRequest.id, fields: Object.keys(hold) } });
      }
      return { account, changeRequest };
    });
  }

  async decide(requestId: string, approve: boolean, note?: string | null): Promise<{ changeRequest: ChangeRequestEntity; account: AccountEntity }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    return this.db.transaction(async (em) => {
      const request = await em.findOne(ChangeRequestEntity, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw AppError.notFound('Change request', requestId, 'input.id');
      if (request.status !== 'pending') {
        throw new AppError(CustomerErrorCode.CHANGE_REQUEST_DECIDED, `This change request was already ${request.status}`, 'conflict', 'input.id');
      }
      const account = await this.lockVisible(em, principal, request.recordId);
      request.status = approve ? 'approved' : 'rejected';
      request.decidedById = principal.userId ?? null;
      request.decidedAt = new Date();
      request.decisionNote = note ?? null;
      await em.save(request);
      if (approve) {
        const after = Object.fromEntries(Object.entries(request.changes).map(([field, change]) => [field, change.after]));
        const before = pick(account, Object.keys(after));
        Object.assign(account, after);
        if (typeof after.name === 'string') Object.assign(account, accountNameKeys(account.kind, after.name));
        await em.save(account);
        await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: 'update', before, after: pick(account, Object.keys(after)) });
      }
      await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: approve ? 'change_approved' : 'change_rejected', after: { changeRequestId: request.id, note: note ?? null } });
      return { changeRequest: request, account };
    });
  }

  /** Pending requests per account id, for the record page (batched). */
  async pendingFor(accountIds: readonly string[]): Promise<ChangeRequestEntity[][]> {
    const rows = await this.db.transaction((em) =>
      em.find(ChangeRequestEntity, { where: { recordType: CUSTOMER_RECORD, recordId: In([...accountIds]), status: 'pending' }, order: { requestedAt: 'ASC' } }),
    );
    return accountIds.map((id) => rows.filter((r) => r.recordId === id));
  }

  private async lockVisible(em: EntityManager, principal: Principal, id: string): Promise<AccountEntity> {
    const account = await visibleAccounts(em, principal).andWhere('a.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!account) throw AppError.notFound('Customer', id, 'input.id');
    return account;
  }
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (source as Record<string, unknown>)[k]]));
}
