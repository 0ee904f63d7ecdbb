import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditService, can, FieldProblem, OutboxService, Principal } from '@crm/platform';
import { accountNameKeys, type AccountNameKeys } from '../../domain/account-keys';
import { contactNameKeys } from '../../domain/contacts/contact-name';
import { matchReasons, type MatchReason } from '../../domain/dedup/match-reasons';
import { hasCjk, normalizePhone } from '../../domain/dedup/normalize';
import { pinyinOf } from '../../domain/dedup/pinyin';
import { mapRow, type ColumnMapping } from '../../domain/import/column-mapping';
import { existingDuplicateMessage, isStrongDuplicate } from '../../domain/import/import-duplicates';
import { validateImportRow, type ImportRowValue } from '../../domain/import/import-row';
import { tierFor, type Money, type TierRules } from '../../domain/value/tier';
import type { DuplicatePolicy } from '../../infrastructure/import-job.entity';
import type { ImportRowOutcome } from '../../infrastructure/import-row-error.entity';
import { tierRulesOf } from '../tier-rules';
import { CUSTOMER_RECORD, visibleAccountCondition } from '../visible-accounts';
import { CONTACT_RECORD } from '../visible-contacts';
import { timeOrderedUuid } from './time-ordered-id';

export type RowOutcome = 'created' | 'updated' | ImportRowOutcome;
export type OutcomeCounts = Record<RowOutcome, number>;

export interface PendingRow {
  rowNumber: number;
  cells: string[];
}

/** A row after the pure checks: its value ready to save, or every problem found. */
export type CheckedRow<V = ImportRowValue> = PendingRow & ({ ok: true; value: V } | { ok: false; problems: FieldProblem[] });

/** A row the batch refused or skipped, for the per-row report. */
export interface RowError {
  rowNumber: number;
  outcome: ImportRowOutcome;
  problems: FieldProblem[];
  cells: string[];
}

/**
 * What differs between the targets of an import (accounts, contacts): the pure check of a row, and how
 * a batch of checked rows is decided (duplicates, permissions) and written. The job handler (reading,
 * batching, progress, resume, row-by-row fallback) and the report are the same for every target.
 */
export interface ImportTargetWriter<V> {
  /** Mapping, validation and normalisation of rows, with no database work. */
  check(rows: PendingRow[], mapping: ColumnMapping, options: ImportCheckOptions): CheckedRow<V>[];
  /** Applies the rows in the caller's transaction, a fixed number of statements whatever the batch's size. */
  apply(em: EntityManager, ctx: ImportBatchContext, rows: CheckedRow<V>[]): Promise<OutcomeCounts>;
}

/** What the pure checks of a job's rows need from its tenant, read once per job. */
export interface ImportCheckOptions {
  /** CUS-07: the currency of a value given without one. */
  baseCurrency: string;
}

export interface ImportBatchContext {
  principal: Principal;
  jobId: string;
  policy: DuplicatePolicy;
  /** DQ-04: fields an import never fills, even when empty (they change through an approved request only). */
  protectedFields: ReadonlySet<string>;
}

/** A user an `ownerEmail` cell names. */
interface OwnerUser {
  id: string;
  active: boolean;
  unitPath: string | null;
}

/** Account fields an `update` import fills when the existing customer has them empty. */
const FILLABLE = ['industry', 'source', 'website', 'taxId'] as const;
/** Candidates scoring below this are not duplicates (as the interactive finder's MIN_SCORE). */
const MIN_SCORE = 0.45;
export const PHONE_KINDS = ['phone', 'mobile', 'fax'];

/** The fields of an account an `update` row may fill, as they stand (after earlier rows of the batch). */
interface FillState {
  industry: string | null;
  source: string | null;
  website: string | null;
  taxId: string | null;
  notes: string;
  tags: string[];
  /** CUS-07 value and the tier it gives; `unknownFields` holds `value` when it is recorded unknown (DQ-05). */
  value: Money | null;
  tier: string | null;
  unknownFields: string[];
  /** `kind:normalized` of its contact points. */
  points: Set<string>;
  hasAddress: boolean;
  changed: boolean;
}

/**
 * One customer a row of the batch may duplicate: an existing one (found by the batch's lookup) or one
 * an earlier row of the same batch creates. Rows are checked in file order against these, so a file's
 * own repeats are found like existing customers.
 */
interface Known {
  id: string;
  name: string;
  dedupKind: 'company' | 'person';
  nameKey: string;
  ownerId: string | null;
  visible: boolean;
  emails: Set<string>;
  phones: Set<string>;
  /** Set for a customer this batch creates: the row that creates it. */
  newRow?: NewAccount;
  /** Loaded for an existing customer an `update` row may fill. */
  fill?: FillState;
}

