import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditService, FieldProblem, OutboxService, Principal } from '@crm/platform';
import { accountNameKeys } from '../../domain/account-keys';
import { contactNameKeys } from '../../domain/contacts/contact-name';
import { matchReasons, type MatchReason } from '../../domain/dedup/match-reasons';
import { companyNameKey } from '../../domain/dedup/normalize';
import { mapRow, type ColumnMapping } from '../../domain/import/column-mapping';
import { validateContactImportRow, type ContactImportRowValue, type CustomerReference } from '../../domain/import/contact-import-row';
import { existingDuplicateMessage, isStrongDuplicate } from '../../domain/import/import-duplicates';
import { CUSTOMER_RECORD, visibleAccountCondition } from '../visible-accounts';
import { CONTACT_RECORD, contactVisibility } from '../visible-contacts';
import {
  insertContactPoints,
  insertRowErrors,
  PHONE_KINDS,
  pointKeys,
  push,
  unique,
  type CheckedRow,
  type ImportBatchContext,
  type ImportTargetWriter,
  type OutcomeCounts,
  type PendingRow,
  type RowError,
} from './import-batch';
import { timeOrderedUuid } from './time-ordered-id';

type ContactRow = CheckedRow<ContactImportRowValue>;

/** A customer a row may name: one the importer may see (and so edit: visibility is the edit right, ACC-01). */
interface VisibleCustomer {
  id: string;
  name: string;
  nameKey: string;
}

/** What a contact an `update` row may fill holds now (after earlier rows of the batch). */
interface ContactFill {
  jobTitle: string | null;
  department: string | null;
  profileNotes: string;
  tags: string[];
  /** `kind:normalized` of its contact points. */
  points: Set<string>;
}

interface NewContact {
  id: string;
  rowNumber: number;
  accountId: string;
  value: ContactImportRowValue;
  nameKey: string;
  namePinyin: string | null;
  fill: ContactFill;
}

/** A contact a row may duplicate: an existing one (the batch's lookup) or one an earlier row of the batch creates. */
interface KnownContact {
  id: string;
  name: string;
  accountId: string | null;
  visible: boolean;
  emails: Set<string>;
  phones: Set<string>;
  newRow?: NewContact;
  /** Loaded under a row lock for an existing contact an `update` row may fill. */
  fill?: ContactFill;
  /** Set when a row of this batch filled it: what changed, for the audit, the event and the update. */
  changed?: { before: Record<string, unknown>; after: Record<string, unknown> };
}

interface Candidate {
  known: KnownContact;
  reasons: MatchReason[];
}

interface ContactWrites {
  contacts: NewContact[];
  points: { partyId: string; kind: string; value: string; normalized: string }[];
  updated: KnownContact[];
  rowErrors: RowError[];
}

/**
 * CUS-04 for people: a batch of contacts rows into existing customers, set-wise like the accounts
 * import (ImportBatchWriter) and under the same handler (progress, resume, row-by-row fallback). Per
 * batch: one lookup of the customers the rows name, among those the importer may see (a row naming
 * one they may not see is refused exactly as one naming no customer, so it tells nothing); one lookup
 * of the contacts of the tenant sharing a normalised e-mail or phone with a row (strong reasons only,
 * as DQ-02's bulk rule); then one insert per table. Rows are decided in file order, so the file's own
 * repeats are duplicates too.
 */
@Injectable()
export class ContactImportBatchWriter implements ImportTargetWriter<ContactImportRowValue> {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  check(rows: PendingRow[], mapping: ColumnMapping): ContactRow[] {
    return rows.map((row) => ({ ...row, ...validateContactImportRow(mapRow(row.cells, mapping)) }));
  }

