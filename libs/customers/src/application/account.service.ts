import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AppConfig,
  AppError,
  assertCan,
  AuditService,
  FieldProblem,
  OutboxService,
  Page,
  PageArgs,
  paginate,
  Principal,
  requirePrincipal,
  SortColumn,
  TenantDb,
} from '@crm/platform';
import { duplicateSuspected } from '../customers.errors';
import { accountNameKeys } from '../domain/account-keys';
import type { AccountKind, LifecycleStage } from '../domain/account-types';
import { partyFacts, settleUnknownFields, unknownFieldProblems } from '../domain/quality/unknown-fields';
import { tierFor, type Money } from '../domain/value/tier';
import { tierRulesOf } from './tier-rules';
import { AccountEntity } from '../infrastructure/account.entity';
import { applyAccountFilter } from './account-filter';
import { DuplicateCandidate, DuplicateFinder } from './duplicate-finder';
import { checkPartyDetails, insertPartyDetails, type NewAddress, type NewContactPoint } from './party-details';
import { CUSTOMER_RECORD, visibleAccounts } from './visible-accounts';

export { CUSTOMER_RECORD };
export type { NewAddress, NewContactPoint };

export interface CreateAccountCommand {
  kind: AccountKind;
  name: string;
  parentAccountId?: string | null;
  lifecycleStage?: LifecycleStage | null;
  industry?: string | null;
  source?: string | null;
  website?: string | null;
  taxId?: string | null;
  notes?: string | null;
  tags?: string[] | null;
  unknownFields?: string[] | null;
  /** CUS-07 customer value, entered by hand or imported until orders feed it. */
  value?: Money | null;
  contactPoints?: NewContactPoint[] | null;
  addresses?: NewAddress[] | null;
  /** Create although duplicates are suspected (the user looked at the candidates and said "no"). */
  allowDuplicate?: boolean | null;
  /**
   * The caller has already searched for duplicates (a bulk import, by the strong reasons only) and these
   * are what it found: the create does not search again.
   */
  checkedDuplicates?: DuplicateCandidate[] | null;
}

export interface AccountFilter {
  search?: string | null;
  kind?: AccountKind | null;
  lifecycleStage?: LifecycleStage | null;
  ownerId?: string | null;
  tag?: string | null;
  parentAccountId?: string | null;
}

export interface AccountListQuery extends PageArgs {
  filter?: AccountFilter | null;
  orderBy: SortColumn[];
  withTotalCount?: boolean;
}


/** Accounts (CUS-01): create with validation and duplicate check, read and list through the visibility rule. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly duplicates: DuplicateFinder,
    private readonly config: AppConfig,
  ) {}

  /** DQ-02 for integrators and the web form: who might this be, and why. */
  async checkDuplicates(probe: { kind: AccountKind; name: string; emails?: string[]; phones?: string[]; excludeId?: string }): Promise<DuplicateCandidate[]> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction((em) => this.duplicates.findAccounts(em, principal, probe));
  }

  async create(command: CreateAccountCommand): Promise<{ account: AccountEntity; duplicates: DuplicateCandidate[] }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'create');
    const points = checkPartyDetails(command.contactPoints, command.addresses);
    const problems: FieldProblem[] = [...points.problems];
    const name = command.name.trim();
    if (!name) problems.push({ field: 'input.name', message: 'must not be empty' });
    // DQ-05: what the new customer is, for "unknown" checks (its phones, e-mails and addresses count too)
    const facts: Record<string, unknown> = { ...command, ...partyFacts(points.points.map((p) => p.kind), command.addresses?.length ?? 0) };
    problems.push(...unknownFieldProblems(command.unknownFields, facts));
    if (problems.length) throw AppError.validation(problems);

    return this.db.transaction(async (em) => {
      if (command.parentAccountId) await this.assertVisibleParent(em, principal, command.parentAccountId);
      const duplicates =
        command.checkedDuplicates ??
        (await this.duplicates.findAccounts(em, principal, {
          kind: command.kind,
          name,
          emails: points.emails,
          phones: points.phones,
        }));
      if (duplicates.length > 0 && !command.allowDuplicate) throw duplicateSuspected(duplicates);

      const account = em.create(AccountEntity, {
        tenantId: principal.tenantId,
        kind: command.kind,
        name,
        ...accountNameKeys(command.kind, name),
        parentAccountId: command.parentAccountId ?? null,
        ownerId: principal.userId ?? null,
        lifecycleStage: command.lifecycleStage ?? 'prospect',
        industry: command.industry ?? null,
        source: command.source ?? null,
        website: command.website ?? null,
        taxId: command.taxId ?? null,
        notes: command.notes ?? '',
        tags: [...new Set((command.tags ?? []).map((t) => t.trim()).filter(Boolean))],
        unknownFields: settleUnknownFields([], command.unknownFields, facts),
        valueMinor: command.value ? String(command.value.amountMinor) : null,
        valueCurrency: command.value?.currency ?? null,
        tier: tierFor(command.value, await tierRulesOf(em, principal.tenantId)),
        createdById: principal.userId ?? null,
      });
      await em.save(account);
      const savedPoints = await insertPartyDetails(em, { tenantId: principal.tenantId, type: 'account', id: account.id }, points.points, command.contactPoints, command.addresses);

      await this.audit.record(em, {
        recordType: CUSTOMER_RECORD,
        recordId: account.id,
        action: 'create',
        after: { ...snapshot(account), contactPoints: savedPoints, allowDuplicate: !!command.allowDuplicate },
      });
      await this.outbox.publish(em, {
        type: 'customer.account.created',
        aggregateType: 'account',
        aggregateId: account.id,
        payload: { accountId: account.id, kind: account.kind, ownerId: account.ownerId },
      });
      return { account, duplicates };
    });
  }

  /** One account, if it exists and the principal may see it; otherwise NOT_FOUND (never "forbidden", which would tell it exists). */
  async get(id: string): Promise<AccountEntity> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction(async (em) => {
      const account = await visibleAccounts(em, principal).andWhere('a.id = :id', { id }).getOne();
      if (!account) throw AppError.notFound('Customer', id);
      return account;
    });
  }

  async list(query: AccountListQuery): Promise<Page<AccountEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction((em) => {
      const qb = visibleAccounts(em, principal);
      applyAccountFilter(qb, query.filter);
      return paginate(qb, {
        ...query,
        orderBy: query.orderBy,
        maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE,
        withTotalCount: query.withTotalCount,
      });
    });
  }

  private async assertVisibleParent(em: EntityManager, principal: Principal, parentId: string): Promise<void> {
    const parent = await visibleAccounts(em, principal).andWhere('a.id = :parentId', { parentId }).getOne();
    if (!parent) throw AppError.validation([{ field: 'input.parentAccountId', message: 'no such customer (or not yours to see)' }]);
  }
}

function snapshot(account: AccountEntity): Record<string, unknown> {
  const { tenantId: _t, nameKey: _k, namePinyin: _p, createdAt: _c, updatedAt: _u, version: _v, ...rest } = account;
  return rest;
}
