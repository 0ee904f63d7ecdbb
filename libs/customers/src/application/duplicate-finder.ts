import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal, visibilityCondition } from '@crm/platform';
import type { AccountKind } from '../domain/account-types';
import { accountNameKeys } from '../domain/account-keys';
import { matchReasons, SIMILAR_NAME_THRESHOLD, type MatchReason } from '../domain/dedup/match-reasons';
import { normalizeEmail, normalizePhone } from '../domain/dedup/normalize';

export interface AccountProbe {
  kind: AccountKind;
  name: string;
  emails?: string[];
  phones?: string[];
  /** The account being edited, never its own duplicate. */
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

/** Candidates below this score are not shown. */
const MIN_SCORE = 0.45;
const MAX_CANDIDATES = 10;
/** Name-only candidates considered (people share names: 张伟 is common; contact-point matches always count). */
const NAME_CANDIDATES = 30;
const PHONE_KINDS = ['phone', 'mobile', 'fax'];

interface CandidateRow {
  id: string;
  name: string;
  kind: AccountKind;
  owner_id: string | null;
  visible: boolean;
  emails: string[] | null;
  phones: string[] | null;
}

/**
 * DQ-02: finds existing accounts that may be the same customer, in two steps: the database narrows to
 * candidates through indexes (equal name key or pinyin, trigram-similar name key, equal normalised
 * e-mail or phone), then every candidate is scored and explained by the same pure rules the unit
 * tests prove. Searches the whole tenant, not only what the asker may see, or reps would re-create
 * each other's customers; hidden ones are flagged.
 */
@Injectable()
export class DuplicateFinder {
  async findAccounts(em: EntityManager, principal: Principal, probe: AccountProbe): Promise<DuplicateCandidate[]> {
    const { nameKey, namePinyin } = accountNameKeys(probe.kind, probe.name);
    const emails = (probe.emails ?? []).map(normalizeEmail);
    const phones = (probe.phones ?? []).map((p) => normalizePhone(p)).filter((p): p is string => !!p);
    const visibility = visibilityCondition(principal, { recordType: 'customer', alias: 'a' });
    // The index branch returns only names similar enough to be scored SIMILAR_NAME; looser ones would
    // be dropped after ranking anyway, and common names (people's pinyin) would flood the ranking.
    await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(SIMILAR_NAME_THRESHOLD)]);

    const rows = await em
      .createQueryBuilder()
      .select(['a.id AS id', 'a.name AS name', 'a.kind AS kind', 'a.owner_id AS owner_id'])
      .addSelect(`${visibility.sql}`, 'visible')
      .addSelect(
        `(SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = 'account' AND cp.party_id = a.id AND cp.kind = 'email')`,
        'emails',
      )
      .addSelect(
        `(SELECT array_agg(cp.normalized) FROM customers.contact_point cp WHERE cp.party_type = 'account' AND cp.party_id = a.id AND cp.kind IN (:...phoneKinds))`,
        'phones',
      )
      .from('customers.account', 'a')
      // Two kinds of candidates, each found through its own indexes (an OR across them would scan the
      // table): every account sharing a normalised e-mail or phone, however common its name, and the
      // NAME_CANDIDATES names most similar to the probe's (equal key, equal pinyin, trigram-similar).
      .where(
        `a.id IN (
          (SELECT n.id FROM (
            SELECT id, name_key FROM customers.account WHERE name_key = :nameKey
            UNION SELECT id, name_key FROM customers.account WHERE name_key % :nameKey
            ${namePinyin ? 'UNION SELECT id, name_key FROM customers.account WHERE name_pinyin = :namePinyin' : ''}
          ) n ORDER BY similarity(n.name_key, :nameKey) DESC LIMIT ${NAME_CANDIDATES})
          ${emails.length ? `UNION ALL SELECT party_id FROM customers.contact_point WHERE party_type = 'account' AND kind = 'email' AND normalized = ANY(:emails)` : ''}
          ${phones.length ? `UNION ALL SELECT party_id FROM customers.contact_point WHERE party_type = 'account' AND kind IN (:...phoneKinds) AND normalized = ANY(:phones)` : ''})`,
        { nameKey, namePinyin, emails, phones },
      )
      .andWhere('a.merged_into_id IS NULL')
      .andWhere(probe.excludeId ? 'a.id <> :excludeId' : 'TRUE', { excludeId: probe.excludeId })
      .setParameters({ ...visibility.params, phoneKinds: PHONE_KINDS })
      .getRawMany<CandidateRow>();

    return rows
      .map((row) => {
        const { reasons, score } = matchReasons(
          { kind: probe.kind === 'company' ? 'company' : 'person', name: probe.name, emails, phones },
          { kind: row.kind === 'company' ? 'company' : 'person', name: row.name, emails: row.emails ?? [], phones: row.phones ?? [] },
        );
        return { accountId: row.id, name: row.name, ownerId: row.owner_id, score, reasons, visible: row.visible };
      })
      .filter((c) => c.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_CANDIDATES);
  }
}