  async apply(em: EntityManager, ctx: ImportBatchContext, rows: ContactRow[]): Promise<OutcomeCounts> {
    const counts: OutcomeCounts = { created: 0, updated: 0, skipped: 0, failed: 0 };
    const writes: ContactWrites = { contacts: [], points: [], updated: [], rowErrors: [] };
    const valid = rows.filter((r): r is ContactRow & { ok: true } => r.ok);
    // index lookups only; see ImportBatchWriter.lookup for why JIT is off
    if (valid.length) await em.query('SET LOCAL jit = off');
    const customers = await this.customers(em, ctx.principal, valid.map((r) => r.value.customer));
    const pool = new ContactPool();
    for (const known of await this.lookup(em, ctx.principal, valid.map((r) => pointKeys(r.value.contactPoints)))) pool.add(known);
    if (ctx.policy === 'update') await this.loadFillStates(em, pool.existingVisible());

    for (const row of rows) {
      const resolved = row.ok ? resolveCustomer(row.value.customer, customers) : null;
      if (!row.ok || 'problem' in resolved!) {
        writes.rowErrors.push({ rowNumber: row.rowNumber, outcome: 'failed', problems: row.ok ? [(resolved as { problem: FieldProblem }).problem] : row.problems, cells: row.cells });
        counts.failed += 1;
        continue;
      }
      const account = resolved!.customer;
      const keys = pointKeys(row.value.contactPoints);
      const duplicates = pool.candidates(row.value.name.displayName, keys).filter(isStrongDuplicate);
      if (duplicates.length > 0 && ctx.policy !== 'create') {
        const best = duplicates.find((c) => c.known.visible);
        if (ctx.policy === 'update' && best) {
          fill(best.known, row.value, writes, pool);
          counts.updated += 1;
        } else {
          writes.rowErrors.push({ rowNumber: row.rowNumber, outcome: 'skipped', problems: [duplicateProblem(best ?? duplicates[0])], cells: row.cells });
          counts.skipped += 1;
        }
        continue;
      }
      pool.add(create(row, account.id, keys, writes));
      counts.created += 1;
    }
    await this.write(em, ctx, writes);
    return counts;
  }

  /** The customers the batch's rows name, among those the importer may see: by id, by exact name, by name key. */
  private async customers(em: EntityManager, principal: Principal, refs: CustomerReference[]): Promise<VisibleCustomer[]> {
    const ids = unique(refs.flatMap((r) => (r.by === 'id' ? [r.id] : [])));
    const names = unique(refs.flatMap((r) => (r.by === 'name' ? [r.name] : [])));
    if (!ids.length && !names.length) return [];
    const visible = visibleAccountCondition(principal, 'a');
    const [sql, params] = em.connection.driver.escapeQueryWithParameters(
      `SELECT a.id, a.name, a.name_key FROM customers.account a
       WHERE (a.id = ANY(:ids) OR a.name = ANY(:names) OR a.name_key = ANY(:nameKeys)) AND ${visible.sql}`,
      { ...visible.params, ids, names, nameKeys: unique(names.flatMap(nameKeysOf)) },
      {},
    );
    const rows: { id: string; name: string; name_key: string }[] = await em.query(sql, params);
    return rows.map((r) => ({ id: r.id, name: r.name, nameKey: r.name_key }));
  }

  /** Every live contact of the tenant sharing a normalised e-mail or phone with a row (visible or not: a hidden twin is still a twin). */
  private async lookup(em: EntityManager, principal: Principal, probes: { emails: string[]; phones: string[] }[]): Promise<KnownContact[]> {
    const emails = unique(probes.flatMap((p) => p.emails));
    const phones = unique(probes.flatMap((p) => p.phones));
    if (!emails.length && !phones.length) return [];
    const visible = contactVisibility(principal, 'c');
    const [sql, params] = em.connection.driver.escapeQueryWithParameters(
      `SELECT c.id, c.display_name, c.account_id, ${visible.sql} AS visible,
         (SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = 'contact' AND cp.party_id = c.id AND cp.kind = 'email') AS emails,
         (SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = 'contact' AND cp.party_id = c.id AND cp.kind = ANY(:phoneKinds)) AS phones
       FROM customers.contact c
       WHERE c.id = ANY(ARRAY(
           SELECT party_id FROM customers.contact_point WHERE party_type = 'contact' AND kind = 'email' AND normalized = ANY(:emails)
           UNION SELECT party_id FROM customers.contact_point WHERE party_type = 'contact' AND kind = ANY(:phoneKinds) AND normalized = ANY(:phones)))
         AND c.merged_into_id IS NULL`,
      { ...visible.params, emails, phones, phoneKinds: PHONE_KINDS },
      {},
    );
    const rows: { id: string; display_name: string; account_id: string | null; visible: boolean; emails: string[] | null; phones: string[] | null }[] = await em.query(sql, params);
    return rows.map((r) => ({
      id: r.id,
      name: r.display_name,
      accountId: r.account_id,
      visible: r.visible,
      emails: new Set(r.emails ?? []),
      phones: new Set(r.phones ?? []),
    }));
  }