interface NewAccount {
  id: string;
  rowNumber: number;
  ownerId: string | null;
  value: ImportRowValue;
  nameKey: string;
  namePinyin: string | null;
  points: { kind: string; value: string; normalized: string }[];
  address: ImportRowValue['address'];
  fill: FillState;
}

interface Candidate {
  known: Known;
  score: number;
  reasons: MatchReason[];
}

/** Everything one batch writes, gathered while its rows are decided, then sent one statement per table. */
interface NewContact {
  id: string;
  accountId: string;
  displayName: string;
  nameKey: string;
  namePinyin: string | null;
  jobTitle: string | null;
  ownerId: string | null;
}

interface BatchWrites {
  accounts: NewAccount[];
  contacts: NewContact[];
  points: { partyId: string; kind: string; value: string; normalized: string }[];
  addresses: { partyId: string; address: NonNullable<ImportRowValue['address']>; isPrimary: boolean }[];
  updated: Known[];
  rowErrors: RowError[];
  audit: AuditEntry[];
}

/**
 * A valid accounts row with what deciding it needs computed up front: the stored name keys (pinyin),
 * the duplicate probe and the named contact's keys. They are pure, so they are worked out with the
 * validation, while the batch before is being written, instead of in the batch's transaction.
 */
export type CheckedAccountValue = ImportRowValue & {
  keys: AccountNameKeys;
  probe: Probe;
  contactKeys: { displayName: string; nameKey: string; namePinyin: string | null } | null;
};

/** The pure part of a row (mapping, validation, normalisation, keys), done before any database work. */
export function checkRows(rows: PendingRow[], mapping: ColumnMapping, options: ImportCheckOptions): CheckedRow<CheckedAccountValue>[] {
  return rows.map((row) => {
    const checked = validateImportRow(mapRow(row.cells, mapping), options.baseCurrency);
    if (!checked.ok) return { ...row, ...checked };
    const value = checked.value;
    const displayName = wantsContact(value) ? value.contactName!.replace(/\s+/g, ' ') : null;
    const contactKeys = displayName === null ? null : { displayName, ...contactNameKeys(displayName) };
    return { ...row, ok: true, value: Object.assign(value, { keys: nameKeysOf(value), probe: probeOf(value), contactKeys }) };
  });
}

/** The batch's contact points of one party type, one statement (arrays unnested server-side). */
export async function insertContactPoints(
  em: EntityManager,
  tenantId: string,
  partyType: 'account' | 'contact',
  points: { partyId: string; kind: string; value: string; normalized: string }[],
): Promise<void> {
  if (!points.length) return;
  await em.query(
    `INSERT INTO customers.contact_point (tenant_id, id, party_type, party_id, kind, value, normalized, label, is_primary)
     SELECT $1, p.id, $2, p.party_id, p.kind, p.value, p.normalized, NULL, false
     FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS p(id, party_id, kind, value, normalized)`,
    [
      tenantId,
      partyType,
      points.map(() => timeOrderedUuid()),
      points.map((p) => p.partyId),
      points.map((p) => p.kind),
      points.map((p) => p.value),
      points.map((p) => p.normalized),
    ],
  );
}

/** The batch's refused and skipped rows with their problems and original cells, one statement. */
export async function insertRowErrors(em: EntityManager, tenantId: string, jobId: string, errors: RowError[]): Promise<void> {
  if (!errors.length) return;
  // one JSON parameter: the problems and cells are JSON already, which pg would escape again as array elements
  const rows = errors.map((r) => ({ n: r.rowNumber, o: r.outcome, p: r.problems, c: r.cells }));
  await em.query(
    `INSERT INTO customers.import_row_error (tenant_id, job_id, row_number, outcome, problems, cells)
     SELECT $1, $2, r.n, r.o, r.p, r.c FROM jsonb_to_recordset($3::jsonb) AS r(n int, o text, p jsonb, c jsonb)`,
    [tenantId, jobId, JSON.stringify(rows)],
  );
}

/**
 * CUS-04 set-wise: applies a batch of checked rows in the caller's transaction with a fixed number of
 * statements, whatever the batch's size: one lookup of every existing customer sharing a normalised
 * e-mail, phone or company name key with any row, then (policy `update`) one locked read of the ones
 * to fill, then one multi-row insert per table (accounts, contact points, addresses, refused rows,
 * audit, outbox) and one update of the filled customers. Duplicates are decided in JS, row by row in
 * file order, by the same rules as before (strong reasons only), against existing customers and the
 * rows of the batch before.
 */
