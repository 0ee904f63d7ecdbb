import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  AppConfig,
  AppError,
  assertCan,
  AuditService,
  can,
  FieldProblem,
  OutboxService,
  Page,
  PageArgs,
  paginate,
  Principal,
  requirePrincipal,
  SortDirection,
  TenantDb,
} from '@crm/platform';
import { CustomerErrorCode } from '../../customers.errors';
import { AccountEntity } from '../../infrastructure/account.entity';
import { ContactEntity } from '../../infrastructure/contact.entity';
import { InteractionEntity, InteractionKind } from '../../infrastructure/interaction.entity';
import { CUSTOMER_RECORD, visibleAccountCondition, visibleAccounts } from '../visible-accounts';
import { visibleContacts } from '../visible-contacts';

export const INTERACTION_RECORD = 'interaction';
export type InteractionDirection = 'inbound' | 'outbound';

/** How far ahead of the server's clock an "occurred at" may be (clocks of phones differ a little). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface LogInteractionCommand {
  accountId: string;
  contactId?: string | null;
  kind: InteractionKind;
  direction?: InteractionDirection | null;
  subject: string;
  summary?: string | null;
  occurredAt: Date;
}

export interface UpdateInteractionCommand {
  id: string;
  contactId?: string | null;
  kind?: InteractionKind | null;
  direction?: InteractionDirection | null;
  subject?: string | null;
  summary?: string | null;
  occurredAt?: Date | null;
}

/**
 * Interactions (INT-01) and their review by a manager (INT-02). An interaction is visible to whoever
 * sees its account; it is edited only by its author; it is reviewed by someone who manages the author
 * (their unit is at or above the author's, with a team-wide data scope) or by a customer admin, never
 * by its author.
 */
