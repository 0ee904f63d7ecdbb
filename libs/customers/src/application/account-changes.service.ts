import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, assertCan, AuditService, can, diffFields, OutboxService, Principal, requirePrincipal, TenantDb } from '@crm/platform';
import { CustomerErrorCode, duplicateSuspected } from '../customers.errors';
import { accountNameKeys } from '../domain/account-keys';
import type { LifecycleStage } from '../domain/account-types';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS, splitProtectedChanges } from '../domain/change-approval/protected-fields';
import { AccountEntity } from '../infrastructure/account.entity';
import { ChangeRequestEntity } from '../infrastructure/change-request.entity';
import { CustomerSettingsEntity } from '../infrastructure/customer-settings.entity';
import { stageChangeProblem } from '../domain/lifecycle/stage-transitions';
import { partyFacts, settleUnknownFields, unknownFieldProblems } from '../domain/quality/unknown-fields';
import { AddressEntity } from '../infrastructure/address.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { tierFor, type Money } from '../domain/value/tier';
import { applyAddressChange, BILLING_ADDRESS_FIELD, type AddressChange } from './address-changes';
import { checkPartyDetails, insertPartyDetails, type CheckedPartyDetails, type NewContactPoint } from './party-details';
import { accountValue, tierRulesOf } from './tier-rules';
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
  /** CUS-07 customer value; null clears it. */
  value?: Money | null;
  /** CUS-02: the customer's phones, e-mails and handles, the whole list (absent or null: unchanged). */
  contactPoints?: NewContactPoint[] | null;
}

export interface UpdateAccountCommand extends AccountChanges {
  id: string;
  /** The version the editor saw: a concurrent change makes the edit fail instead of overwriting it. */
  version: number;
  allowDuplicate?: boolean | null;
}

/**
 * Fields that can be protected: everything an edit may change except the free-text notes, plus the
 * billing address (DQ-04), which lives in its own rows (see account-address.service.ts).
 */
