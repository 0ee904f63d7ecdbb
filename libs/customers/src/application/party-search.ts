import type { SqlCondition } from '@crm/platform';
import { searchFragments } from '../domain/search/search-text';
import type { PartyType } from '../infrastructure/contact-point.entity';

/**
 * "Some contact point (e-mail, phone, social handle...) or address of the party contains the
 * fragment" (CUS-02, ADR 0016), as a condition on the party's id column `idColumn`; null when the
 * fragment is too short to search them (the name conditions still apply). Each subquery is one
 * bitmap scan of a GIN trigram index led by tenant_id, run once per query (a hashed subplan).
 */
export function partyDetailsSearch(partyType: PartyType, idColumn: string, query: string): SqlCondition | null {
  const fragments = searchFragments(query);
  if (!fragments.length) return null;
  const params: Record<string, unknown> = { detailPartyType: partyType };
  const like = (alias: string) =>
    fragments
      .map((fragment, i) => {
        params[`detailSearch${i}`] = `%${escapeLike(fragment)}%`;
        return `${alias}.search_text LIKE :detailSearch${i}`;
      })
      .join(' OR ');
  return {
    sql:
      `(${idColumn} IN (SELECT dcp.party_id FROM customers.contact_point dcp WHERE dcp.party_type = :detailPartyType AND (${like('dcp')}))` +
      ` OR ${idColumn} IN (SELECT dad.party_id FROM customers.address dad WHERE dad.party_type = :detailPartyType AND (${like('dad')})))`,
    params,
  };
}

/** `text` as a literal inside a LIKE pattern (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
