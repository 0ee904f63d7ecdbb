import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import { Principal, SqlCondition, visibilityCondition } from '@crm/platform';
import type { AccountKind } from '../domain/account-types';
import { accountNameKeys, type AccountNameKeys } from '../domain/account-keys';
import { contactNameKeys } from '../domain/contacts/contact-name';
import { matchReasons, SIMILAR_NAME_THRESHOLD, type DedupProbe, type MatchReason } from '../domain/dedup/match-reasons';
import { normalizeEmail, normalizePhone } from '../domain/dedup/normalize';
import { trigramSimilarity } from '../domain/dedup/similarity';
import type { PartyType } from '../infrastructure/contact-point.entity';
import { contactVisibility } from './visible-contacts';

export interface AccountProbe {
  kind: AccountKind;
  name: string;
  emails?: string[];
  phones?: string[];
  /** The account being edited, never its own duplicate. */
  excludeId?: string;
  /**
   * Only records with the same e-mail or phone, or companies with the same name key (the reasons a bulk
   * import acts on without a person looking): index lookups alone, no similar-name search, so a row of a
   * large import stays cheap.
   */
  exactOnly?: boolean;
}

export interface ContactProbe {
  name: string;
  emails?: string[];
  phones?: string[];
  /** The customer the person works at: namesakes there rank first. */
  accountId?: string | null;
  /** The contact being edited, never its own duplicate. */
  excludeId?: string;
}

export interface DuplicateCandidate {
  accountId: string;
  name: string;
  ownerId: string | null;
  score: number;
  reasons: MatchReason[];
  /** False when the record exists but is not the asker's to see: only its name is told, so they can ask its owner. */
  visible: boolean;
}

export interface ContactDuplicateCandidate {
  contactId: string;
  name: string;
  /** The customer the candidate works at; its name only when the asker may see the candidate. */
  accountId: string | null;
  accountName: string | null;
  ownerId: string | null;
  score: number;
  reasons: MatchReason[];
  visible: boolean;
}

/** Candidates below this score are not shown. */
const MIN_SCORE = 0.45;
const MAX_CANDIDATES = 10;
/** Name-only candidates considered, the nearest first (people share names: 张伟 is common; contact-point matches always count). */
const NAME_CANDIDATES = 20;
/** Equal company name keys a bulk import (exactOnly) considers. */
const EXACT_NAME_CANDIDATES = 30;
const PHONE_KINDS = ['phone', 'mobile', 'fax'];

/** Where one kind of party lives and how its rows read, for the shared candidate search. */
interface PartySource {
  partyType: PartyType;
  table: string;
  nameColumn: string;
  /** SQL giving 'company' or 'person' for a row aliased `p`. */
  dedupKindSql: string;
  visibility(principal: Principal): SqlCondition;
  /** Extra columns, aliased `p`. */
  extra: Record<string, string>;
  /** The column naming the customer a party works at, when it has one: namesakes there are always candidates. */
  accountColumn?: string;
  /**
   * The table of the tenant's distinct live name keys (`tenant_id, name_key`, trigram GIN), when there is one:
   * similar names are searched there and joined back by the B-tree on name_key, so a name shared by
   * thousands is one row to rank, not thousands.
   */
  nameKeyTable?: string;
}

const ACCOUNTS: PartySource = {
  partyType: 'account',
  table: 'customers.account',
  nameColumn: 'name',
  dedupKindSql: `CASE WHEN p.kind = 'company' THEN 'company' ELSE 'person' END`,
  visibility: (principal) => visibilityCondition(principal, { recordType: 'customer', alias: 'p' }),
  extra: {},
};

const CONTACTS: PartySource = {
  partyType: 'contact',
  table: 'customers.contact',
  nameColumn: 'display_name',
  dedupKindSql: `'person'`,
  visibility: (principal) => contactVisibility(principal, 'p'),
  accountColumn: 'account_id',
  nameKeyTable: 'customers.contact_name_key',
  extra: {
    account_id: 'p.account_id',
    account_name: '(SELECT acc.name FROM customers.account acc WHERE acc.id = p.account_id)',
  },
};

