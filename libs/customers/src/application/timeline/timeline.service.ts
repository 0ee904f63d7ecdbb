import { Injectable } from '@nestjs/common';
import { AppConfig, AppError, assertCan, Page, readPageArgs, requirePrincipal, TenantDb } from '@crm/platform';
import { decodeTimelineCursor, encodeTimelineCursor, mergePage, TimelineEntry } from '../../domain/timeline/timeline';
import { CUSTOMER_RECORD, visibleAccounts } from '../visible-accounts';
import { TimelineRegistry } from './timeline-registry';

export interface TimelineQuery {
  accountId: string;
  first?: number | null;
  after?: string | null;
  kinds?: string[] | null;
  withTotalCount?: boolean;
}

/** One customer's timeline (INT-01): every provider's entries, newest first, paged by keyset. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: TenantDb,
    private readonly registry: TimelineRegistry,
    private readonly config: AppConfig,
  ) {}

  async page(query: TimelineQuery): Promise<Page<TimelineEntry>> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    const { size } = readPageArgs({ first: query.first }, this.config.GRAPHQL_MAX_PAGE_SIZE);
    const before = query.after ? decodeTimelineCursor(query.after) : null;
    if (query.after && !before) throw AppError.badField('after', 'is not a valid cursor for this list');
    const known = this.registry.kinds();
    const unknown = (query.kinds ?? []).filter((k) => !known.includes(k));
    if (unknown.length) throw AppError.badField('filter.kinds', `unknown kind ${unknown.join(', ')}; one of ${known.join(', ')}`);
    const wanted = query.kinds?.length ? new Set(query.kinds) : null;

    return this.db.transaction(async (em) => {
      const account = await visibleAccounts(em, principal).andWhere('a.id = :id', { id: query.accountId }).getOne();
      if (!account) throw AppError.notFound('Customer', query.accountId, 'accountId');
      const asked = this.registry
        .all()
        .map((provider) => ({ provider, kinds: wanted ? provider.kinds.filter((k) => wanted.has(k)) : null }))
        .filter(({ kinds }) => kinds === null || kinds.length > 0);
      // one transaction, one connection: the providers take turns
      const answers: TimelineEntry[][] = [];
      let totalCount: number | undefined = query.withTotalCount ? 0 : undefined;
      for (const { provider, kinds } of asked) {
        const slice = { accountId: account.id, principal, kinds };
        if (size > 0) answers.push(await provider.entries(em, { ...slice, before, limit: size + 1 }));
        if (totalCount !== undefined) totalCount += await provider.count(em, slice);
      }
      const { entries, hasMore } = mergePage(answers, size);
      const edges = entries.map((node) => ({ node, cursor: encodeTimelineCursor(node) }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: hasMore,
          hasPreviousPage: Boolean(before),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    });
  }
}
