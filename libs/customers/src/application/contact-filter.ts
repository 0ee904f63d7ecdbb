import type { SelectQueryBuilder } from 'typeorm';
import { foldText, hasCjk } from '../domain/dedup/normalize';
import { pinyinOf } from '../domain/dedup/pinyin';
import type { ContactEntity } from '../infrastructure/contact.entity';
import { partySearch } from './party-search';

/** Which contacts a list shows by their archive state; lists show the active ones unless asked. */
export type ContactArchiveState = 'active' | 'archived' | 'all';

export interface ContactFilter {
  accountId?: string | null;
  search?: string | null;
  tag?: string | null;
  /** true: only people with an e-mail; false: only people without one. */
  hasEmail?: boolean | null;
  /** true: only people with a phone or mobile; false: only people without one. */
  hasPhone?: boolean | null;
  /** Left out: active only. */
  archived?: ContactArchiveState | null;
}

const PHONE_KINDS = `('phone', 'mobile')`;

/** The contacts list's filters (CUS-02, CUS-03) on a `visibleContacts` query (alias `c`); shared by the list and the export. */
export function applyContactFilter(qb: SelectQueryBuilder<ContactEntity>, filter: ContactFilter | null | undefined): SelectQueryBuilder<ContactEntity> {
  const f = filter ?? {};
  const archived = f.archived ?? 'active';
  if (archived === 'active') qb.andWhere('c.archivedAt IS NULL');
  if (archived === 'archived') qb.andWhere('c.archivedAt IS NOT NULL');
  if (f.accountId) qb.andWhere('c.accountId = :accountId', { accountId: f.accountId });
  if (f.tag?.trim()) qb.andWhere(':tag = ANY(c.tags)', { tag: f.tag.trim() });
  const has = (kinds: string) => `EXISTS (SELECT 1 FROM customers.contact_point hp WHERE hp.party_type = 'contact' AND hp.party_id = c.id AND hp.kind IN ${kinds})`;
  if (f.hasEmail != null) qb.andWhere(f.hasEmail ? has(`('email')`) : `NOT ${has(`('email')`)}`);
  if (f.hasPhone != null) qb.andWhere(f.hasPhone ? has(PHONE_KINDS) : `NOT ${has(PHONE_KINDS)}`);
  const search = f.search?.trim();
  if (search) {
    // the name as typed, folded (the key's spelling) or as pinyin (a Chinese fragment also finds its
    // homophones' pinyin), or part of any contact point or address (CUS-02, CUS-03; ADR 0016, ADR 0020)
    const folded = foldText(search);
    const condition = partySearch('contact', 'c', search, [search, folded, ...(hasCjk(folded) ? [pinyinOf(folded)] : [])]);
    qb.andWhere(condition.sql, condition.params);
  }
  return qb;
}