interface CandidateRow {
  id: string;
  name: string;
  dedup_kind: DedupProbe['kind'];
  owner_id: string | null;
  name_key: string;
  visible: boolean;
  emails: string[] | null;
  phones: string[] | null;
  [extra: string]: unknown;
}

interface ScoredRow {
  row: CandidateRow;
  score: number;
  reasons: MatchReason[];
  /** Trigram similarity of the name keys: orders candidates of equal score (many names are SIMILAR_NAME alike). */
  closeness: number;
}

interface NormalizedProbe {
  kind: DedupProbe['kind'];
  name: string;
  keys: AccountNameKeys;
  emails: string[];
  phones: string[];
  excludeId?: string;
  exactOnly?: boolean;
  /** The customer a person works at (contacts). */
  accountId?: string | null;
}

/**
 * DQ-02: finds existing accounts or contacts that may be the same customer or person, in two steps:
 * the database narrows to candidates through indexes (equal name key or pinyin, trigram-similar name
 * key, equal normalised e-mail or phone), then every candidate is scored and explained by the same
 * pure rules the unit tests prove. Searches the whole tenant, not only what the asker may see, or
 * reps would re-create each other's records; hidden ones are flagged.
 */
@Injectable()
export class DuplicateFinder {
  async findAccounts(em: EntityManager, principal: Principal, probe: AccountProbe): Promise<DuplicateCandidate[]> {
    const scored = await this.find(em, principal, ACCOUNTS, {
      kind: probe.kind === 'company' ? 'company' : 'person',
      name: probe.name,
      keys: accountNameKeys(probe.kind, probe.name),
      ...contactPointsOf(probe),
      excludeId: probe.excludeId,
      exactOnly: probe.exactOnly,
    });
    // a bulk import (exactOnly) keeps the order it has always had among equal scores
    const closer = (a: ScoredRow, b: ScoredRow) => (probe.exactOnly ? 0 : b.closeness - a.closeness);
    return scored
      .sort((a, b) => b.score - a.score || closer(a, b))
      .slice(0, MAX_CANDIDATES)
      .map(({ row, score, reasons }) => ({ accountId: row.id, name: row.name, ownerId: row.owner_id, score, reasons, visible: row.visible }));
  }

  async findContacts(em: EntityManager, principal: Principal, probe: ContactProbe): Promise<ContactDuplicateCandidate[]> {
    const scored = await this.find(em, principal, CONTACTS, {
      kind: 'person',
      name: probe.name,
      keys: contactNameKeys(probe.name),
      ...contactPointsOf(probe),
      excludeId: probe.excludeId,
      accountId: probe.accountId,
    });
    const atSameAccount = (s: ScoredRow) => (probe.accountId && s.row.account_id === probe.accountId ? 1 : 0);
    return scored
      .sort((a, b) => b.score - a.score || atSameAccount(b) - atSameAccount(a) || b.closeness - a.closeness)
      .slice(0, MAX_CANDIDATES)
      .map(({ row, score, reasons }) => ({
        contactId: row.id,
        name: row.name,
        accountId: (row.account_id as string | null) ?? null,
        accountName: row.visible ? ((row.account_name as string | null) ?? null) : null,
        ownerId: row.owner_id,
        score,
        reasons,
        visible: row.visible,
      }));
  }

