import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppConfig, AppError, assertCan, decodeCursor, encodeCursor, Page, paginate, Principal, requirePrincipal, SortDirection, TenantDb } from '@crm/platform';
import type { MatchReasonCode } from '../domain/dedup/match-reasons';
import { clusterDuplicates, type DuplicateCluster } from '../domain/quality/duplicate-clusters';
import { AccountEntity } from '../infrastructure/account.entity';
import { CUSTOMER_RECORD, visibleAccounts } from './visible-accounts';

/** Key facts the report checks (DQ-05). */
export const QUALITY_FIELDS = ['phone', 'email', 'industry', 'source', 'taxId', 'owner', 'address'] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

const blankUnlessUnknown = (column: string, field: string) => `((a.${column} IS NULL OR a.${column} = '') AND NOT ('${field}' = ANY(a.unknownFields)))`;
const hasNo = (table: string, kinds?: string) =>
  `NOT EXISTS (SELECT 1 FROM customers.${table} q WHERE q.party_type = 'account' AND q.party_id = a.id${kinds ? ` AND q.kind IN (${kinds})` : ''})`;

/**
 * When a customer lacks a key fact. An explicit "unknown" (DQ-05) is an answer, not a gap; a tax id is
 * only expected of companies. Each is a condition on visible accounts `a`, used to count and to list.
 */
const MISSING: Record<QualityField, string> = {
  phone: hasNo('contact_point', `'phone', 'mobile'`),
  email: hasNo('contact_point', `'email'`),
  industry: blankUnlessUnknown('industry', 'industry'),
  source: blankUnlessUnknown('source', 'source'),
  taxId: `(a.kind = 'company' AND ${blankUnlessUnknown('taxId', 'taxId')})`,
  owner: 'a.ownerId IS NULL',
  address: hasNo('address'),
};

/** The same conditions over the counting query's joins (`points`, `addresses`). */
const COUNTED_MISSING: Record<QualityField, string> = {
  ...MISSING,
  phone: 'points.has_phone IS NOT TRUE',
  email: 'points.has_email IS NOT TRUE',
  address: 'addresses.party_id IS NULL',
};

export interface MissingFieldCount {
  field: QualityField;
  count: number;
}

export interface ClusterPage {
  totalCount: number;
  edges: { cursor: string; node: DuplicateCluster }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const CLUSTER_CURSOR_KEY = 'dq-clusters';
const MAX_STALE_MONTHS = 120;

/**
 * DQ-05: the data-quality report of what the caller may see (a rep's report covers their customers,
 * a manager's their team's): missing key facts, suspected duplicate clusters and stale records.
 */
@Injectable()
export class DataQualityService {
  constructor(
    private readonly db: TenantDb,
    private readonly config: AppConfig,
  ) {}

  /**
   * Visible customers, and how many lack each key fact: one pass over the visible accounts, joined to
   * one aggregate of their contact points and addresses (NOT EXISTS per row would run as a correlated
   * sub-plan under row-level security: ~3x slower at 200,000 accounts).
   */
  async missingCounts(): Promise<{ total: number; missing: MissingFieldCount[] }> {
    const principal = this.principal();
    return this.db.transaction(async (em) => {
      const qb = visibleAccounts(em, principal)
        .leftJoin(
          `(SELECT party_id, bool_or(kind IN ('phone', 'mobile')) AS has_phone, bool_or(kind = 'email') AS has_email
              FROM customers.contact_point WHERE party_type = 'account' GROUP BY party_id)`,
          'points',
          'points.party_id = a.id',
        )
        .leftJoin(`(SELECT DISTINCT party_id FROM customers.address WHERE party_type = 'account')`, 'addresses', 'addresses.party_id = a.id')
        .select('count(*)', 'total');
      for (const field of QUALITY_FIELDS) qb.addSelect(`count(*) FILTER (WHERE ${COUNTED_MISSING[field]})`, field);
      const row = (await qb.getRawOne<Record<string, string>>())!;
      return { total: Number(row.total), missing: QUALITY_FIELDS.map((field) => ({ field, count: Number(row[field]) })) };
    });
  }

  /** The customers lacking one fact, by name. */
  missing(field: QualityField, args: { first?: number | null; after?: string | null }): Promise<Page<AccountEntity>> {
    const principal = this.principal();
    return this.db.transaction((em) =>
      this.page(visibleAccounts(em, principal).andWhere(MISSING[field]), args, [{ column: 'name', direction: SortDirection.ASC }]),
    );
  }

  /** How many visible customers had neither an update nor an interaction for `months` months. */
  staleCount(months: number): Promise<number> {
    const principal = this.principal();
    return this.db.transaction((em) => this.staleQuery(em, principal, months).getCount());
  }

  /** Those customers, the longest untouched first. */
  stale(months: number, args: { first?: number | null; after?: string | null }): Promise<Page<AccountEntity>> {
    const principal = this.principal();
    return this.db.transaction((em) => this.page(this.staleQuery(em, principal, months), args, [{ column: 'updatedAt', direction: SortDirection.ASC }]));
  }

