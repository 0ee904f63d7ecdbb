import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, assertCan, AuditService, OutboxService, Principal, requirePrincipal, TenantDb } from '@crm/platform';
import { contactNameKeys } from '../domain/contacts/contact-name';
import { combineConsents, type CombinedConsent } from '../domain/merge/consent-merge';
import { planContactMerge, type ContactMergeCandidate, type ContactMergeValues } from '../domain/merge/contact-merge-plan';
import { ConsentEntity } from '../infrastructure/consent.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { ContactEntity } from '../infrastructure/contact.entity';
import { MergeRecordEntity, type MergeProvenance } from '../infrastructure/merge-record.entity';
import { collapseRelationships, moveRelated, planOrFail } from './merge-support';
import { CONTACT_RECORD, visibleContacts } from './visible-contacts';
import { CUSTOMER_RECORD } from './visible-accounts';

export interface MergeContactsCommand {
  survivorId: string;
  mergedIds: string[];
  /** field → id of the contact whose value wins; by default the survivor's, else the first non-empty. */
  fieldChoices?: { field: string; fromContactId: string }[];
}

/**
 * Rows that follow a merged person to the survivor ($1 survivor, $2 merged ids). Contact points the
 * survivor already has (same kind and normalised value) are dropped first, so the person does not end
 * up with the same e-mail twice; the merge record's snapshots keep them. Documents are filed under
 * customers, not people, so none move; interactions keep their customer (the survivor keeps its own).
 */
const RELATED: { kind: string; sql: string }[] = [
  {
    kind: 'contactPointsAlreadyKnown',
    sql: `DELETE FROM customers.contact_point m
           WHERE m.party_type = 'contact' AND m.party_id = ANY($2)
             AND EXISTS (SELECT 1 FROM customers.contact_point o
                          WHERE o.party_type = 'contact' AND o.kind = m.kind AND o.normalized = m.normalized
                            AND (o.party_id = $1 OR (o.party_id = ANY($2) AND o.id < m.id)))`,
  },
  { kind: 'contactPoints', sql: `UPDATE customers.contact_point SET party_id = $1, is_primary = false WHERE party_type = 'contact' AND party_id = ANY($2)` },
  { kind: 'addresses', sql: `UPDATE customers.address SET party_id = $1, is_primary = false WHERE party_type = 'contact' AND party_id = ANY($2)` },
  { kind: 'interactions', sql: `UPDATE customers.interaction SET contact_id = $1 WHERE contact_id = ANY($2)` },
  { kind: 'relationshipsFrom', sql: `UPDATE customers.relationship SET from_id = $1 WHERE from_type = 'contact' AND from_id = ANY($2)` },
  { kind: 'relationshipsTo', sql: `UPDATE customers.relationship SET to_id = $1 WHERE to_type = 'contact' AND to_id = ANY($2)` },
  { kind: 'shares', sql: `UPDATE platform.record_share SET record_id = $1 WHERE record_type = 'contact' AND record_id = ANY($2)` },
];

/**
 * DQ-03 for people: merges duplicate contacts into one survivor. In one transaction: the survivor takes
 * the chosen values (it keeps its customer and owner), its consents become the combination of everyone's
 * (the most restrictive answer wins, ADR 0014), every related row moves to it, the merged contacts are
 * marked merged (never deleted), a merge record keeps their snapshots and where each value came from,
 * every contact gets an audit row, and an event tells other contexts to re-point their references.
 * Every contact must be visible to the caller, who needs to edit and delete contacts.
 */
