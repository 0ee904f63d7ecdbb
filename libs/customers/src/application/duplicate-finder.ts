import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal, visibilityCondition } from '@crm/platform';
import type { AccountKind } from '../domain/account-types';
import { accountNameKeys } from '../domain/account-keys';
import { matchReasons, type MatchReason } from '../domain/dedup/match-reasons';
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
      .where('a.merged_into_id IS NULL')
      .andWhere(probe.excludeId ? 'a.id <> :excludeId' : 'TRUE', { excludeId: probe.excludeId })
      .andWhere(
        `(a.name_key = :nameKey OR a.name_key % :nameKey
          ${namePinyin ? 'OR a.name_pinyin = :namePinyin' : ''}
          ${emails.length ? `OR a.id IN (SELECT cp.party_id FROM customers.contact_point cp WHERE cp.party_type = 'account' AND cp.kind = 'email' AND cp.normalized = ANY(:emails))` : ''}
          ${phones.length ? `OR a.id IN (SELECT cp.party_id FROM customers.contact_point cp WHERE cp.party_type = 'account' AND cp.kind IN (:...phoneKinds) AND cp.normalized = ANY(:phones))` : ''})`,
        { nameKey, namePinyin, emails, phones },
      )
      .setParameters({ ...visibility.params, phoneKinds: PHONE_KINDS })
      .orderBy('similarity(a.name_key, :nameKey)', 'DESC')
      .limit(50)
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