@Injectable()
export class InteractionService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async log(command: LogInteractionCommand): Promise<InteractionEntity> {
    const principal = requirePrincipal();
    assertCan(principal, INTERACTION_RECORD, 'create');
    const subject = command.subject.trim();
    const problems = this.fieldProblems({ ...command, subject }, new Date());
    return this.db.transaction(async (em) => {
      await this.visibleAccount(em, principal, command.accountId, 'input.accountId');
      if (command.contactId) problems.push(...(await this.contactProblems(em, command.contactId, command.accountId)));
      if (problems.length) throw AppError.validation(problems);
      const interaction = await em.save(
        em.create(InteractionEntity, {
          tenantId: principal.tenantId,
          accountId: command.accountId,
          contactId: command.contactId ?? null,
          kind: command.kind,
          direction: command.kind === 'note' ? null : (command.direction ?? null),
          subject,
          summary: command.summary?.trim() ?? '',
          occurredAt: command.occurredAt,
          ownerId: principal.userId ?? null,
        }),
      );
      await this.touchAccount(em, interaction);
      await this.audit.record(em, { recordType: INTERACTION_RECORD, recordId: interaction.id, action: 'create', after: snapshot(interaction) });
      await this.outbox.publish(em, {
        type: 'customer.interaction.logged',
        aggregateType: 'account',
        aggregateId: interaction.accountId,
        payload: {
          interactionId: interaction.id,
          accountId: interaction.accountId,
          contactId: interaction.contactId,
          kind: interaction.kind,
          authorId: interaction.ownerId,
          occurredAt: interaction.occurredAt.toISOString(),
        },
      });
      return interaction;
    });
  }

  /** Only the author edits, and only before a manager replied (the reply answers what was written). */
  async update(command: UpdateInteractionCommand): Promise<InteractionEntity> {
    const principal = requirePrincipal();
    assertCan(principal, INTERACTION_RECORD, 'edit');
    return this.db.transaction(async (em) => {
      const interaction = await this.lockVisible(em, principal, command.id);
      if (!principal.userId || interaction.ownerId !== principal.userId) throw AppError.forbidden('Only the author may edit an interaction');
      if (interaction.reviewedAt) {
        throw new AppError(CustomerErrorCode.INTERACTION_REVIEWED, 'A manager already replied to this interaction; log a new one instead', 'conflict', 'input.id');
      }
      // null or omitted: unchanged, except for the two fields that may be cleared (direction, contact)
      const next = {
        kind: command.kind ?? interaction.kind,
        direction: command.direction !== undefined ? command.direction : interaction.direction,
        subject: typeof command.subject === 'string' ? command.subject.trim() : interaction.subject,
        occurredAt: command.occurredAt ?? interaction.occurredAt,
      };
      const problems = this.fieldProblems(next, new Date());
      if (command.contactId) problems.push(...(await this.contactProblems(em, command.contactId, interaction.accountId)));
      if (problems.length) throw AppError.validation(problems);
      const before = snapshot(interaction);
      Object.assign(interaction, next, {
        direction: next.kind === 'note' ? null : next.direction,
        summary: typeof command.summary === 'string' ? command.summary.trim() : interaction.summary,
        contactId: command.contactId !== undefined ? command.contactId : interaction.contactId,
      });
      await em.save(interaction);
      await this.touchAccount(em, interaction);
      await this.audit.record(em, { recordType: INTERACTION_RECORD, recordId: interaction.id, action: 'update', before, after: snapshot(interaction) });
      return interaction;
    });
  }

  /** INT-02: a manager's reply with guidance; a second review replaces the reply (both are in the audit log). */
  async review(interactionId: string, reply: string): Promise<InteractionEntity> {
    const principal = requirePrincipal();
    assertCan(principal, INTERACTION_RECORD, 'edit');
    const text = reply.trim();
    if (!text) throw AppError.badField('input.reply', 'must not be empty');
    return this.db.transaction(async (em) => {
      const interaction = await this.lockVisible(em, principal, interactionId, 'input.interactionId');
      await this.assertManages(em, principal, interaction);
      const before = { managerReply: interaction.managerReply, reviewedById: interaction.reviewedById };
      interaction.managerReply = text;
      interaction.reviewedById = principal.userId ?? null;
      interaction.reviewedAt = new Date();
      await em.save(interaction);
      await this.audit.record(em, {
        recordType: INTERACTION_RECORD,
        recordId: interaction.id,
        action: 'review',
        before,
        after: { managerReply: interaction.managerReply, reviewedById: interaction.reviewedById },
      });
      await this.outbox.publish(em, {
        type: 'customer.interaction.reviewed',
        aggregateType: 'account',
        aggregateId: interaction.accountId,
        payload: { interactionId: interaction.id, accountId: interaction.accountId, authorId: interaction.ownerId, reviewedById: interaction.reviewedById },
      });
      return interaction;
    });
  }

  /** One interaction, when its account is visible; NOT_FOUND otherwise. */
  async get(id: string): Promise<InteractionEntity> {
    const principal = requirePrincipal();
    assertCan(principal, INTERACTION_RECORD, 'view');
    return this.db.transaction(async (em) => {
      const found = await this.visibleInteractions(em, principal).andWhere('i.id = :id', { id }).getOne();
      if (!found) throw AppError.notFound('Interaction', id);
      return found;
    });
  }

  /**
   * INT-02: the caller's review queue, newest first: interactions not yet replied to, by members of the
   * caller's unit subtree (any author for a customer admin), never the caller's own. Empty for a rep.
   */
  async toReview(args: PageArgs): Promise<Page<InteractionEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, INTERACTION_RECORD, 'view');
    return this.db.transaction((em) => {
      const qb = this.visibleInteractions(em, principal).andWhere('i.reviewedAt IS NULL');
      qb.andWhere('i.ownerId IS DISTINCT FROM :me', { me: principal.userId ?? null });
      if (!can(principal, CUSTOMER_RECORD, 'admin')) {
        const team = teamCondition(principal, 'i.owner_id');
        qb.andWhere(team.sql, team.params);
      }
      return paginate(qb, {
        first: args.first,
        after: args.after,
        orderBy: [{ column: 'occurredAt', direction: SortDirection.DESC }],
        maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE,
      });
    });
  }

  /** INT-01: one person's own timeline: the interactions about them, newest first; NOT_FOUND when the person is not visible. */
  async ofContact(contactId: string, args: PageArgs): Promise<Page<InteractionEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, INTERACTION_RECORD, 'view');
    return this.db.transaction(async (em) => {
      const contact = await visibleContacts(em, principal).andWhere('c.id = :contactId', { contactId }).getOne();
      if (!contact) throw AppError.notFound('Contact', contactId, 'contactId');
      return paginate(this.visibleInteractions(em, principal).andWhere('i.contactId = :contactId', { contactId }), {
        first: args.first,
        after: args.after,
        orderBy: [{ column: 'occurredAt', direction: SortDirection.DESC }],
        maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE,
      });
    });
  }

  /** Interactions of accounts the principal sees (aliases `i` and `a`). */
  visibleInteractions(em: EntityManager, principal: Principal): SelectQueryBuilder<InteractionEntity> {
    const visible = visibleAccountCondition(principal, 'a');
    return em
      .getRepository(InteractionEntity)
      .createQueryBuilder('i')
      .innerJoin(AccountEntity, 'a', 'a.tenantId = i.tenantId AND a.id = i.accountId')
      .where(visible.sql, visible.params);
  }

  private fieldProblems(fields: { kind: string; direction?: string | null; subject: string; occurredAt: Date }, now: Date): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (!fields.subject) problems.push({ field: 'input.subject', message: 'must not be empty' });
    if (Number.isNaN(fields.occurredAt.getTime())) problems.push({ field: 'input.occurredAt', message: 'is not a valid time' });
    else if (fields.occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) problems.push({ field: 'input.occurredAt', message: 'must not be in the future; plan future work as a task' });
    if (fields.kind === 'note' && fields.direction) problems.push({ field: 'input.direction', message: 'a note has no direction' });
    return problems;
  }

  private async contactProblems(em: EntityManager, contactId: string, accountId: string): Promise<FieldProblem[]> {
    const contact = await em.findOneBy(ContactEntity, { id: contactId });
    return contact && contact.accountId === accountId ? [] : [{ field: 'input.contactId', message: 'is not a contact of this customer' }];
  }

  private async visibleAccount(em: EntityManager, principal: Principal, id: string, field: string): Promise<AccountEntity> {
    const account = await visibleAccounts(em, principal).andWhere('a.id = :accountId', { accountId: id }).getOne();
    if (!account) throw AppError.notFound('Customer', id, field);
    return account;
  }

  private async lockVisible(em: EntityManager, principal: Principal, id: string, field = 'input.id'): Promise<InteractionEntity> {
    const found = await this.visibleInteractions(em, principal).andWhere('i.id = :id', { id }).getOne();
    if (!found) throw AppError.notFound('Interaction', id, field);
    // lock the row itself (not the account) so concurrent edits and reviews queue up
    return em.findOneOrFail(InteractionEntity, { where: { tenantId: found.tenantId, id }, lock: { mode: 'pessimistic_write' } });
  }

  private async assertManages(em: EntityManager, principal: Principal, interaction: InteractionEntity): Promise<void> {
    if (principal.userId && interaction.ownerId === principal.userId) throw AppError.forbidden('You cannot review your own interaction');
    if (can(principal, CUSTOMER_RECORD, 'admin')) return;
    const team = teamCondition(principal, ':author');
    const inTeam = team.sql !== 'FALSE' && interaction.ownerId && (await em.createQueryBuilder().select('1').fromDummy().where(team.sql, { ...team.params, author: interaction.ownerId }).getRawMany()).length > 0;
    if (!inTeam) throw AppError.forbidden('Only a manager of the author may review an interaction');
  }

  /** Keeps the account's "last contact" current without touching its version (an edit in progress must not conflict). */
  private async touchAccount(em: EntityManager, interaction: InteractionEntity): Promise<void> {
    await em.query(
      `UPDATE customers.account SET last_interaction_at = GREATEST(COALESCE(last_interaction_at, $2), $2) WHERE tenant_id = $1 AND id = $3`,
      [interaction.tenantId, interaction.occurredAt, interaction.accountId],
    );
  }
}

/**
 * "The author is in my team": the user in `ownerSql` belongs to a unit at or below the principal's
 * unit, and the principal's roles see their team (data scope subtree or all).
 */
export function teamCondition(principal: Principal, ownerSql: string): { sql: string; params: Record<string, unknown> } {
  if (!principal.userId || !principal.unitPath || (principal.dataScope ?? 'own') === 'own') return { sql: 'FALSE', params: {} };
  return {
    sql:
      `EXISTS (SELECT 1 FROM platform."user" team_u JOIN platform.org_unit team_ou ON team_ou.tenant_id = team_u.tenant_id AND team_ou.id = team_u.unit_id ` +
      `WHERE team_u.id = ${ownerSql} AND team_ou.path LIKE :teamPath)`,
    params: { teamPath: `${principal.unitPath.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
  };
}

function snapshot(row: InteractionEntity): Record<string, unknown> {
  const { tenantId: _t, createdAt: _c, ...rest } = row;
  return rest;
}