export const PROTECTABLE_ACCOUNT_FIELDS = ['name', 'lifecycleStage', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'tier', 'tags', BILLING_ADDRESS_FIELD] as const;

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
    private readonly outbox: OutboxService,
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
    const { id, version, allowDuplicate, unknownFields, value, contactPoints, ...rest } = command;
    const requested: Record<string, unknown> = { ...rest };
    if (typeof rest.name === 'string') requested.name = rest.name.trim();
    if (requested.name === '') throw AppError.validation([{ field: 'input.name', message: 'must not be empty' }]);
    const points = contactPoints != null ? checkPartyDetails(contactPoints, []) : null;
    // phone, e-mail and address are checked against what the customer has once the edit applies (below)
    const unknownProblems = [...(points?.problems ?? []), ...unknownFieldProblems(unknownFields, command as unknown as Record<string, unknown>)];
    if (unknownProblems.length) throw AppError.validation(unknownProblems);
    // Value is two columns; compared and stored as such (minor units as the bigint column's string).
    if (value !== undefined) Object.assign(requested, { valueMinor: value ? String(value.amountMinor) : null, valueCurrency: value?.currency ?? null });

    return this.db.transaction(async (em) => {
      const account = await this.lockVisible(em, principal, id);
      if (account.version !== version) {
        throw new AppError(CustomerErrorCode.VERSION_CONFLICT, `Someone changed this customer meanwhile (now version ${account.version}); reload and edit again`, 'conflict', 'input.version', [], { currentVersion: account.version });
      }
      const protectedFields = await this.protectedFields(em, principal.tenantId);
      const { apply, hold } = splitProtectedChanges(account as unknown as Record<string, unknown>, requested, protectedFields, can(principal, CUSTOMER_RECORD, 'admin'));
      const stage = (apply.lifecycleStage ?? hold.lifecycleStage) as LifecycleStage | undefined;
      const stageProblem = stage ? stageChangeProblem(account.lifecycleStage, stage) : null;
      if (stageProblem) throw AppError.badField('input.lifecycleStage', stageProblem);
      if ('valueMinor' in apply || 'valueCurrency' in apply) {
        const rules = await this.tierRules(em, principal.tenantId);
        const value = accountValue({ valueMinor: (apply.valueMinor ?? account.valueMinor) as string | null, valueCurrency: (apply.valueCurrency ?? account.valueCurrency) as string | null });
        // With tier rules, the tier follows the value (CUS-05); without, it stays as entered.
        if (rules && !('tier' in hold)) apply.tier = tierFor(value, rules);
      }
      // what the customer has is read only when the edit touches it or its "unknown" marks
      const touchesFacts = points !== null || unknownFields !== undefined;
      const pointsBefore = touchesFacts ? await em.find(ContactPointEntity, { where: { partyType: 'account', partyId: account.id } }) : [];
      const facts = touchesFacts
        ? partyFacts((points?.points ?? pointsBefore).map((p) => p.kind), await em.count(AddressEntity, { where: { partyType: 'account', partyId: account.id } }))
        : {};
      const factProblems = unknownFieldProblems(unknownFields?.filter((f) => f in facts), facts);
      if (factProblems.length) throw AppError.validation(factProblems);
      const settled = settleUnknownFields(account.unknownFields, unknownFields, { ...account, ...apply, value: accountValue({ ...account, ...apply } as AccountEntity), ...facts });
      if (JSON.stringify(settled) !== JSON.stringify([...account.unknownFields].sort())) apply.unknownFields = settled;

      if (typeof apply.name === 'string') {
        const candidates = await this.duplicates.findAccounts(em, principal, { kind: account.kind, name: apply.name, excludeId: account.id });
        if (candidates.length && !allowDuplicate) throw duplicateSuspected(candidates);
      }
      if (points && !allowDuplicate) await this.recheckContactPoints(em, principal, account, points, pointsBefore);
      const before = { ...account };
      const pointChange = points ? await this.replaceContactPoints(em, account, points, contactPoints, pointsBefore) : null;
      if (Object.keys(apply).length > 0 || pointChange) {
        Object.assign(account, apply);
        if (typeof apply.name === 'string') Object.assign(account, accountNameKeys(account.kind, apply.name));
        // CUS-07: a stage set by a person starts the clock of the automatic inactive/churned detection afresh
        if (account.lifecycleStage !== before.lifecycleStage) account.stageSetAt = new Date();
        // a change of phones alone is a change of the customer too (its version moves on)
        if (pointChange) account.updatedAt = new Date();
        await em.save(account);
        await this.audit.record(em, {
          recordType: CUSTOMER_RECORD,
          recordId: id,
          action: 'update',
          before: { ...pick(before, Object.keys(apply)), ...(pointChange && { contactPoints: pointChange.before }) },
          after: { ...pick(account, Object.keys(apply)), ...(pointChange && { contactPoints: pointChange.after }) },
        });
        await this.publishStageChange(em, account.id, before.lifecycleStage, account.lifecycleStage);
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
        const { [BILLING_ADDRESS_FIELD]: addressChange, ...fieldChanges } = request.changes;
        if (addressChange) await applyAddressChange(em, this.audit, account, addressChange as AddressChange);
        const after: Record<string, unknown> = Object.fromEntries(Object.entries(fieldChanges).map(([field, change]) => [field, change.after]));
        if (Object.keys(after).length > 0) {
          const stageProblem = typeof after.lifecycleStage === 'string' ? stageChangeProblem(account.lifecycleStage, after.lifecycleStage as LifecycleStage) : null;
          if (stageProblem) throw AppError.badField('input.id', `the customer's stage changed meanwhile: ${stageProblem}`);
          const before = pick(account, [...Object.keys(after), 'unknownFields']);
          Object.assign(account, after);
          if (typeof after.name === 'string') Object.assign(account, accountNameKeys(account.kind, after.name));
          if ('lifecycleStage' in before && before.lifecycleStage !== account.lifecycleStage) account.stageSetAt = new Date();
          account.unknownFields = settleUnknownFields(account.unknownFields, undefined, { ...account, value: accountValue(account) });
          await em.save(account);
          await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: 'update', before, after: pick(account, Object.keys(before)) });
          await this.publishStageChange(em, account.id, before.lifecycleStage as LifecycleStage, account.lifecycleStage);
        }
      }
      await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: approve ? 'change_approved' : 'change_rejected', after: { changeRequestId: request.id, note: note ?? null } });
      return { changeRequest: request, account };
    });
  }

  /**
   * DQ-02 on edit: a phone or e-mail the customer did not have, that another customer has, asks first
   * (the same candidates as on create; a name that did not change is no new reason).
   */
  private async recheckContactPoints(em: EntityManager, principal: Principal, account: AccountEntity, points: CheckedPartyDetails, pointsBefore: ContactPointEntity[]): Promise<void> {
    const had = new Set(pointsBefore.map((p) => p.normalized));
    const probe = { emails: points.emails.filter((e) => !had.has(e)), phones: points.phones.filter((p) => !had.has(p)) };
    if (probe.emails.length + probe.phones.length === 0) return;
    const candidates = (await this.duplicates.findAccounts(em, principal, { kind: account.kind, name: account.name, ...probe, excludeId: account.id })).filter((c) =>
      c.reasons.some((r) => r.code === 'SAME_EMAIL' || r.code === 'SAME_PHONE'),
    );
    if (candidates.length) throw duplicateSuspected(candidates, 'customer', 'input.contactPoints');
  }

  /** Writes the customer's new list of contact points; their `kind:normalized` before and after when they changed. */
  private async replaceContactPoints(
    em: EntityManager,
    account: AccountEntity,
    points: CheckedPartyDetails,
    inputs: NewContactPoint[] | null | undefined,
    pointsBefore: ContactPointEntity[],
  ): Promise<{ before: string[]; after: string[] } | null> {
    const before = pointsBefore.map((p) => `${p.kind}:${p.normalized}`);
    const shape = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort().join('\n');
    const was = shape(pointsBefore.map((p) => [p.kind, p.value, p.label ?? null, p.isPrimary]));
    if (was === shape(points.points.map((p, i) => [p.kind, p.value, inputs?.[i]?.label ?? null, inputs?.[i]?.isPrimary ?? false]))) return null;
    await em.delete(ContactPointEntity, { partyType: 'account', partyId: account.id });
    const after = await insertPartyDetails(em, { tenantId: account.tenantId, type: 'account', id: account.id }, points.points, inputs, []);
    return { before, after };
  }

  /** Pending requests per account id, for the record page (batched). */
  async pendingFor(accountIds: readonly string[]): Promise<ChangeRequestEntity[][]> {
    const rows = await this.db.transaction((em) =>
      em.find(ChangeRequestEntity, { where: { recordType: CUSTOMER_RECORD, recordId: In([...accountIds]), status: 'pending' }, order: { requestedAt: 'ASC' } }),
    );
    return accountIds.map((id) => rows.filter((r) => r.recordId === id));
  }

  private tierRules(em: EntityManager, tenantId: string) {
    return tierRulesOf(em, tenantId);
  }

  private async publishStageChange(em: EntityManager, accountId: string, from: LifecycleStage, to: LifecycleStage): Promise<void> {
    if (from === to) return;
    await this.outbox.publish(em, { type: 'customer.account.stage-changed', aggregateType: 'account', aggregateId: accountId, payload: { accountId, from, to } });
  }

  /** The account locked for a change, if the principal may see it; otherwise NOT_FOUND on `field`. */
  async lockVisible(em: EntityManager, principal: Principal, id: string, field = 'input.id'): Promise<AccountEntity> {
    const account = await visibleAccounts(em, principal).andWhere('a.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!account) throw AppError.notFound('Customer', id, field);
    return account;
  }
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (source as Record<string, unknown>)[k]]));
}
