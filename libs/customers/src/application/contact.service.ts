import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
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
import { CustomerErrorCode, duplicateSuspected } from '../customers.errors';
import { contactName, contactNameKeys } from '../domain/contacts/contact-name';
import { AddressEntity } from '../infrastructure/address.entity';
import { ConsentEntity } from '../infrastructure/consent.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { ContactEntity } from '../infrastructure/contact.entity';
import { InteractionEntity } from '../infrastructure/interaction.entity';
import { RelationshipEntity } from '../infrastructure/relationship.entity';
import { applyContactFilter, type ContactFilter } from './contact-filter';
import { ContactDuplicateCandidate, DuplicateFinder } from './duplicate-finder';
import { addressSummary, checkPartyDetails, insertPartyDetails, type NewAddress, type NewContactPoint } from './party-details';
import { CONTACT_RECORD, visibleContacts } from './visible-contacts';
import { visibleAccounts } from './visible-accounts';

/** Optional facts about a person a user may mark as explicitly unknown (DQ-05). */
export const UNKNOWABLE_CONTACT_FIELDS = ['jobTitle', 'department', 'birthday'] as const;

export interface ContactFields {
  givenName?: string | null;
  familyName?: string | null;
  displayName?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  birthday?: string | null;
  profileNotes?: string | null;
  tags?: string[] | null;
  unknownFields?: string[] | null;
  contactPoints?: NewContactPoint[] | null;
  addresses?: NewAddress[] | null;
  /** Save although duplicates are suspected (the user looked at the candidates and said "no"). */
  allowDuplicate?: boolean | null;
}

export interface CreateContactCommand extends ContactFields {
  /** The customer the person works at (or is, for an individual); none for a loose contact. */
  accountId?: string | null;
}

export interface UpdateContactCommand extends ContactFields {
  id: string;
  /** The version the editor saw: a concurrent change makes the edit fail instead of overwriting it. */
  version: number;
  /** Moves the person to another customer (null: to none); left out: unchanged. */
  accountId?: string | null;
}

export type { ContactArchiveState, ContactFilter } from './contact-filter';

export interface ContactListQuery extends PageArgs {
  filter?: ContactFilter | null;
  orderBy: SortColumn[];
  withTotalCount?: boolean;
}

export interface ContactProbeInput {
  name: string;
  emails?: string[];
  phones?: string[];
  accountId?: string | null;
  excludeId?: string | null;
}

