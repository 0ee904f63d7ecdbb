import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, assertCan, AuditService, Principal, requirePrincipal, TenantDb } from '@crm/platform';
import { relationshipProblems, seenFrom, type PartyRef, type RelationshipDirection, type RelationshipRoleName } from '../domain/contacts/relationship-rules';
import { AccountEntity } from '../infrastructure/account.entity';
import { ContactEntity } from '../infrastructure/contact.entity';
import { RelationshipEntity } from '../infrastructure/relationship.entity';
import { CUSTOMER_RECORD, visibleAccounts } from './visible-accounts';
import { CONTACT_RECORD, visibleContacts } from './visible-contacts';

export interface AddRelationshipCommand {
  fromType: PartyRef['type'];
  fromId: string;
  toType: PartyRef['type'];
  toId: string;
  role: RelationshipRoleName;
  note?: string | null;
}

/** A relationship as one party sees it. `other.name` is null when the caller may not see that party. */
export interface RelationshipView {
  id: string;
  role: RelationshipRoleName;
  note: string;
  direction: RelationshipDirection;
  createdAt: Date;
  other: { type: PartyRef['type']; id: string; name: string | null; visible: boolean; accountName: string | null };
}

const recordTypeOf = (type: PartyRef['type']) => (type === 'account' ? CUSTOMER_RECORD : CONTACT_RECORD);

/**
 * Relationships between people and organisations (DQ-06): "张伟 is decision maker at 宏达", "Globex
 * referred 宏达". Both ends must be visible to whoever links or unlinks them; each end's history records it.
 */
@Injectable()
export class RelationshipService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async add(command: AddRelationshipCommand): Promise<RelationshipEntity> {
    const principal = requirePrincipal();
    assertCan(principal, recordTypeOf(command.fromType), 'edit');
    assertCan(principal, recordTypeOf(command.toType), 'view');
    const from = { type: command.fromType, id: command.fromId };
    const to = { type: command.toType, id: command.toId };
    const problems = relationshipProblems(from, to);
    if (problems.length) throw AppError.validation(problems);
    const note = command.note?.trim() ?? '';

    return this.db.transaction(async (em) => {
      const fromName = await this.visibleName(em, principal, from);
      if (fromName === null) throw AppError.badField('input.fromId', 'no such record (or not yours to see)');
      const toName = await this.visibleName(em, principal, to);
      if (toName === null) throw AppError.badField('input.toId', 'no such record (or not yours to see)');
      // one link per (from, to, role): two people adding it at once wait for each other here
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`relationship:${from.type}:${from.id}:${to.type}:${to.id}:${command.role}`]);
      const existing = await em.findOneBy(RelationshipEntity, { fromType: from.type, fromId: from.id, toType: to.type, toId: to.id, role: command.role });
      if (existing) throw AppError.conflict('These two are already linked with this role', 'input.role');

      const relationship = await em.save(
        em.create(RelationshipEntity, { tenantId: principal.tenantId, fromType: from.type, fromId: from.id, toType: to.type, toId: to.id, role: command.role, note }),
      );
      const entry = { relationshipId: relationship.id, role: command.role, note };
      await this.audit.record(em, { recordType: recordTypeOf(from.type), recordId: from.id, action: 'relationship_added', after: { ...entry, to: `${to.type}:${toName}` } });
      await this.audit.record(em, { recordType: recordTypeOf(to.type), recordId: to.id, action: 'relationship_added', after: { ...entry, from: `${from.type}:${fromName}` } });
      return relationship;
    });
  }

  async remove(id: string): Promise<void> {
    const principal = requirePrincipal();
    await this.db.transaction(async (em) => {
      const relationship = await em.findOne(RelationshipEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!relationship) throw AppError.notFound('Relationship', id, 'input.id');
      const from = { type: relationship.fromType, id: relationship.fromId };
      const to = { type: relationship.toType, id: relationship.toId };
      const fromName = await this.visibleName(em, principal, from);
      const toName = await this.visibleName(em, principal, to);
      if (fromName === null || toName === null) throw AppError.notFound('Relationship', id, 'input.id');
      assertCan(principal, recordTypeOf(from.type), 'edit');
      await em.delete(RelationshipEntity, { id });
      const entry = { relationshipId: id, role: relationship.role, note: relationship.note };
      await this.audit.record(em, { recordType: recordTypeOf(from.type), recordId: from.id, action: 'relationship_removed', before: { ...entry, to: `${to.type}:${toName}` } });
      await this.audit.record(em, { recordType: recordTypeOf(to.type), recordId: to.id, action: 'relationship_removed', before: { ...entry, from: `${from.type}:${fromName}` } });
    });
  }

  /** Relationships of each party (already visible to the caller) in both directions, with the other party's name when visible (batched). */
  async of(type: PartyRef['type'], ids: readonly string[]): Promise<RelationshipView[][]> {
    const principal = requirePrincipal();
    return this.db.transaction(async (em) => {
      const rows = await em.find(RelationshipEntity, {
        where: [
          { fromType: type, fromId: In([...ids]) },
          { toType: type, toId: In([...ids]) },
        ],
        order: { createdAt: 'ASC' },
      });
      const others = rows.flatMap((r) => ids.filter((id) => id === r.fromId || id === r.toId).map((id) => seenFrom(r, { type, id }).other));
      const accountIds = [...new Set(others.filter((o) => o.type === 'account').map((o) => o.id))];
      const contactIds = [...new Set(others.filter((o) => o.type === 'contact').map((o) => o.id))];
      const accounts = accountIds.length ? await visibleAccounts(em, principal).andWhere('a.id IN (:...accountIds)', { accountIds }).getMany() : [];
      const contacts = contactIds.length ? await visibleContacts(em, principal).andWhere('c.id IN (:...contactIds)', { contactIds }).getMany() : [];
      const employerIds = [...new Set(contacts.map((c) => c.accountId).filter((a): a is string => !!a))];
      const employers = employerIds.length ? await em.find(AccountEntity, { where: { id: In(employerIds) }, select: { id: true, name: true } }) : [];
      const accountName = new Map(accounts.map((a) => [a.id, a.name]));
      const contactById = new Map<string, ContactEntity>(contacts.map((c) => [c.id, c]));
      const employerName = new Map(employers.map((a) => [a.id, a.name]));

      return ids.map((id) =>
        rows
          .filter((r) => (r.fromType === type && r.fromId === id) || (r.toType === type && r.toId === id))
          .map((r) => {
            const { direction, other } = seenFrom(r, { type, id });
            const contact = other.type === 'contact' ? contactById.get(other.id) : undefined;
            const name = other.type === 'account' ? (accountName.get(other.id) ?? null) : (contact?.displayName ?? null);
            return {
              id: r.id,
              role: r.role,
              note: r.note,
              direction,
              createdAt: r.createdAt,
              other: { ...other, name, visible: name !== null, accountName: contact?.accountId ? (employerName.get(contact.accountId) ?? null) : null },
            };
          }),
      );
    });
  }

  /** The party's name when the principal may see it, else null. */
  private async visibleName(em: EntityManager, principal: Principal, party: PartyRef): Promise<string | null> {
    if (party.type === 'account') {
      const account = await visibleAccounts(em, principal).andWhere('a.id = :pid', { pid: party.id }).getOne();
      return account?.name ?? null;
    }
    const contact = await visibleContacts(em, principal).andWhere('c.id = :pid', { pid: party.id }).getOne();
    return contact?.displayName ?? null;
  }
}