@Injectable()
export class ContactMergeService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async merge(command: MergeContactsCommand): Promise<{ survivor: ContactEntity; record: MergeRecordEntity }> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    assertCan(principal, CONTACT_RECORD, 'delete');
    const mergedIds = [...new Set(command.mergedIds)];
    if (mergedIds.length === 0) throw AppError.badField('input.mergedIds', 'choose at least one contact to merge into the survivor');
    if (mergedIds.includes(command.survivorId)) throw AppError.badField('input.mergedIds', 'the survivor cannot be merged into itself');
    const choices: Record<string, string> = {};
    for (const [i, choice] of (command.fieldChoices ?? []).entries()) {
      if (choices[choice.field] !== undefined && choices[choice.field] !== choice.fromContactId) {
        throw AppError.badField(`input.fieldChoices.${i}.field`, `${choice.field} is chosen twice`);
      }
      choices[choice.field] = choice.fromContactId;
    }

    return this.db.transaction(async (em) => {
      const contacts = await this.lockVisible(em, principal, [command.survivorId, ...mergedIds]);
      const survivor = contacts.get(command.survivorId);
      if (!survivor) throw AppError.notFound('Contact', command.survivorId, 'input.survivorId');
      const others = mergedIds.map((id, i) => {
        const contact = contacts.get(id);
        if (!contact) throw AppError.notFound('Contact', id, `input.mergedIds.${i}`);
        return contact;
      });
      const plan = planOrFail(() => planContactMerge(candidate(survivor), others.map(candidate), choices));

      const before = { ...fieldsOf(survivor), unknownFields: survivor.unknownFields };
      const { name, ...rest } = plan.values;
      Object.assign(survivor, name, contactNameKeys(name.displayName), rest, { unknownFields: plan.unknownFields });
      await em.save(survivor);

      const allIds = [survivor.id, ...mergedIds];
      const mergedPoints = await em.find(ContactPointEntity, { where: { partyType: 'contact', partyId: In(mergedIds) } });
      const consentRows = await em.find(ConsentEntity, { where: { contactId: In(allIds) } });
      const consents = combineConsents(survivor.id, consentRows);
      await this.applyConsents(em, principal.tenantId, survivor.id, mergedIds, consents);

      const movedCounts = await moveRelated(em, RELATED, survivor.id, mergedIds);
      movedCounts.consents = consents.filter((c) => c.changed).length;
      movedCounts.relationshipsDropped = await collapseRelationships(em, survivor.id);
      await em.update(ContactEntity, { id: In(mergedIds) }, { mergedIntoId: survivor.id });

      const provenance: MergeProvenance[] = [
        ...plan.provenance.map((p) => (p.field === 'name' ? { ...p, value: (p.value as ContactMergeValues['name']).displayName } : p)),
        ...consents.map((c) => ({ field: `consent.${c.channel}`, fromId: c.contactId, value: c.status })),
      ];
      const record = await em.save(
        em.create(MergeRecordEntity, {
          tenantId: principal.tenantId,
          recordType: CONTACT_RECORD,
          survivorId: survivor.id,
          mergedIds,
          provenance,
          mergedSnapshots: others.map((o) => ({
            ...snapshot(o),
            contactPoints: mergedPoints.filter((p) => p.partyId === o.id).map((p) => ({ kind: p.kind, value: p.value, label: p.label })),
            consents: consentRows.filter((c) => c.contactId === o.id).map((c) => ({ channel: c.channel, status: c.status, source: c.source, updatedAt: c.updatedAt })),
          })),
          movedCounts,
          mergedById: principal.userId ?? null,
        }),
      );
      await this.recordAudit(em, survivor, others, before, consentRows, consents, record.id);
      await this.outbox.publish(em, {
        type: 'customer.contacts.merged',
        aggregateType: 'contact',
        aggregateId: survivor.id,
        payload: { survivorId: survivor.id, mergedIds, accountId: survivor.accountId, mergeRecordId: record.id },
      });
      return { survivor, record };
    });
  }

  /** Every merge that formed this person, newest first. */
  async history(contactId: string): Promise<MergeRecordEntity[]> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'view');
    return this.db.transaction(async (em) => {
      const found = await this.lockVisible(em, principal, [contactId], false);
      if (!found.has(contactId)) throw AppError.notFound('Contact', contactId, 'contactId');
      return em.find(MergeRecordEntity, { where: { recordType: CONTACT_RECORD, survivorId: contactId }, order: { mergedAt: 'DESC' } });
    });
  }

  /** The survivor holds the combined answer of each channel; the merged people's rows go (the snapshots keep them). */
  private async applyConsents(em: EntityManager, tenantId: string, survivorId: string, mergedIds: string[], consents: CombinedConsent[]): Promise<void> {
    for (const c of consents.filter((x) => x.changed)) {
      await em.upsert(ConsentEntity, { tenantId, contactId: survivorId, channel: c.channel as ConsentEntity['channel'], status: c.status, source: c.source, updatedAt: c.updatedAt }, [
        'tenantId',
        'contactId',
        'channel',
      ]);
    }
    await em.delete(ConsentEntity, { contactId: In(mergedIds) });
  }

  private async recordAudit(
    em: EntityManager,
    survivor: ContactEntity,
    others: ContactEntity[],
    before: Record<string, unknown>,
    consentRows: ConsentEntity[],
    consents: CombinedConsent[],
    mergeRecordId: string,
  ): Promise<void> {
    const mergedIds = others.map((o) => o.id);
    const changedConsents = consents.filter((c) => c.changed);
    const consentBefore = Object.fromEntries(
      changedConsents.map((c) => [`consent.${c.channel}`, consentRows.find((r) => r.contactId === survivor.id && r.channel === c.channel)?.status ?? 'unknown']),
    );
    await this.audit.record(em, {
      recordType: CONTACT_RECORD,
      recordId: survivor.id,
      action: 'merge',
      before: { ...before, ...consentBefore },
      after: {
        ...fieldsOf(survivor),
        unknownFields: survivor.unknownFields,
        ...Object.fromEntries(changedConsents.map((c) => [`consent.${c.channel}`, c.status])),
        mergedIds,
        mergeRecordId,
      },
    });
    for (const other of others) {
      await this.audit.record(em, { recordType: CONTACT_RECORD, recordId: other.id, action: 'merged_into', after: { mergedIntoId: survivor.id, mergeRecordId } });
      if (other.accountId) {
        // the person leaves the customer's list of people: its history says where they went
        await this.audit.record(em, {
          recordType: CUSTOMER_RECORD,
          recordId: other.accountId,
          action: 'contact_merged',
          before: { contactId: other.id, name: other.displayName },
          after: { intoContactId: survivor.id, name: survivor.displayName, mergeRecordId },
        });
      }
    }
  }

  /** Live contacts the caller may see, locked in id order (two merges of the same people cannot deadlock). */
  private async lockVisible(em: EntityManager, principal: Principal, ids: string[], lock = true): Promise<Map<string, ContactEntity>> {
    const qb = visibleContacts(em, principal).andWhere('c.id IN (:...ids)', { ids }).orderBy('c.id');
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    return new Map((await qb.getMany()).map((c) => [c.id, c]));
  }
}

function candidate(contact: ContactEntity): ContactMergeCandidate {
  return {
    id: contact.id,
    unknownFields: contact.unknownFields,
    values: {
      name: { givenName: contact.givenName, familyName: contact.familyName, displayName: contact.displayName },
      jobTitle: contact.jobTitle,
      department: contact.department,
      birthday: contact.birthday,
      profileNotes: contact.profileNotes,
      tags: contact.tags,
    },
  };
}

function fieldsOf(contact: ContactEntity): Record<string, unknown> {
  const { name, ...rest } = candidate(contact).values;
  return { ...name, ...rest };
}

function snapshot(contact: ContactEntity): Record<string, unknown> {
  const { tenantId: _t, nameKey: _k, namePinyin: _p, version: _v, mergedIntoId: _m, ...rest } = contact;
  return rest;
}