  /**
   * Clusters of visible customers the strong dedup rules match: equal normalised e-mail or phone, equal
   * name key (companies without legal suffixes, people in any name order and script) or equal pinyin.
   * Each rule is one GROUP BY over an index-ordered scan (no probe per customer); groups sharing a
   * customer are then joined into clusters.
   */
  async duplicateClusters(args: { first?: number | null; after?: string | null }): Promise<ClusterPage> {
    const principal = this.principal();
    const clusters = await this.db.transaction((em) => this.findClusters(em, principal));
    const size = Math.min(args.first ?? 20, this.config.GRAPHQL_MAX_PAGE_SIZE);
    if (args.first !== null && args.first !== undefined && (args.first < 0 || args.first > this.config.GRAPHQL_MAX_PAGE_SIZE)) {
      throw AppError.badField('first', `must be between 0 and ${this.config.GRAPHQL_MAX_PAGE_SIZE}`);
    }
    let start = 0;
    if (args.after) {
      const cursor = decodeCursor(args.after, CLUSTER_CURSOR_KEY, 'after');
      const size0 = Number(cursor.values[0]);
      // Clusters are ordered by size (desc) then id: resume after the cursor's place even if clusters changed.
      start = clusters.findIndex((c) => c.accountIds.length < size0 || (c.accountIds.length === size0 && c.id > cursor.id));
      if (start < 0) start = clusters.length;
    }
    const slice = clusters.slice(start, start + size);
    const edges = slice.map((node) => ({ cursor: encodeCursor({ key: CLUSTER_CURSOR_KEY, values: [String(node.accountIds.length)], id: node.id }), node }));
    return {
      totalCount: clusters.length,
      edges,
      pageInfo: { hasNextPage: start + size < clusters.length, hasPreviousPage: start > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async duplicateClusterCount(): Promise<number> {
    const principal = this.principal();
    return (await this.db.transaction((em) => this.findClusters(em, principal))).length;
  }

  /** Visible accounts by id, for the members of clusters (one query per page). */
  accountsByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    const principal = this.principal();
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.transaction((em) => visibleAccounts(em, principal).andWhere('a.id IN (:...ids)', { ids }).orderBy('a.name').getMany());
  }

  private async findClusters(em: EntityManager, principal: Principal): Promise<DuplicateCluster[]> {
    const [visibleSql, params] = visibleAccounts(em, principal)
      .select(['a.id AS id', 'a.kind AS kind', 'a.name_key AS name_key', 'a.name_pinyin AS name_pinyin'])
      .getQueryAndParameters();
    // Grouping sorts or hashes every visible row once per rule: in memory, and by byte order (the
    // keys are normalised already; the database's collation would only slow the comparisons down).
    await em.query(`SELECT set_config('work_mem', '64MB', true)`);
    const rows: { reason: MatchReasonCode; key: string; ids: string[] }[] = await em.query(
      `WITH v AS MATERIALIZED (${visibleSql})
       SELECT CASE WHEN cp.kind = 'email' THEN 'SAME_EMAIL' ELSE 'SAME_PHONE' END AS reason, cp.normalized COLLATE "C" AS key, array_agg(cp.party_id::text) AS ids
         FROM customers.contact_point cp JOIN v ON v.id = cp.party_id
        WHERE cp.party_type = 'account' AND cp.kind IN ('email', 'phone', 'mobile')
        GROUP BY 1, 2 HAVING min(cp.party_id::text COLLATE "C") <> max(cp.party_id::text COLLATE "C")
       UNION ALL
       SELECT CASE WHEN v.kind = 'company' THEN 'SAME_COMPANY_NAME' ELSE 'SAME_NAME' END, v.name_key COLLATE "C", array_agg(v.id::text)
         FROM v WHERE v.name_key <> ''
        GROUP BY v.kind, 2 HAVING count(*) > 1
       UNION ALL
       SELECT 'SAME_NAME_PINYIN', v.name_pinyin COLLATE "C", array_agg(v.id::text)
         FROM v WHERE v.name_pinyin <> ''
        GROUP BY v.kind, 2 HAVING min(v.name_key COLLATE "C") <> max(v.name_key COLLATE "C")`,
      params,
    );
    return clusterDuplicates(rows.map((r) => ({ reason: r.reason, key: r.key, accountIds: r.ids })));
  }

  private staleQuery(em: EntityManager, principal: Principal, months: number): SelectQueryBuilder<AccountEntity> {
    if (!Number.isInteger(months) || months < 1 || months > MAX_STALE_MONTHS) throw AppError.badField('staleMonths', `must be a whole number from 1 to ${MAX_STALE_MONTHS}`);
    return visibleAccounts(em, principal)
      .andWhere(`a.updatedAt < now() - make_interval(months => :months)`, { months })
      .andWhere(`(a.lastInteractionAt IS NULL OR a.lastInteractionAt < now() - make_interval(months => :months))`)
      .andWhere(`NOT EXISTS (SELECT 1 FROM customers.interaction i WHERE i.account_id = a.id AND i.occurred_at >= now() - make_interval(months => :months))`);
  }

  private page(qb: SelectQueryBuilder<AccountEntity>, args: { first?: number | null; after?: string | null }, orderBy: { column: string; direction: SortDirection }[]) {
    return paginate(qb, { first: args.first, after: args.after, orderBy, maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE, withTotalCount: true });
  }

  private principal(): Principal {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return principal;
  }
}
