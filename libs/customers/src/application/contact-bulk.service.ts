import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, assertCan, AuditService, can, OutboxService, Principal, PrincipalLoader, requirePrincipal, TenantDb } from '@crm/platform';
import { CustomerErrorCode } from '../customers.errors';
import { ContactEntity } from '../infrastructure/contact.entity';
import { assertMayReceive, forbiddenAt, managedUsers, mayReassign } from './ownership-authority';
import { CONTACT_RECORD, contactVisibility, visibleContacts } from './visible-contacts';

/** Most people one bulk operation takes: a few pages of the contacts list. */
export const MAX_BULK_CONTACTS = 500;

/**
 * CUS-03 bulk actions on the contacts list, all-or-nothing: the people are locked, every id is checked
 * (unknown, merged away or not visible: NOT_FOUND naming `input.contactIds.N`, never FORBIDDEN, which would
 * tell that it exists), and only then is anything changed; each person gets their own audit row.
 * Archive and restore follow the one-person rules (ADR 0013); assigning an owner follows ADR 0007 and
 * ADR 0019 (a person at a customer goes only to someone who sees that customer).
 */
@Injectable()
export class ContactBulkService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly principals: PrincipalLoader,
  ) {}

  archive(contactIds: string[]): Promise<ContactEntity[]> {
    return this.setArchived(contactIds, true);
  }

  restore(contactIds: string[]): Promise<ContactEntity[]> {
    return this.setArchived(contactIds, false);
  }

  async assign(contactIds: string[], ownerId: string): Promise<ContactEntity[]> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    if (!principal.userId) throw AppError.forbidden('Only a user can give people to another user');
    return this.db.transaction(async (em) => {
      await assertMayReceive(em, principal, ownerId, 'input.ownerId', 'people');
      const contacts = await this.lockVisible(em, principal, contactIds);
      const managed = await managedUsers(em, principal, contacts.map((c) => c.ownerId));
      contacts.forEach((c, i) => {
        if (!mayReassign(principal, c.ownerId, managed)) throw forbiddenAt(`input.contactIds.${i}`, `you may not give away ${c.displayName}: only customer:admin or the owner's manager may`);
      });
      await this.assertReceiverSees(em, principal, ownerId, contacts);
      const moving = contacts.filter((c) => c.ownerId !== ownerId);
      if (moving.length === 0) return contacts;
      await em.update(ContactEntity, { id: In(moving.map((c) => c.id)) }, { ownerId });
      await this.audit.recordMany(
        em,
        moving.map((contact) => ({ recordType: CONTACT_RECORD, recordId: contact.id, action: 'assign', before: { ownerId: contact.ownerId }, after: { ownerId } })),
      );
      await this.outbox.publish(em, {
        type: 'customer.contacts.reassigned',
        aggregateType: 'contact',
        aggregateId: moving[0].id,
        payload: { toOwnerId: ownerId, changes: moving.map((c) => ({ contactId: c.id, accountId: c.accountId, fromOwnerId: c.ownerId })) },
      });
      return this.reread(em, contacts);
    });
  }

  /** Adds one tag to each person who lacks it (those who have it stay as they are); audited and announced per changed person. */
  async addTag(contactIds: string[], tag: string): Promise<ContactEntity[]> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    const clean = tag.trim();
    if (!clean) throw AppError.badField('input.tag', 'must not be empty');
    return this.db.transaction(async (em) => {
      const contacts = await this.lockVisible(em, principal, contactIds);
      const changing = contacts.filter((c) => !c.tags.includes(clean));
      const before = new Map(changing.map((c) => [c.id, [...c.tags]]));
      for (const contact of changing) contact.tags = [...contact.tags, clean];
      await em.save(changing);
      await this.audit.recordMany(
        em,
        changing.map((contact) => ({ recordType: CONTACT_RECORD, recordId: contact.id, action: 'update', before: { tags: before.get(contact.id) }, after: { tags: contact.tags } })),
      );
      await this.outbox.publishMany(
        em,
        changing.map((contact) => ({
          type: 'customer.contact.updated' as const,
          aggregateType: 'contact',
          aggregateId: contact.id,
          payload: { contactId: contact.id, accountId: contact.accountId, changed: ['tags'] },
        })),
      );
      return this.reread(em, contacts);
    });
  }

  private async setArchived(contactIds: string[], archive: boolean): Promise<ContactEntity[]> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    return this.db.transaction(async (em) => {
      const contacts = await this.lockVisible(em, principal, contactIds);
      contacts.forEach((c, i) => {
        if (archive && c.archivedAt) throw new AppError(CustomerErrorCode.CONTACT_ALREADY_ARCHIVED, `${c.displayName} is archived already`, 'conflict', `input.contactIds.${i}`);
        if (!archive && !c.archivedAt) throw new AppError(CustomerErrorCode.CONTACT_NOT_ARCHIVED, `${c.displayName} is not archived; there is nothing to restore`, 'conflict', `input.contactIds.${i}`);
      });
      const archivedAt = archive ? new Date() : null;
      const archivedById = archive ? (principal.userId ?? null) : null;
      // one statement for the batch; TypeORM bumps each version, so an edit form opened before notices
      await em
        .createQueryBuilder()
        .update(ContactEntity)
        .set({ archivedAt, archivedById })
        .where('id IN (:...ids)', { ids: contacts.map((c) => c.id) })
        .execute();
      const action = archive ? 'archive' : 'restore';
      await this.audit.recordMany(
        em,
        contacts.map((contact) => ({
          recordType: CONTACT_RECORD,
          recordId: contact.id,
          action,
          before: { archivedAt: contact.archivedAt?.toISOString() ?? null, archivedById: contact.archivedById },
          after: { archivedAt: archivedAt?.toISOString() ?? null, archivedById },
        })),
      );
      await this.outbox.publishMany(
        em,
        contacts.map((contact) => ({
          type: archive ? ('customer.contact.archived' as const) : ('customer.contact.restored' as const),
          aggregateType: 'contact',
          aggregateId: contact.id,
          payload: { contactId: contact.id, accountId: contact.accountId, byUserId: principal.userId ?? null },
        })),
      );
      return this.reread(em, contacts);
    });
  }

  /** The people, locked, in the order of the ids (repeats dropped); NOT_FOUND naming the first one missing or not visible. */
  private async lockVisible(em: EntityManager, principal: Principal, contactIds: string[]): Promise<ContactEntity[]> {
    const ids = [...new Set(contactIds)];
    if (ids.length === 0) throw AppError.badField('input.contactIds', 'choose at least one person');
    if (ids.length > MAX_BULK_CONTACTS) throw AppError.badField('input.contactIds', `at most ${MAX_BULK_CONTACTS} people at once`);
    const found = await visibleContacts(em, principal).andWhere('c.id IN (:...ids)', { ids }).orderBy('c.id').setLock('pessimistic_write', undefined, ['c']).getMany();
    const byId = new Map(found.map((c) => [c.id, c]));
    const missing = ids.findIndex((id) => !byId.has(id));
    if (missing >= 0) throw AppError.notFound('Contact', ids[missing], `input.contactIds.${missing}`);
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * A person at a customer is seen through the customer (ADR 0010): giving them to someone who cannot see
   * that customer would hand over a record its owner cannot open. People without a customer become
   * visible to their new owner by ownership itself.
   */
  private async assertReceiverSees(em: EntityManager, principal: Principal, ownerId: string, contacts: ContactEntity[]): Promise<void> {
    const receiver = await this.principals.load(em, principal.tenantId, ownerId);
    if (!receiver || !can(receiver, CONTACT_RECORD, 'view')) throw AppError.badField('input.ownerId', 'this user may not see people (no contact:view)');
    const atCustomers = contacts.filter((c) => c.accountId !== null);
    if (atCustomers.length === 0) return;
    const visibility = contactVisibility(receiver, 'r');
    const seen = new Set(
      (
        await em
          .getRepository(ContactEntity)
          .createQueryBuilder('r')
          .select('r.id', 'id')
          .where('r.id IN (:...ids)', { ids: atCustomers.map((c) => c.id) })
          .andWhere(visibility.sql, visibility.params)
          .getRawMany<{ id: string }>()
      ).map((r) => r.id),
    );
    const index = contacts.findIndex((c) => c.accountId !== null && !seen.has(c.id));
    if (index >= 0) {
      throw AppError.badField(`input.contactIds.${index}`, `the new owner cannot see the customer ${contacts[index].displayName} works at: assign or share that customer first`);
    }
  }

  private async reread(em: EntityManager, contacts: ContactEntity[]): Promise<ContactEntity[]> {
    const fresh = await em.findBy(ContactEntity, { id: In(contacts.map((c) => c.id)) });
    const byId = new Map(fresh.map((c) => [c.id, c]));
    return contacts.map((c) => byId.get(c.id)!);
  }
}