@Injectable()
export class ImportBatchWriter implements ImportTargetWriter<CheckedAccountValue> {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  check(rows: PendingRow[], mapping: ColumnMapping, options: ImportCheckOptions): CheckedRow<CheckedAccountValue>[] {
    return checkRows(rows, mapping, options);
  }

  async apply(em: EntityManager, ctx: ImportBatchContext, rows: CheckedRow<CheckedAccountValue>[]): Promise<OutcomeCounts> {
    const counts: OutcomeCounts = { created: 0, updated: 0, skipped: 0, failed: 0 };
    const writes: BatchWrites = { accounts: [], contacts: [], points: [], addresses: [], updated: [], rowErrors: [], audit: [] };
    const valid = rows.filter((r): r is CheckedRow<CheckedAccountValue> & { ok: true } => r.ok);
    const pool = new KnownPool();
    for (const known of await this.lookup(em, ctx.principal, valid.map((r) => r.value.probe))) pool.add(known);
    if (ctx.policy === 'update') await this.loadFillStates(em, pool.existingVisible());
    const owners = await this.owners(em, valid.map((r) => r.value.ownerEmail));
    // CUS-05: the tier a value earns by the tenant's rules as they stand now, read once for the batch
    const rules = valid.some((r) => r.value.value) ? await tierRulesOf(em, ctx.principal.tenantId) : null;

    for (const row of rows) {
      const refused = row.ok ? this.rowPermissionProblems(ctx, row.value, owners) : row.problems;
      if (!row.ok || refused.length) {
        writes.rowErrors.push({ rowNumber: row.rowNumber, outcome: 'failed', problems: refused, cells: row.cells });
        counts.failed += 1;
        continue;
      }
      const probe = row.value.probe;
      const candidates = pool.candidates(probe);
      const duplicates = candidates.filter(isStrongDuplicate);
      if (duplicates.length > 0 && ctx.policy !== 'create') {
        const best = duplicates.find((c) => c.known.visible);
        if (ctx.policy === 'update' && best) {
          this.fill(ctx, best.known, row.value, rules, writes, pool);
          counts.updated += 1;
        } else {
          writes.rowErrors.push({ rowNumber: row.rowNumber, outcome: 'skipped', problems: [duplicateProblem(best ?? duplicates[0])], cells: row.cells });
          counts.skipped += 1;
        }
        continue;
      }
      const ownerId = row.value.ownerEmail ? owners.get(row.value.ownerEmail)!.id : (ctx.principal.userId ?? null);
      pool.add(this.create(ctx, row, probe, ownerId, candidates.length > 0, rules, writes));
      counts.created += 1;
    }
    await this.write(em, ctx, writes);
    return counts;
  }

  /** The users the batch's `ownerEmail` cells name (e-mails are stored lower-cased), with their unit. */
  private async owners(em: EntityManager, emails: (string | null)[]): Promise<Map<string, OwnerUser>> {
    const wanted = unique(emails.filter((e): e is string => !!e));
    if (!wanted.length) return new Map();
    const rows: { id: string; email: string; is_active: boolean; path: string | null }[] = await em.query(
      `SELECT u.id, u.email, u.is_active, ou.path FROM platform."user" u
       LEFT JOIN platform.org_unit ou ON ou.tenant_id = u.tenant_id AND ou.id = u.unit_id
       WHERE u.email = ANY($1::text[])`,
      [wanted],
    );
    return new Map(rows.map((r) => [r.email, { id: r.id, active: r.is_active, unitPath: r.path }]));
  }

  /**
   * What the importer may not do with this row: give the customer to a user they do not manage (the
   * ownership rule of ACC-02: customer:admin or data scope `all` for anyone, `subtree` for their unit's
   * users), or add a contact without contact:create.
   */
  private rowPermissionProblems(ctx: ImportBatchContext, value: ImportRowValue, owners: Map<string, OwnerUser>): FieldProblem[] {
    const { principal } = ctx;
    const problems: FieldProblem[] = [];
    if (value.ownerEmail) {
      const owner = owners.get(value.ownerEmail);
      if (!owner || !owner.active) problems.push({ field: 'ownerEmail', message: `no active user has the e-mail "${value.ownerEmail}"` });
      else if (owner.id !== principal.userId && !mayAssignTo(principal, owner)) {
        problems.push({ field: 'ownerEmail', message: 'you may only give customers to users of your own team (or have customer:admin)' });
      }
    }
    if (wantsContact(value) && !can(principal, CONTACT_RECORD, 'create')) {
      problems.push({ field: 'contactName', message: 'you may not create contacts (contact:create)' });
    }
    return problems;
  }