/** Contacts (CUS-01, CUS-02): people at a customer, validated (DQ-01), checked for duplicates (DQ-02), seen through their customer's visibility. */
@Injectable()
export class ContactService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly duplicates: DuplicateFinder,
    private readonly config: AppConfig,
  ) {}

  async checkDuplicates(probe: ContactProbeInput): Promise<ContactDuplicateCandidate[]> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'view');
    return this.db.transaction((em) => this.duplicates.findContacts(em, principal, { ...probe, excludeId: probe.excludeId ?? undefined }));
  }

  async create(command: CreateContactCommand): Promise<{ contact: ContactEntity; duplicates: ContactDuplicateCandidate[] }> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'create');
    const { name, problems } = contactName(command);
    const details = checkPartyDetails(command.contactPoints, command.addresses);
    const all = [...problems, ...details.problems, ...unknownFieldProblems(command.unknownFields)];
    if (all.length) throw AppError.validation(all);

    return this.db.transaction(async (em) => {
      if (command.accountId) await this.assertVisibleAccount(em, principal, command.accountId);
      const duplicates = await this.duplicates.findContacts(em, principal, {
        name: name.displayName,
        emails: details.emails,
        phones: details.phones,
        accountId: command.accountId,
      });
      if (duplicates.length > 0 && !command.allowDuplicate) throw duplicateSuspected(duplicates, 'contact', 'input.familyName');

      const contact = em.create(ContactEntity, {
        tenantId: principal.tenantId,
        accountId: command.accountId ?? null,
        ...name,
        ...contactNameKeys(name.displayName),
        jobTitle: clean(command.jobTitle),
        department: clean(command.department),
        birthday: command.birthday ?? null,
        profileNotes: command.profileNotes ?? '',
        tags: cleanTags(command.tags),
        unknownFields: [...new Set(command.unknownFields ?? [])],
        ownerId: principal.userId ?? null,
        createdById: principal.userId ?? null,
      });
      await em.save(contact);
      const points = await insertPartyDetails(em, { tenantId: principal.tenantId, type: 'contact', id: contact.id }, details.points, command.contactPoints, command.addresses);
      await this.audit.record(em, {
        recordType: CONTACT_RECORD,
        recordId: contact.id,
        action: 'create',
        after: { ...snapshot(contact), contactPoints: points, addresses: (command.addresses ?? []).map(addressSummary), allowDuplicate: !!command.allowDuplicate },
      });
      if (contact.accountId) {
        await this.audit.record(em, { recordType: 'customer', recordId: contact.accountId, action: 'contact_added', after: { contactId: contact.id, name: contact.displayName } });
      }
      await this.outbox.publish(em, {
        type: 'customer.contact.created',
        aggregateType: 'contact',
        aggregateId: contact.id,
        payload: { contactId: contact.id, accountId: contact.accountId, ownerId: contact.ownerId },
      });
      return { contact, duplicates };
    });
  }

  async update(command: UpdateContactCommand): Promise<ContactEntity> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    const details = checkPartyDetails(command.contactPoints, command.addresses);
    const early = [...details.problems, ...unknownFieldProblems(command.unknownFields)];
    if (early.length) throw AppError.validation(early);

    return this.db.transaction(async (em) => {
      const contact = await this.lockVisible(em, principal, command.id);
      if (contact.version !== command.version) {
        throw new AppError(CustomerErrorCode.VERSION_CONFLICT, `Someone changed this contact meanwhile (now version ${contact.version}); reload and edit again`, 'conflict', 'input.version', [], { currentVersion: contact.version });
      }
      const nameTouched = command.givenName !== undefined || command.familyName !== undefined || command.displayName !== undefined;
      const { name, problems } = contactName({
        givenName: command.givenName !== undefined ? command.givenName : contact.givenName,
        familyName: command.familyName !== undefined ? command.familyName : contact.familyName,
        // a changed name part recomposes the shown name unless a new display name is sent
        displayName: command.displayName !== undefined ? command.displayName : nameTouched ? null : contact.displayName,
      });
      if (problems.length) throw AppError.validation(problems);
      if (command.accountId && command.accountId !== contact.accountId) await this.assertVisibleAccount(em, principal, command.accountId);

      const before: Record<string, unknown> = { ...snapshot(contact) };
      const after: Record<string, unknown> = {};
      const apply = <K extends keyof ContactEntity>(key: K, value: ContactEntity[K]) => {
        if (JSON.stringify(contact[key]) === JSON.stringify(value)) return;
        after[key] = value;
        contact[key] = value;
      };
      apply('givenName', name.givenName);
      apply('familyName', name.familyName);
      apply('displayName', name.displayName);
      if (command.accountId !== undefined) apply('accountId', command.accountId ?? null);
      if (command.jobTitle !== undefined) apply('jobTitle', clean(command.jobTitle));
      if (command.department !== undefined) apply('department', clean(command.department));
      if (command.birthday !== undefined) apply('birthday', command.birthday ?? null);
      if (command.profileNotes !== undefined) apply('profileNotes', command.profileNotes ?? '');
      if (command.tags !== undefined) apply('tags', cleanTags(command.tags));
      if (command.unknownFields !== undefined) apply('unknownFields', [...new Set(command.unknownFields ?? [])]);

      const pointsBefore = await em.find(ContactPointEntity, { where: { partyType: 'contact', partyId: contact.id } });
      const addressesBefore = await em.find(AddressEntity, { where: { partyType: 'contact', partyId: contact.id } });
      const pointsChanged = command.contactPoints != null;
      const addressesChanged = command.addresses != null;

      if (!command.allowDuplicate) await this.recheckDuplicates(em, principal, contact, after.displayName !== undefined, pointsChanged ? details : null, pointsBefore);
      if (after.displayName !== undefined) Object.assign(contact, contactNameKeys(contact.displayName));

      if (pointsChanged) {
        await em.delete(ContactPointEntity, { partyType: 'contact', partyId: contact.id });
        before.contactPoints = pointsBefore.map((p) => `${p.kind}:${p.normalized}`);
      }
      if (addressesChanged) {
        await em.delete(AddressEntity, { partyType: 'contact', partyId: contact.id });
        before.addresses = addressesBefore.map(addressSummary);
      }
      const written = await insertPartyDetails(
        em,
        { tenantId: principal.tenantId, type: 'contact', id: contact.id },
        pointsChanged ? details.points : [],
        command.contactPoints,
        addressesChanged ? command.addresses : [],
      );
      if (pointsChanged && JSON.stringify(written) !== JSON.stringify(before.contactPoints)) after.contactPoints = written;
      if (addressesChanged) {
        const now = (command.addresses ?? []).map(addressSummary);
        if (JSON.stringify(now) !== JSON.stringify(before.addresses)) after.addresses = now;
      }
      const changed = Object.keys(after);
      if (changed.length === 0) return contact;

      await em.save(contact);
      await this.audit.record(em, { recordType: CONTACT_RECORD, recordId: contact.id, action: 'update', before: pick(before, changed), after });
      await this.outbox.publish(em, {
        type: 'customer.contact.updated',
        aggregateType: 'contact',
        aggregateId: contact.id,
        payload: { contactId: contact.id, accountId: contact.accountId, changed },
      });
      return contact;
    });
  }

  /** Deletes a person with their phones, addresses, consents and relationships; the audit keeps what they were. */
  async delete(id: string, version: number): Promise<void> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'delete');
    await this.db.transaction(async (em) => {
      const contact = await this.lockVisible(em, principal, id);
      if (contact.version !== version) {
        throw new AppError(CustomerErrorCode.VERSION_CONFLICT, `Someone changed this contact meanwhile (now version ${contact.version}); reload first`, 'conflict', 'input.version', [], { currentVersion: contact.version });
      }
      // the timeline keeps who was spoken to: a person with interactions on record stays (INT-01)
      if (await em.existsBy(InteractionEntity, { contactId: id })) {
        throw new AppError(CustomerErrorCode.CONTACT_IN_USE, 'This person has interactions on record and cannot be deleted', 'conflict', 'input.id');
      }
      const points = await em.find(ContactPointEntity, { where: { partyType: 'contact', partyId: id } });
      await em.delete(ContactPointEntity, { partyType: 'contact', partyId: id });
      await em.delete(AddressEntity, { partyType: 'contact', partyId: id });
      await em.delete(ConsentEntity, { contactId: id });
      await em.delete(RelationshipEntity, { fromType: 'contact', fromId: id });
      await em.delete(RelationshipEntity, { toType: 'contact', toId: id });
      await em.delete(ContactEntity, { id });
      await this.audit.record(em, { recordType: CONTACT_RECORD, recordId: id, action: 'delete', before: { ...snapshot(contact), contactPoints: points.map((p) => `${p.kind}:${p.normalized}`) } });
      if (contact.accountId) {
        await this.audit.record(em, { recordType: 'customer', recordId: contact.accountId, action: 'contact_removed', before: { contactId: id, name: contact.displayName } });
      }
      await this.outbox.publish(em, { type: 'customer.contact.deleted', aggregateType: 'contact', aggregateId: id, payload: { contactId: id, accountId: contact.accountId } });
    });
  }

  /** One contact, if it exists and the principal may see it; otherwise NOT_FOUND. */
  async get(id: string): Promise<ContactEntity> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'view');
    return this.db.transaction(async (em) => {
      const contact = await visibleContacts(em, principal).andWhere('c.id = :id', { id }).getOne();
      if (!contact) throw AppError.notFound('Contact', id);
      return contact;
    });
  }

  async list(query: ContactListQuery): Promise<Page<ContactEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'view');
    return this.db.transaction((em) => {
      const qb = applyContactFilter(visibleContacts(em, principal), query.filter);
      return paginate(qb, { ...query, maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE, withTotalCount: query.withTotalCount });
    });
  }

  /**
   * Archives a person who left or no longer matters (CUS-02): kept with their history, hidden from lists
   * unless asked for; whoever may edit them may archive them. CONTACT_ALREADY_ARCHIVED when they are.
   */
  async archive(id: string, version: number): Promise<ContactEntity> {
    return this.setArchived(id, version, true);
  }

  /** Brings an archived person back to the lists; CONTACT_NOT_ARCHIVED when they are not archived. */
  async restore(id: string, version: number): Promise<ContactEntity> {
    return this.setArchived(id, version, false);
  }

  private async setArchived(id: string, version: number, archive: boolean): Promise<ContactEntity> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    return this.db.transaction(async (em) => {
      const contact = await this.lockVisible(em, principal, id);
      if (contact.version !== version) {
        throw new AppError(CustomerErrorCode.VERSION_CONFLICT, `Someone changed this contact meanwhile (now version ${contact.version}); reload first`, 'conflict', 'input.version', [], { currentVersion: contact.version });
      }
      if (archive && contact.archivedAt) {
        throw new AppError(CustomerErrorCode.CONTACT_ALREADY_ARCHIVED, 'This person is archived already', 'conflict', 'input.id');
      }
      if (!archive && !contact.archivedAt) {
        throw new AppError(CustomerErrorCode.CONTACT_NOT_ARCHIVED, 'This person is not archived; there is nothing to restore', 'conflict', 'input.id');
      }
      const before = { archivedAt: contact.archivedAt?.toISOString() ?? null, archivedById: contact.archivedById };
      contact.archivedAt = archive ? new Date() : null;
      contact.archivedById = archive ? (principal.userId ?? null) : null;
      await em.save(contact);
      const action = archive ? 'archive' : 'restore';
      await this.audit.record(em, {
        recordType: CONTACT_RECORD,
        recordId: contact.id,
        action,
        before,
        after: { archivedAt: contact.archivedAt?.toISOString() ?? null, archivedById: contact.archivedById },
      });
      await this.outbox.publish(em, {
        type: archive ? 'customer.contact.archived' : 'customer.contact.restored',
        aggregateType: 'contact',
        aggregateId: contact.id,
        payload: { contactId: contact.id, accountId: contact.accountId, byUserId: principal.userId ?? null },
      });
      return contact;
    });
  }

  /** The contacts of each (already visible) account, for `Account.contacts` (batched); archived ones only when asked. */
  async ofAccounts(accountIds: readonly string[], includeArchived = false): Promise<ContactEntity[][]> {
    const rows = await this.db.transaction((em) =>
      em.find(ContactEntity, {
        where: { accountId: In([...accountIds]), mergedIntoId: IsNull(), ...(includeArchived ? {} : { archivedAt: IsNull() }) },
        order: { displayName: 'ASC' },
      }),
    );
    return accountIds.map((id) => rows.filter((r) => r.accountId === id));
  }

  /**
   * DQ-02 on edit: a new name is checked with everything the person has; new phones or e-mails alone
   * only against other people who have them (a twin the user already kept is not asked about again).
   */
  private async recheckDuplicates(
    em: EntityManager,
    principal: Principal,
    contact: ContactEntity,
    renamed: boolean,
    newDetails: { emails: string[]; phones: string[] } | null,
    pointsBefore: ContactPointEntity[],
  ): Promise<void> {
    if (!renamed && !newDetails) return;
    const had = new Set(pointsBefore.map((p) => p.normalized));
    const emails = newDetails ? newDetails.emails : pointsBefore.filter((p) => p.kind === 'email').map((p) => p.normalized);
    const phones = newDetails ? newDetails.phones : pointsBefore.filter((p) => p.kind !== 'email').map((p) => p.normalized);
    const probe = renamed ? { emails, phones } : { emails: emails.filter((e) => !had.has(e)), phones: phones.filter((p) => !had.has(p)) };
    if (!renamed && probe.emails.length + probe.phones.length === 0) return;
    const candidates = (await this.duplicates.findContacts(em, principal, { name: contact.displayName, ...probe, accountId: contact.accountId, excludeId: contact.id })).filter(
      (c) => renamed || c.reasons.some((r) => r.code === 'SAME_EMAIL' || r.code === 'SAME_PHONE'),
    );
    if (candidates.length) throw duplicateSuspected(candidates, 'contact', 'input.familyName');
  }

  private async assertVisibleAccount(em: EntityManager, principal: Principal, accountId: string): Promise<void> {
    const account = await visibleAccounts(em, principal).andWhere('a.id = :accountId', { accountId }).getOne();
    if (!account) throw AppError.badField('input.accountId', 'no such customer (or not yours to see)');
  }

  private async lockVisible(em: EntityManager, principal: Principal, id: string): Promise<ContactEntity> {
    const contact = await visibleContacts(em, principal).andWhere('c.id = :id', { id }).setLock('pessimistic_write', undefined, ['c']).getOne();
    if (!contact) throw AppError.notFound('Contact', id, 'input.id');
    return contact;
  }
}

function unknownFieldProblems(fields: string[] | null | undefined): FieldProblem[] {
  return (fields ?? [])
    .filter((f) => !(UNKNOWABLE_CONTACT_FIELDS as readonly string[]).includes(f))
    .map((f) => ({ field: 'input.unknownFields', message: `${f} cannot be marked unknown; one of ${UNKNOWABLE_CONTACT_FIELDS.join(', ')}` }));
}

const clean = (text: string | null | undefined) => text?.trim() || null;
const cleanTags = (tags: string[] | null | undefined) => [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}

function snapshot(contact: ContactEntity): Record<string, unknown> {
  const { tenantId: _t, nameKey: _k, namePinyin: _p, createdAt: _c, updatedAt: _u, version: _v, mergedIntoId: _m, ...rest } = contact;
  return rest;
}