  private async find(em: EntityManager, principal: Principal, source: PartySource, probe: NormalizedProbe): Promise<ScoredRow[]> {
    const { nameKey, namePinyin } = probe.keys;
    const { emails, phones } = probe;
    const visibility = source.visibility(principal);
    const t = source.table;
    // The trigram conditions return only names similar enough to be scored SIMILAR_NAME; looser ones
    // would be dropped after scoring anyway, and the index walk stops where none can be left. The
    // statement runs prepared with its generic plan (see runPrepared), in the same round trip.
    if (!probe.exactOnly) {
      await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true), set_config('plan_cache_mode', 'force_generic_plan', true)`, [
        String(SIMILAR_NAME_THRESHOLD),
      ]);
    }
    const k = NAME_CANDIDATES;
    // exact only: a company's equal name key (unique in practice); a person's name is shared by thousands
    const nameCandidates = probe.exactOnly
      ? probe.kind === 'company'
        ? `SELECT id FROM ${t} WHERE name_key = :nameKey LIMIT ${EXACT_NAME_CANDIDATES}`
        : `SELECT NULL::uuid WHERE FALSE`
      : // Never a rank of every row a common name matches: a person's name is shared by hundreds, and
        // a short key (people's sorted pinyin such as "lan zhang") is trigram-similar to thousands.
        // Equal keys first, at most k (B-tree). Similar names (trigram GIN, the k most similar) are
        // searched for a company unless k equal keys fill the list (company keys are unique in practice,
        // and a company's similar names are few), and for a person only when nobody has the name: a
        // namesake (SAME_NAME, SAME_NAME_PINYIN or SWAPPED_NAME_ORDER) outranks any merely similar
        // name; a person's similar names are searched on the table of distinct name keys (a name a
        // thousand people share is one key there). A company's equal pinyin (homophone characters,
        // other key) is a B-tree lookup. A person
        // added at a customer: the namesakes already there, however many there are elsewhere.
        `(SELECT id FROM equal_key)
          UNION (${similarNames(source, `(SELECT count(*) FROM equal_key) < ${probe.kind === 'company' ? k : 1}`, k)})
          ${namePinyin && probe.kind === 'company' ? `UNION (SELECT id FROM ${t} WHERE name_pinyin = :namePinyin AND merged_into_id IS NULL LIMIT ${k})` : ''}
          ${probe.accountId && source.accountColumn ? `UNION (SELECT id FROM ${t} WHERE ${source.accountColumn} = :accountId AND merged_into_id IS NULL AND (name_key % :nameKey ${namePinyin ? 'OR name_pinyin = :namePinyin' : ''}) LIMIT ${k})` : ''}`;

    const qb = em
      .createQueryBuilder()
      .select(['p.id AS id', `p.${source.nameColumn} AS name`, `${source.dedupKindSql} AS dedup_kind`, 'p.owner_id AS owner_id', 'p.name_key AS name_key'])
      .addSelect(`${visibility.sql}`, 'visible')
      .addSelect(
        `(SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = :partyType AND cp.party_id = p.id AND cp.kind = 'email')`,
        'emails',
      )
      .addSelect(
        `(SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = :partyType AND cp.party_id = p.id AND cp.kind IN (:...phoneKinds))`,
        'phones',
      );
    for (const [alias, sql] of Object.entries(source.extra)) qb.addSelect(sql, alias);
    // the record being edited is not a namesake of itself: it must not stop the similar-name search
    if (!probe.exactOnly) {
      qb.addCommonTableExpression(
        `SELECT id FROM ${t} WHERE name_key = :nameKey AND merged_into_id IS NULL ${probe.excludeId ? 'AND id <> :excludeId' : ''} LIMIT ${k}`,
        'equal_key',
      );
    }
    qb.from(t, 'p')
      // Two kinds of candidates, each found through its own indexes (an OR across them would scan the
      // table): every record sharing a normalised e-mail or phone, however common its name, and the
      // NAME_CANDIDATES nearest names (trigram KNN), a company's equal pinyin, namesakes at the same customer.
      .where(
        `p.id IN (
          (${nameCandidates})
          ${emails.length ? `UNION ALL SELECT party_id FROM customers.contact_point WHERE party_type = :partyType AND kind = 'email' AND normalized = ANY(:emails)` : ''}
          ${phones.length ? `UNION ALL SELECT party_id FROM customers.contact_point WHERE party_type = :partyType AND kind IN (:...phoneKinds) AND normalized = ANY(:phones)` : ''})`,
        { nameKey, namePinyin, emails, phones, accountId: probe.accountId },
      )
      .andWhere('p.merged_into_id IS NULL')
      .andWhere(probe.excludeId ? 'p.id <> :excludeId' : 'TRUE', { excludeId: probe.excludeId })
      .setParameters({ ...visibility.params, phoneKinds: PHONE_KINDS, partyType: source.partyType });
    // a bulk import (exactOnly) runs as it always has
    const rows = probe.exactOnly ? await qb.getRawMany<CandidateRow>() : await runPrepared<CandidateRow>(em, ...qb.getQueryAndParameters());

    return rows
      .map((row) => {
        const { reasons, score } = matchReasons(
          { kind: probe.kind, name: probe.name, emails, phones },
          { kind: row.dedup_kind, name: row.name, emails: row.emails ?? [], phones: row.phones ?? [] },
        );
        return { row, score, reasons, closeness: trigramSimilarity(nameKey, row.name_key) };
      })
      .filter((c) => c.score >= MIN_SCORE);
  }
}

/**
 * The k records whose name keys are most similar to the probe's (trigram `%` at the session's threshold),
 * not the probe's own key, searched only while `when` holds (a one-time filter). With a table of distinct
 * keys: the k most similar keys, each joined back to at most k live records by the B-tree on name_key,
 * the k of those with the nearest keys; a name a thousand people share is one key to rank.
 */
function similarNames(source: PartySource, when: string, k: number): string {
  const t = source.table;
  if (!source.nameKeyTable) {
    return `SELECT id FROM ${t} WHERE ${when} AND name_key % :nameKey AND name_key <> :nameKey
              AND merged_into_id IS NULL ORDER BY similarity(name_key, :nameKey) DESC LIMIT ${k}`;
  }
  return `SELECT r.id FROM (
              SELECT nk.name_key, similarity(nk.name_key, :nameKey) AS closeness FROM ${source.nameKeyTable} nk
              WHERE ${when} AND nk.name_key % :nameKey AND nk.name_key <> :nameKey
              ORDER BY closeness DESC LIMIT ${k}
            ) keys
            CROSS JOIN LATERAL (SELECT id FROM ${t} WHERE name_key = keys.name_key AND merged_into_id IS NULL LIMIT ${k}) r
            ORDER BY keys.closeness DESC LIMIT ${k}`;
}

/**
 * Runs the candidate search as a named prepared statement of the transaction's connection, so it is
 * planned once per connection (generic plan, forced by the caller) instead of on every check:
 * planning this many-branch query cost more than running it. The visibility predicate names its
 * subquery aliases uniquely per call (`vis123_ou`); they are renumbered by first appearance, so one
 * shape of query is one statement.
 */
async function runPrepared<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const runner = em.queryRunner;
  if (!runner || runner.isReleased) return em.query(sql, params);
  const client = (await runner.connect()) as PoolClient;
  const seen = new Map<string, number>();
  const text = sql.replace(/\bvis(\d+)_/g, (_m, n: string) => `vis${seen.get(n) ?? seen.set(n, seen.size + 1).get(n)}_`);
  const name = `dedup_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  em.connection.logger.logQuery(text, params, runner);
  const result = await client.query({ name, text, values: params });
  return result.rows as T[];
}

function contactPointsOf(probe: { emails?: string[]; phones?: string[] }): { emails: string[]; phones: string[] } {
  return {
    emails: (probe.emails ?? []).map(normalizeEmail),
    phones: (probe.phones ?? []).map((p) => normalizePhone(p)).filter((p): p is string => !!p),
  };
}