  /** Policy `update`: what the contacts an update row may fill hold now, read under a row lock. */
  private async loadFillStates(em: EntityManager, known: KnownContact[]): Promise<void> {
    if (!known.length) return;
    const ids = known.map((k) => k.id);
    const contacts: { id: string; job_title: string | null; department: string | null; profile_notes: string; tags: string[] }[] = await em.query(
      `SELECT c.id, c.job_title, c.department, c.profile_notes, c.tags FROM customers.contact c WHERE c.id = ANY($1::uuid[]) FOR UPDATE OF c`,
      [ids],
    );
    const points: { party_id: string; kind: string; normalized: string }[] = await em.query(
      `SELECT party_id, kind, normalized FROM customers.contact_point WHERE party_type = 'contact' AND party_id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(known.map((k) => [k.id, k]));
    for (const c of contacts) {
      byId.get(c.id)!.fill = { jobTitle: c.job_title, department: c.department, profileNotes: c.profile_notes, tags: c.tags, points: new Set() };
    }
    for (const p of points) byId.get(p.party_id)?.fill?.points.add(`${p.kind}:${p.normalized}`);
  }

  /** One statement per table for the whole batch, the audit rows as ContactService writes them, and one event for the batch. */
  private async write(em: EntityManager, ctx: ImportBatchContext, writes: ContactWrites): Promise<void> {
    const { principal } = ctx;
    const tenantId = principal.tenantId;
    const userId = principal.userId ?? null;
    const c = writes.contacts;
    if (c.length) {
      await em.query(
        `INSERT INTO customers.contact (tenant_id, id, account_id, given_name, family_name, display_name, name_key, name_pinyin, job_title, department,
                                        profile_notes, tags, owner_id, created_by_id, version)
         SELECT $1, r.id, r.account_id, r.given_name, r.family_name, r.display_name, r.name_key, r.name_pinyin, r.job_title, r.department,
                r.notes, ARRAY(SELECT jsonb_array_elements_text(r.tags)), $2, $2, 1
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[])
           AS r(id, account_id, given_name, family_name, display_name, name_key, name_pinyin, job_title, department, notes, tags)`,
        [
          tenantId,
          userId,
          c.map((r) => r.id),
          c.map((r) => r.accountId),
          c.map((r) => r.value.name.givenName),
          c.map((r) => r.value.name.familyName),
          c.map((r) => r.value.name.displayName),
          c.map((r) => r.nameKey),
          c.map((r) => r.namePinyin),
          c.map((r) => r.fill.jobTitle),
          c.map((r) => r.fill.department),
          c.map((r) => r.fill.profileNotes),
          c.map((r) => JSON.stringify(r.fill.tags)),
        ],
      );
    }
    if (writes.updated.length) {
      const u = writes.updated.map((k) => k.fill!);
      await em.query(
        `UPDATE customers.contact c
         SET job_title = u.job_title, department = u.department, profile_notes = u.notes,
             tags = ARRAY(SELECT jsonb_array_elements_text(u.tags)), updated_at = now(), version = c.version + 1
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[]) AS u(id, job_title, department, notes, tags)
         WHERE c.id = u.id`,
        [writes.updated.map((k) => k.id), u.map((s) => s.jobTitle), u.map((s) => s.department), u.map((s) => s.profileNotes), u.map((s) => JSON.stringify(s.tags))],
      );
    }
    await insertContactPoints(em, tenantId, 'contact', writes.points);
    await insertRowErrors(em, tenantId, ctx.jobId, writes.rowErrors);

    const audit: AuditEntry[] = [];
    for (const n of c) {
      audit.push(
        {
          recordType: CONTACT_RECORD,
          recordId: n.id,
          action: 'create',
          after: {
            id: n.id,
            accountId: n.accountId,
            ...n.value.name,
            jobTitle: n.fill.jobTitle,
            department: n.fill.department,
            birthday: null,
            ownerId: userId,
            profileNotes: n.fill.profileNotes,
            tags: n.fill.tags,
            unknownFields: [],
            createdById: userId,
            contactPoints: [...n.fill.points],
            addresses: [],
            allowDuplicate: false,
          },
        },
        { recordType: CUSTOMER_RECORD, recordId: n.accountId, action: 'contact_added', after: { contactId: n.id, name: n.value.name.displayName } },
      );
    }
    for (const k of writes.updated) audit.push({ recordType: CONTACT_RECORD, recordId: k.id, action: 'update', before: k.changed!.before, after: k.changed!.after });
    await this.audit.recordMany(em, audit);
    if (c.length || writes.updated.length) {
      // one event for the batch, as the accounts import (ADR 0009), not one per person
      await this.outbox.publish(em, {
        type: 'customer.contacts.imported',
        aggregateType: 'import_job',
        aggregateId: ctx.jobId,
        payload: {
          importJobId: ctx.jobId,
          contacts: c.map((n) => ({ contactId: n.id, accountId: n.accountId, ownerId: userId })),
          updated: writes.updated.map((k) => ({ contactId: k.id, accountId: k.accountId, changed: Object.keys(k.changed!.after) })),
        },
      });
    }
  }
}

/** The keys a customer name cell may match: a company's name key and a person's (an individual customer). */
function nameKeysOf(name: string): string[] {
  return unique([companyNameKey(name), accountNameKeys('individual', name).nameKey].filter(Boolean));
}

/**
 * The one customer a row names, or the problem: an id must be a visible customer's; a name matches
 * visible customers by their exact name first, then by name key, and must pick out exactly one.
 */
export function resolveCustomer(ref: CustomerReference, customers: VisibleCustomer[]): { customer: VisibleCustomer } | { problem: FieldProblem } {
  if (ref.by === 'id') {
    const found = customers.find((c) => c.id === ref.id);
    return found ? { customer: found } : { problem: { field: 'customerId', message: `no customer you may see has the id "${ref.id}"` } };
  }
  const exact = customers.filter((c) => c.name === ref.name);
  const keys = new Set(nameKeysOf(ref.name));
  const matches = exact.length ? exact : customers.filter((c) => keys.has(c.nameKey));
  if (matches.length === 1) return { customer: matches[0] };
  if (matches.length === 0) return { problem: { field: 'customerName', message: `no customer you may see is called "${ref.name}"` } };
  return { problem: { field: 'customerName', message: `"${ref.name}" matches ${matches.length} customers you may see; give the customer's id (customerId) instead` } };
}

