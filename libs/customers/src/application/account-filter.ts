import type { SelectQueryBuilder } from 'typeorm';
import { foldText } from '../domain/dedup/normalize';
import type { AccountFilter } from './account.service';
import type { AccountEntity } from '../infrastructure/account.entity';
import { escapeLike, partyDetailsSearch } from './party-search';

export { escapeLike };

/** The accounts list's filters (CUS-03) on a `visibleAccounts` query; shared by the list and the export. */
export function applyAccountFilter(qb: SelectQueryBuilder<AccountEntity>, filter: AccountFilter | null | undefined): SelectQueryBuilder<AccountEntity> {
  const f = filter ?? {};
  if (f.kind) qb.andWhere('a.kind = :kind', { kind: f.kind });
  if (f.lifecycleStage) qb.andWhere('a.lifecycleStage = :stage', { stage: f.lifecycleStage });
  if (f.ownerId) qb.andWhere('a.ownerId = :ownerId', { ownerId: f.ownerId });
  if (f.parentAccountId) qb.andWhere('a.parentAccountId = :parentId', { parentId: f.parentAccountId });
  if (f.tag) qb.andWhere(':tag = ANY(a.tags)', { tag: f.tag });
  if (f.search?.trim()) {
    // a match in the name (any spelling) or in part of any contact point or address (CUS-02, ADR 0016)
    const folded = foldText(f.search).replace(/\s+/g, '');
    const details = partyDetailsSearch('account', 'a.id', f.search);
    qb.andWhere(
      `(a.name ILIKE :search OR a.nameKey LIKE :searchKey OR a.namePinyin LIKE :searchKey ${details ? `OR ${details.sql}` : ''})`,
      { search: `%${escapeLike(f.search.trim())}%`, searchKey: `%${escapeLike(folded)}%`, ...details?.params },
    );
  }
  return qb;
}