  /** Every live customer of the tenant sharing a normalised e-mail or phone, or a company name key, with a row. */
  private async lookup(em: EntityManager, principal: Principal, probes: Probe[]): Promise<Known[]> {
    const emails = unique(probes.flatMap((p) => p.emails));
    const phones = unique(probes.flatMap((p) => p.phones));
    const nameKeys = unique(probes.filter((p) => p.kind === 'company' && p.nameKey).map((p) => p.nameKey));
    if (!emails.length && !phones.length && !nameKeys.length) return [];
    const visible = visibleAccountCondition(principal, 'p');
    // The planner cannot estimate a thousand keys under the RLS tenant condition (it guessed most of the
    // tenant): as `IN (subquery)` it hash-joined a scan of every account, and the cost it then expects
    // made it JIT-compile the query (seconds). The ids come first (index lookups), then the accounts by
    // primary key; JIT is off for the batch, whose statements are all index work.
    await em.query('SET LOCAL jit = off');
    const [sql, params] = em.connection.driver.escapeQueryWithParameters(
      `SELECT p.id, p.name, p.kind, p.name_key, p.owner_id, ${visible.sql} AS visible,
         (SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = 'account' AND cp.party_id = p.id AND cp.kind = 'email') AS emails,
         (SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = 'account' AND cp.party_id = p.id AND cp.kind = ANY(:phoneKinds)) AS phones
       FROM customers.account p
       WHERE p.id = ANY(ARRAY(
           SELECT id FROM customers.account WHERE name_key = ANY(:nameKeys)
           UNION SELECT party_id FROM customers.contact_point WHERE party_type = 'account' AND kind = 'email' AND normalized = ANY(:emails)
           UNION SELECT party_id FROM customers.contact_point WHERE party_type = 'account' AND kind = ANY(:phoneKinds) AND normalized = ANY(:phones)))
         AND p.merged_into_id IS NULL`,
      { ...visible.params, nameKeys, emails, phones, phoneKinds: PHONE_KINDS },
      {},
    );
    const rows: { id: string; name: string; kind: string; name_key: string; owner_id: string | null; visible: boolean; emails: string[] | null; phones: string[] | null }[] =
      await em.query(sql, params);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      dedupKind: r.kind === 'company' ? 'company' : 'person',
      nameKey: r.name_key,
      ownerId: r.owner_id,
      visible: r.visible,
      emails: new Set(r.emails ?? []),
      phones: new Set(r.phones ?? []),
    }));
  }

  /** Policy `update`: what the customers an update row may fill hold now, read under a row lock. */
  private async loadFillStates(em: EntityManager, known: Known[]): Promise<void> {
    if (!known.length) return;
    const ids = known.map((k) => k.id);
    const accounts: {
      id: string;
      industry: string | null;
      source: string | null;
      website: string | null;
      tax_id: string | null;
      notes: string;
      tags: string[];
      value_minor: string | null;
      value_currency: string | null;
      tier: string | null;
      unknown_fields: string[];
      has_address: boolean;
    }[] = await em.query(
      `SELECT a.id, a.industry, a.source, a.website, a.tax_id, a.notes, a.tags, a.value_minor, a.value_currency, a.tier, a.unknown_fields,
         EXISTS (SELECT 1 FROM customers.address ad WHERE ad.party_type = 'account' AND ad.party_id = a.id) AS has_address
       FROM customers.account a WHERE a.id = ANY($1::uuid[]) FOR UPDATE OF a`,
      [ids],
    );
    const points: { party_id: string; kind: string; normalized: string }[] = await em.query(
      `SELECT party_id, kind, normalized FROM customers.contact_point WHERE party_type = 'account' AND party_id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(known.map((k) => [k.id, k]));
    for (const a of accounts) {
      byId.get(a.id)!.fill = {
        industry: a.industry,
        source: a.source,
        website: a.website,
        taxId: a.tax_id,
        notes: a.notes,
        tags: a.tags,
        value: a.value_minor !== null && a.value_currency ? { amountMinor: BigInt(a.value_minor), currency: a.value_currency } : null,
        tier: a.tier,
        unknownFields: a.unknown_fields,
        points: new Set(),
        hasAddress: a.has_address,
        changed: false,
      };
    }
    for (const p of points) byId.get(p.party_id)?.fill?.points.add(`${p.kind}:${p.normalized}`);
  }

  private create(
    ctx: ImportBatchContext,
    row: CheckedRow<CheckedAccountValue> & { ok: true },
    probe: Probe,
    ownerId: string | null,
    allowDuplicate: boolean,
    rules: TierRules | null,
    writes: BatchWrites,
  ): Known {
    const { principal } = ctx;
    const value = row.value;
    const { keys } = value;
    const account: NewAccount = {
      id: timeOrderedUuid(),
      rowNumber: row.rowNumber,
      ownerId,
      value,
      ...keys,
      points: value.contactPoints.map((p) => ({ ...p })),
      address: value.address,
      fill: {
        industry: value.industry,
        source: value.source,
        website: value.website,
        taxId: value.taxId,
        notes: value.notes,
        tags: [...new Set(value.tags)],
        value: value.value,
        // as createAccount: the tier the rules give the value (none without rules)
        tier: tierFor(value.value, rules),
        unknownFields: value.valueUnknown ? ['value'] : [],
        points: new Set(value.contactPoints.map((p) => `${p.kind}:${p.normalized}`)),
        hasAddress: !!value.address,
        changed: false,
      },
    };
    writes.accounts.push(account);
    for (const p of account.points) writes.points.push({ partyId: account.id, ...p });
    if (value.address) writes.addresses.push({ partyId: account.id, address: value.address, isPrimary: false });
    writes.audit.push({
      recordType: CUSTOMER_RECORD,
      recordId: account.id,
      action: 'create',
      after: {
        id: account.id,
        kind: value.kind,
        name: value.name,
        parentAccountId: null,
        ownerId,
        lifecycleStage: value.lifecycleStage,
        industry: value.industry,
        source: value.source,
        website: value.website,
        taxId: value.taxId,
        notes: value.notes,
        tags: [...account.fill.tags],
        ...valueFields(account.fill),
        unknownFields: account.fill.unknownFields,
        createdById: principal.userId ?? null,
        contactPoints: account.points.map((p) => `${p.kind}:${p.normalized}`),
        allowDuplicate,
      },
    });
    if (value.contactKeys) {
      // the person named in the row, as a contact of the new customer (as ContactService.create writes one)
      const contact: NewContact = {
        id: timeOrderedUuid(),
        accountId: account.id,
        ...value.contactKeys,
        jobTitle: value.jobTitle,
        ownerId,
      };
      writes.contacts.push(contact);
      writes.audit.push(
        {
          recordType: CONTACT_RECORD,
          recordId: contact.id,
          action: 'create',
          after: {
            id: contact.id,
            accountId: account.id,
            givenName: '',
            familyName: '',
            displayName: contact.displayName,
            jobTitle: contact.jobTitle,
            ownerId,
            profileNotes: '',
            tags: [],
            unknownFields: [],
            createdById: principal.userId ?? null,
            contactPoints: [],
            addresses: [],
            allowDuplicate: false,
          },
        },
        { recordType: CUSTOMER_RECORD, recordId: account.id, action: 'contact_added', after: { contactId: contact.id, name: contact.displayName } },
      );
    }
    return {
      id: account.id,
      name: value.name,
      dedupKind: probe.kind,
      nameKey: keys.nameKey,
      ownerId,
      visible: ownerId === principal.userId || principal.dataScope === 'all' || principal.dataScope === 'subtree',
      emails: new Set(probe.emails),
      phones: new Set(value.contactPoints.filter((p) => PHONE_KINDS.includes(p.kind)).map((p) => p.normalized)),
      newRow: account,
    };
  }

  /** Policy `update`: fill what the customer lacks, never overwrite what it has (nor a protected field). */
  private fill(ctx: ImportBatchContext, known: Known, value: ImportRowValue, rules: TierRules | null, writes: BatchWrites, pool: KnownPool): void {
    const state = known.newRow?.fill ?? known.fill;
    // a visible candidate always has its state (loaded under lock, or the batch's own new row)
    if (!state) throw new Error(`import: no state loaded for customer ${known.id}`);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of FILLABLE) {
      if (!state[field] && value[field] && !ctx.protectedFields.has(field)) {
        before[field] = state[field];
        after[field] = state[field] = value[field];
      }
    }
    if (!state.notes && value.notes) {
      before.notes = state.notes;
      after.notes = state.notes = value.notes;
    }
    if (state.tags.length === 0 && value.tags.length > 0) {
      before.tags = state.tags;
      after.tags = state.tags = [...new Set(value.tags)];
    }
    this.fillValue(ctx, state, value, rules, before, after);
    const scalarChange = Object.keys(after).length > 0;
    const newPoints = value.contactPoints.filter((p) => !state.points.has(`${p.kind}:${p.normalized}`));
    if (newPoints.length) {
      for (const p of newPoints) {
        state.points.add(`${p.kind}:${p.normalized}`);
        writes.points.push({ partyId: known.id, ...p });
        pool.addPoint(known, p);
      }
      after.contactPoints = newPoints.map((p) => `${p.kind}:${p.normalized}`);
    }
    if (value.address && !state.hasAddress) {
      state.hasAddress = true;
      writes.addresses.push({ partyId: known.id, address: value.address, isPrimary: true });
      after.address = value.address;
    }
    if (known.newRow) {
      // a customer an earlier row of this batch creates: it is inserted with the filled values
      const a = known.newRow;
      a.value = { ...a.value, industry: state.industry, source: state.source, website: state.website, taxId: state.taxId, notes: state.notes, tags: state.tags, value: state.value };
    } else if (scalarChange && !state.changed) {
      state.changed = true;
      writes.updated.push(known);
    }
    if (Object.keys(after).length) writes.audit.push({ recordType: CUSTOMER_RECORD, recordId: known.id, action: 'update', before, after });
  }

  /**
   * CUS-07 policy `update`: a customer with no value (known or recorded unknown) takes the row's, and
   * then the tier the rules give it, as an edit of the value does (unless the tier is protected, DQ-04);
   * a row saying "unknown" records that. A known value drops "unknown" (DQ-05).
   */
  private fillValue(ctx: ImportBatchContext, state: FillState, value: ImportRowValue, rules: TierRules | null, before: Record<string, unknown>, after: Record<string, unknown>): void {
    if (state.value || state.unknownFields.includes('value') || (!value.value && !value.valueUnknown)) return;
    const was = { ...valueFields(state), unknownFields: state.unknownFields };
    if (value.value) {
      state.value = value.value;
      if (rules && !ctx.protectedFields.has('tier')) state.tier = tierFor(value.value, rules);
    } else {
      state.unknownFields = [...state.unknownFields, 'value'].sort();
    }
    const now = { ...valueFields(state), unknownFields: state.unknownFields };
    for (const key of Object.keys(now) as (keyof typeof now)[]) {
      if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) {
        before[key] = was[key];
        after[key] = now[key];
      }
    }
  }

  /** One statement per table for the whole batch (arrays unnested server-side). */
  private async write(em: EntityManager, ctx: ImportBatchContext, writes: BatchWrites): Promise<void> {
    const { principal } = ctx;
    const tenantId = principal.tenantId;
    const userId = principal.userId ?? null;
    const { accounts } = writes;
    if (accounts.length) {
      await em.query(
        `INSERT INTO customers.account (tenant_id, id, kind, name, name_key, name_pinyin, owner_id, lifecycle_stage, industry, source, website, tax_id, notes, tags,
                                        value_minor, value_currency, tier, unknown_fields, created_by_id, version)
         SELECT $1, r.id, r.kind, r.name, r.name_key, r.name_pinyin, r.owner_id, r.stage, r.industry, r.source, r.website, r.tax_id, r.notes,
                ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.value_minor, r.value_currency, r.tier, ARRAY(SELECT jsonb_array_elements_text(r.unknown_fields)), $2, 1
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::jsonb[], $15::uuid[],
                     $16::bigint[], $17::text[], $18::text[], $19::jsonb[])
           AS r(id, kind, name, name_key, name_pinyin, stage, industry, source, website, tax_id, notes, tags, owner_id, value_minor, value_currency, tier, unknown_fields)`,
        [
          tenantId,
          userId,
          accounts.map((a) => a.id),
          accounts.map((a) => a.value.kind),
          accounts.map((a) => a.value.name),
          accounts.map((a) => a.nameKey),
          accounts.map((a) => a.namePinyin),
          accounts.map((a) => a.value.lifecycleStage),
          accounts.map((a) => a.value.industry),
          accounts.map((a) => a.value.source),
          accounts.map((a) => a.value.website),
          accounts.map((a) => a.value.taxId),
          accounts.map((a) => a.value.notes),
          accounts.map((a) => JSON.stringify(a.value.tags)),
          accounts.map((a) => a.ownerId),
          accounts.map((a) => (a.fill.value ? String(a.fill.value.amountMinor) : null)),
          accounts.map((a) => a.fill.value?.currency ?? null),
          accounts.map((a) => a.fill.tier),
          accounts.map((a) => JSON.stringify(a.fill.unknownFields)),
        ],
      );
    }
    if (writes.contacts.length) {
      const c = writes.contacts;
      await em.query(
        `INSERT INTO customers.contact (tenant_id, id, account_id, display_name, name_key, name_pinyin, job_title, owner_id, created_by_id, version)
         SELECT $1, r.id, r.account_id, r.display_name, r.name_key, r.name_pinyin, r.job_title, r.owner_id, $2, 1
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[]) AS r(id, account_id, display_name, name_key, name_pinyin, job_title, owner_id)`,
        [
          tenantId,
          userId,
          c.map((r) => r.id),
          c.map((r) => r.accountId),
          c.map((r) => r.displayName),
          c.map((r) => r.nameKey),
          c.map((r) => r.namePinyin),
          c.map((r) => r.jobTitle),
          c.map((r) => r.ownerId),
        ],
      );
    }
    if (writes.updated.length) {
      const updated = writes.updated.map((k) => k.fill!);
      await em.query(
        `UPDATE customers.account a
         SET industry = u.industry, source = u.source, website = u.website, tax_id = u.tax_id, notes = u.notes,
             tags = ARRAY(SELECT jsonb_array_elements_text(u.tags)), value_minor = u.value_minor, value_currency = u.value_currency, tier = u.tier,
             unknown_fields = ARRAY(SELECT jsonb_array_elements_text(u.unknown_fields)), updated_at = now(), version = a.version + 1
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::bigint[], $9::text[], $10::text[], $11::jsonb[])
           AS u(id, industry, source, website, tax_id, notes, tags, value_minor, value_currency, tier, unknown_fields)
         WHERE a.id = u.id`,
        [
          writes.updated.map((k) => k.id),
          updated.map((s) => s.industry),
          updated.map((s) => s.source),
          updated.map((s) => s.website),
          updated.map((s) => s.taxId),
          updated.map((s) => s.notes),
          updated.map((s) => JSON.stringify(s.tags)),
          updated.map((s) => (s.value ? String(s.value.amountMinor) : null)),
          updated.map((s) => s.value?.currency ?? null),
          updated.map((s) => s.tier),
          updated.map((s) => JSON.stringify(s.unknownFields)),
        ],
      );
    }
    await insertContactPoints(em, tenantId, 'account', writes.points);
    if (writes.addresses.length) {
      const a = writes.addresses;
      await em.query(
        `INSERT INTO customers.address (tenant_id, party_type, party_id, kind, country, province, city, district, street, postcode, is_primary)
         SELECT $1, 'account', r.party_id, 'office', r.country, r.province, r.city, NULL, r.street, r.postcode, r.is_primary
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[]) AS r(party_id, country, province, city, street, postcode, is_primary)`,
        [
          tenantId,
          a.map((r) => r.partyId),
          a.map((r) => r.address.country.toUpperCase()),
          a.map((r) => r.address.province),
          a.map((r) => r.address.city),
          a.map((r) => r.address.street.trim()),
          a.map((r) => r.address.postcode?.trim() || null),
          a.map((r) => r.isPrimary),
        ],
      );
    }
    await insertRowErrors(em, tenantId, ctx.jobId, writes.rowErrors);
    await this.audit.recordMany(em, writes.audit);
    if (accounts.length || writes.contacts.length) {
      // one event for the batch, carrying every record it created (ADR 0009: the relay's work per row
      // was a fifth of the database's share of an import)
      await this.outbox.publish(em, {
        type: 'customer.accounts.imported',
        aggregateType: 'import_job',
        aggregateId: ctx.jobId,
        payload: {
          importJobId: ctx.jobId,
          accounts: accounts.map((a) => ({ accountId: a.id, kind: a.value.kind, ownerId: a.ownerId })),
          contacts: writes.contacts.map((c) => ({ contactId: c.id, accountId: c.accountId, ownerId: c.ownerId })),
        },
      });
    }
  }
}

/** The value as the account stores and audits it (createAccount's snapshot): minor units as a string, currency, tier. */
function valueFields(state: Pick<FillState, 'value' | 'tier'>): { valueMinor: string | null; valueCurrency: string | null; tier: string | null } {
  return { valueMinor: state.value ? String(state.value.amountMinor) : null, valueCurrency: state.value?.currency ?? null, tier: state.tier };
}

export interface Probe {
  kind: 'company' | 'person';
  name: string;
  nameKey: string;
  emails: string[];
  phones: string[];
}

/** What the duplicate check compares, as the interactive finder's exact-only probe. */
function probeOf(value: ImportRowValue): Probe {
  const kind = value.kind === 'company' ? 'company' : 'person';
  // a company's name key is the one validation computed (companyNameKey, as accountNameKeys)
  return { kind, name: value.name, nameKey: kind === 'company' ? value.nameKey : '', ...pointKeys(value.contactPoints) };
}

/** A row's normalised e-mails and phones, the keys a strong duplicate shares. */
export function pointKeys(points: { kind: string; normalized: string }[]): { emails: string[]; phones: string[] } {
  const emails = points.filter((p) => p.kind === 'email').map((p) => p.normalized);
  // phone and mobile are E.164 already; another handle (WeChat) counts when it reads as a phone number
  const phones = points
    .filter((p) => p.kind !== 'email')
    .map((p) => (p.kind === 'phone' || p.kind === 'mobile' ? p.normalized : normalizePhone(p.normalized)))
    .filter((p): p is string => !!p);
  return { emails: unique(emails), phones: unique(phones) };
}

/** What the account stores for finding it again (accountNameKeys), reusing the company key validation computed. */
export function nameKeysOf(value: ImportRowValue): AccountNameKeys {
  if (value.kind !== 'company') return accountNameKeys(value.kind, value.name);
  return { nameKey: value.nameKey, namePinyin: hasCjk(value.nameKey) ? pinyinOf(value.nameKey) : null };
}

/** The customers a batch checks its rows against, indexed by e-mail, phone and name key. */
class KnownPool {
  private readonly byId = new Map<string, Known>();
  private readonly byEmail = new Map<string, Known[]>();
  private readonly byPhone = new Map<string, Known[]>();
  private readonly byNameKey = new Map<string, Known[]>();

  add(known: Known): void {
    if (this.byId.has(known.id)) return;
    this.byId.set(known.id, known);
    for (const e of known.emails) push(this.byEmail, e, known);
    for (const p of known.phones) push(this.byPhone, p, known);
    if (known.nameKey) push(this.byNameKey, known.nameKey, known);
  }

  addPoint(known: Known, point: { kind: string; normalized: string }): void {
    if (point.kind === 'email') {
      if (!known.emails.has(point.normalized)) push(this.byEmail, point.normalized, known);
      known.emails.add(point.normalized);
    } else if (PHONE_KINDS.includes(point.kind)) {
      if (!known.phones.has(point.normalized)) push(this.byPhone, point.normalized, known);
      known.phones.add(point.normalized);
    }
  }

  existingVisible(): Known[] {
    return [...this.byId.values()].filter((k) => k.visible && !k.newRow);
  }

  /** Scored as the interactive finder scores them, best first. */
  candidates(probe: Probe): Candidate[] {
    const found = new Set<Known>();
    for (const e of probe.emails) for (const k of this.byEmail.get(e) ?? []) found.add(k);
    for (const p of probe.phones) for (const k of this.byPhone.get(p) ?? []) found.add(k);
    if (probe.kind === 'company' && probe.nameKey) for (const k of this.byNameKey.get(probe.nameKey) ?? []) found.add(k);
    const candidates: Candidate[] = [];
    for (const known of found) {
      const { reasons, score } = matchReasons(
        { kind: probe.kind, name: probe.name, emails: probe.emails, phones: probe.phones },
        { kind: known.dedupKind, name: known.name, emails: [...known.emails], phones: [...known.phones] },
      );
      if (score >= MIN_SCORE) candidates.push({ known, score, reasons });
    }
    return candidates.sort((a, b) => b.score - a.score);
  }
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Why a row was skipped: the customer it duplicates, named and flagged when hidden as DQ-02 does (a visible one preferred). */
function duplicateProblem(candidate: Candidate): FieldProblem {
  const reasons = candidate.reasons.map((r) => r.code);
  const { known } = candidate;
  if (known.newRow) return { field: 'name', message: `duplicates row ${known.newRow.rowNumber} of this file, "${known.name}" (${reasons.join(', ')}); skipped` };
  return { field: 'name', message: existingDuplicateMessage('customer', known, reasons) };
}

/**
 * A row names a person to add as the new customer's contact: a company's contact, or someone other than
 * the individual customer (validation fills an individual's contact name with their own name).
 */
function wantsContact(value: ImportRowValue): boolean {
  if (!value.contactName) return false;
  return value.kind === 'company' || value.contactName !== value.name || !!value.jobTitle;
}

/** ACC-02's rule for giving a customer to another user: customer:admin or scope `all`, else a user of the importer's unit subtree. */
function mayAssignTo(principal: Principal, owner: OwnerUser): boolean {
  if (can(principal, CUSTOMER_RECORD, 'admin') || principal.dataScope === 'all') return true;
  return principal.dataScope === 'subtree' && !!principal.unitPath && !!owner.unitPath && owner.unitPath.startsWith(principal.unitPath);
}