function create(row: ContactRow & { ok: true }, accountId: string, keys: { emails: string[]; phones: string[] }, writes: ContactWrites): KnownContact {
  const { value } = row;
  const contact: NewContact = {
    id: timeOrderedUuid(),
    rowNumber: row.rowNumber,
    accountId,
    value,
    ...contactNameKeys(value.name.displayName),
    fill: {
      jobTitle: value.jobTitle,
      department: value.department,
      profileNotes: value.notes,
      tags: value.tags,
      points: new Set(value.contactPoints.map((p) => `${p.kind}:${p.normalized}`)),
    },
  };
  writes.contacts.push(contact);
  for (const p of value.contactPoints) writes.points.push({ partyId: contact.id, ...p });
  return {
    id: contact.id,
    name: value.name.displayName,
    accountId,
    // the importer may see the customer, so the person at it
    visible: true,
    emails: new Set(keys.emails),
    phones: new Set(value.contactPoints.filter((p) => PHONE_KINDS.includes(p.kind)).map((p) => p.normalized)),
    newRow: contact,
  };
}

/**
 * Policy `update`: fills what the person lacks (job title, department, notes, tags) and adds the
 * e-mails and phones they do not have; never overwrites, renames or moves them to another customer.
 */
function fill(known: KnownContact, value: ContactImportRowValue, writes: ContactWrites, pool: ContactPool): void {
  const state = known.newRow?.fill ?? known.fill;
  // a visible candidate always has its state (loaded under lock, or the batch's own new row)
  if (!state) throw new Error(`import: no state loaded for contact ${known.id}`);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const set = <K extends 'jobTitle' | 'department' | 'profileNotes' | 'tags'>(key: K, next: ContactFill[K]) => {
    before[key] = state[key];
    after[key] = state[key] = next;
  };
  if (!state.jobTitle && value.jobTitle) set('jobTitle', value.jobTitle);
  if (!state.department && value.department) set('department', value.department);
  if (!state.profileNotes && value.notes) set('profileNotes', value.notes);
  if (state.tags.length === 0 && value.tags.length > 0) set('tags', value.tags);
  const newPoints = value.contactPoints.filter((p) => !state.points.has(`${p.kind}:${p.normalized}`));
  for (const p of newPoints) {
    state.points.add(`${p.kind}:${p.normalized}`);
    writes.points.push({ partyId: known.id, ...p });
    pool.addPoint(known, p);
  }
  if (newPoints.length) after.contactPoints = newPoints.map((p) => `${p.kind}:${p.normalized}`);
  // a contact an earlier row of this batch creates is inserted with the filled values, audited as created
  if (known.newRow || !Object.keys(after).length) return;
  if (!known.changed) {
    known.changed = { before: {}, after: {} };
    writes.updated.push(known);
  }
  known.changed.before = { ...before, ...known.changed.before };
  known.changed.after = { ...known.changed.after, ...after };
}

