import type { SelectQueryBuilder } from 'typeorm';
import { foldText } from '../domain/dedup/normalize';
import type { AccountFilter } from './account.service';
import type { AccountEntity } from '../infrastructure/account.entity';
import { escapeLike, partySearch } from './party-search';

export { escapeLike };

/** The accounts list's filters (CUS-03) on a `visibleAccounts` query; shared by the list and the export. */
export function applyAccountFilter(qb: SelectQueryBuilder<AccountEntity>, filter: AccountFilter | null | undefined): SelectQueryBuilder<AccountEntity> {
  const f = filter ?? {};
  if (f.kind) qb.andWhere('a.kind = :kind', { kind: f.kind });
  if (f.lifecycleStage) qb.andWhere('a.lifecycleStage = :stage', { stage: f.lifecycleStage });
  if (f.ownerId) qb.andWhere('a.ownerId = :ownerId', { ownerId: f.ownerId });
  if (f.parentAccountId) qb.andWhere('a.parentAccountId = :parentId', { parentId: f.parentAccountId });
  if (f.tag) qb.andWhere(':tag = ANY(a.tags)', { tag: f.tag });
  const search = f.search?.trim();
  if (search) {
    // the name as typed or folded (Simplified, the key's spelling; pinyin typed as pinyin), or part of
    // any contact point or address (CUS-02, CUS-03; ADR 0016, ADR 0020)
    const condition = partySearch('account', 'a', search, [search, foldText(search)]);
    qb.andWhere(condition.sql, condition.params);
  }
  return qb;
}