/** Why a row was skipped: the person it duplicates, named and flagged when hidden as DQ-02 does (never their customer). */
function duplicateProblem(candidate: Candidate): FieldProblem {
  const reasons = candidate.reasons.map((r) => r.code).filter((code) => code === 'SAME_EMAIL' || code === 'SAME_PHONE');
  const field = reasons.includes('SAME_EMAIL') ? 'email' : 'phone';
  const { known } = candidate;
  if (known.newRow) return { field, message: `duplicates row ${known.newRow.rowNumber} of this file, "${known.name}" (${reasons.join(', ')}); skipped` };
  return { field, message: existingDuplicateMessage('contact', known, reasons) };
}

/** The contacts a batch checks its rows against, indexed by normalised e-mail and phone. */
class ContactPool {
  private readonly byId = new Map<string, KnownContact>();
  private readonly byEmail = new Map<string, KnownContact[]>();
  private readonly byPhone = new Map<string, KnownContact[]>();

  add(known: KnownContact): void {
    if (this.byId.has(known.id)) return;
    this.byId.set(known.id, known);
    for (const e of known.emails) push(this.byEmail, e, known);
    for (const p of known.phones) push(this.byPhone, p, known);
  }

  addPoint(known: KnownContact, point: { kind: string; normalized: string }): void {
    if (point.kind === 'email' && !known.emails.has(point.normalized)) {
      known.emails.add(point.normalized);
      push(this.byEmail, point.normalized, known);
    } else if (PHONE_KINDS.includes(point.kind) && !known.phones.has(point.normalized)) {
      known.phones.add(point.normalized);
      push(this.byPhone, point.normalized, known);
    }
  }

  existingVisible(): KnownContact[] {
    return [...this.byId.values()].filter((k) => k.visible && !k.newRow);
  }

  /** Contacts sharing an e-mail or phone with the row, with the reasons the interactive finder gives. */
  candidates(name: string, keys: { emails: string[]; phones: string[] }): Candidate[] {
    const found = new Set<KnownContact>();
    for (const e of keys.emails) for (const k of this.byEmail.get(e) ?? []) found.add(k);
    for (const p of keys.phones) for (const k of this.byPhone.get(p) ?? []) found.add(k);
    return [...found].map((known) => ({
      known,
      reasons: matchReasons({ kind: 'person', name, ...keys }, { kind: 'person', name: known.name, emails: [...known.emails], phones: [...known.phones] }).reasons,
    }));
  }
}
