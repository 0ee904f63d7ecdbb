import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppConfig, AppError, assertCan, AuditService, decodeCursor, encodeCursor, JobQueue, Page, paginate, Principal, requirePrincipal, SortDirection, TenantDb, visibilityCondition } from '@crm/platform';
import type { MatchReasonCode } from '../domain/dedup/match-reasons';
import { reasonShown } from '../domain/quality/duplicate-clusters';
import { AccountEntity } from '../infrastructure/account.entity';
import { DuplicateClusterMemberEntity, type StoredClusterReason } from '../infrastructure/duplicate-cluster.entity';
import { requestClusterRecompute } from './quality/cluster-jobs';
import { CUSTOMER_RECORD, visibleAccounts } from './visible-accounts';

/** Key facts the report checks (DQ-05). */
export const QUALITY_FIELDS = ['phone', 'email', 'industry', 'source', 'taxId', 'owner', 'address'] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

const notUnknown = (field: string) => `NOT ('${field}' = ANY(a.unknownFields))`;
const blankUnlessUnknown = (column: string, field: string) => `((a.${column} IS NULL OR a.${column} = '') AND ${notUnknown(field)})`;
const hasNo = (field: string, table: string, kinds?: string) =>
  `(NOT EXISTS (SELECT 1 FROM customers.${table} q WHERE q.party_type = 'account' AND q.party_id = a.id${kinds ? ` AND q.kind IN (${kinds})` : ''}) AND ${notUnknown(field)})`;

/**
 * When a customer lacks a key fact. An explicit "unknown" (DQ-05) is an answer, not a gap; a tax id is
 * only expected of companies. Each is a condition on visible accounts `a`, used to count and to list.
 */
const MISSING: Record<QualityField, string> = {
  phone: hasNo('phone', 'contact_point', `'phone', 'mobile'`),
  email: hasNo('email', 'contact_point', `'email'`),
  industry: blankUnlessUnknown('industry', 'industry'),
  source: blankUnlessUnknown('source', 'source'),
  taxId: `(a.kind = 'company' AND ${blankUnlessUnknown('taxId', 'taxId')})`,
  owner: 'a.ownerId IS NULL',
  address: hasNo('address', 'address'),
};

/** The same conditions over the counting query's joins (`points`, `addresses`). */
const COUNTED_MISSING: Record<QualityField, string> = {
  ...MISSING,
  phone: `(points.has_phone IS NOT TRUE AND ${notUnknown('phone')})`,
  email: `(points.has_email IS NOT TRUE AND ${notUnknown('email')})`,
  address: `(addresses.party_id IS NULL AND ${notUnknown('address')})`,
};

export interface MissingFieldCount {
  field: QualityField;
  count: number;
}

/** A stored cluster as one caller may see it. */
export interface VisibleDuplicateCluster {
  id: string;
  /** Live members, seen or not. */
  size: number;
  /** The members the caller may see. */
  accountIds: string[];
  /** Live members the caller may not see: counted, never named. */
  hiddenCount: number;
  reasons: { reason: MatchReasonCode; key: string }[];
}

export interface ClusterRun {
  computedAt: Date | null;
  requestedAt: Date | null;
  durationMs: number | null;
}

export interface ClusterPage {
  totalCount: number;
  edges: { cursor: string; node: VisibleDuplicateCluster }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Audit record type of tenant-wide data-quality actions (the record is the tenant). */
const DATA_QUALITY_RECORD = 'data_quality';
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
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /**
   * Visible customers, and how many lack each key fact: one pass over the visible accounts, joined to
   * one aggregate of their contact points and addresses (NOT EXISTS per row would run as a correlated
   * sub-plan under row-level security: ~3x slower at 200,000 accounts).
   */
  async missingCounts(): Promise<{ total: number; missing: MissingFieldCount[] }> {
    const principal = this.principal();
    return this.db.transaction(async (em) => {
      // The per-customer aggregate of 380,000 contact points fits in memory at 64 MB (at the default
      // 4 MB it spills to disk); one process builds it once (in parallel each worker built it whole).
      await em.query(`SELECT set_config('work_mem', '64MB', true), set_config('max_parallel_workers_per_gather', '0', true)`);
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
   * The stored clusters (computed ahead by the worker, ADR 0012) with at least one live member the
   * caller may see, largest first. Members the caller may not see are counted, never listed (as the
   * duplicate check flags hidden candidates, DQ-02); merged members are gone at once.
   */
  async duplicateClusters(args: { first?: number | null; after?: string | null }): Promise<ClusterPage> {
    if (args.first !== null && args.first !== undefined && (args.first < 0 || args.first > this.config.GRAPHQL_MAX_PAGE_SIZE)) {
      throw AppError.badField('first', `must be between 0 and ${this.config.GRAPHQL_MAX_PAGE_SIZE}`);
    }
    const principal = this.principal();
    const size = Math.min(args.first ?? 20, this.config.GRAPHQL_MAX_PAGE_SIZE);
    return this.db.transaction(async (em) => {
      const clusters = await this.visibleClusters(em, principal);
      let start = 0;
      if (args.after) {
        const cursor = decodeCursor(args.after, CLUSTER_CURSOR_KEY, 'after');
        const size0 = Number(cursor.values[0]);
        // Clusters are ordered by size (desc) then id: resume after the cursor's place even if clusters changed.
        start = clusters.findIndex((c) => c.size < size0 || (c.size === size0 && c.id > cursor.id));
        if (start < 0) start = clusters.length;
      }
      const slice = clusters.slice(start, start + size);
      const stored: { id: string; reasons: StoredClusterReason[] }[] = slice.length
        ? await em.query(`SELECT id, reasons FROM customers.duplicate_cluster WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [principal.tenantId, slice.map((c) => c.id)])
        : [];
      const reasonsOf = new Map(stored.map((r) => [r.id, r.reasons]));
      const edges = slice.map((c) => {
        const visible = new Set(c.visibleIds);
        const node: VisibleDuplicateCluster = {
          id: c.id,
          size: c.size,
          accountIds: c.visibleIds,
          hiddenCount: c.size - c.visibleIds.length,
          reasons: (reasonsOf.get(c.id) ?? []).filter((r) => reasonShown(r, visible)).map(({ reason, key }) => ({ reason, key })),
        };
        return { cursor: encodeCursor({ key: CLUSTER_CURSOR_KEY, values: [String(c.size)], id: c.id }), node };
      });
      return {
        totalCount: clusters.length,
        edges,
        pageInfo: { hasNextPage: start + size < clusters.length, hasPreviousPage: start > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    });
  }

  async duplicateClusterCount(): Promise<number> {
    const principal = this.principal();
    return (await this.db.transaction((em) => this.visibleClusters(em, principal))).length;
  }

  /** When the stored clusters were computed, and whether a recompute is waiting. */
  async clusterRun(): Promise<ClusterRun> {
    const principal = this.principal();
    const [row]: { computed_at: Date | null; requested_at: Date | null; duration_ms: number | null }[] = await this.db.transaction((em) =>
      em.query(`SELECT computed_at, requested_at, duration_ms FROM customers.duplicate_cluster_run WHERE tenant_id = $1`, [principal.tenantId]),
    );
    return { computedAt: row?.computed_at ?? null, requestedAt: row?.requested_at ?? null, durationMs: row?.duration_ms ?? null };
  }

  /** An administrator's "Recompute now": queues the tenant's recompute (one waits at a time). */
  async requestRecompute(): Promise<ClusterRun> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    await this.db.transaction(async (em) => {
      await requestClusterRecompute(this.jobs, em, principal.tenantId);
      await this.audit.record(em, { recordType: DATA_QUALITY_RECORD, recordId: principal.tenantId, action: 'recompute_requested' });
    });
    return this.clusterRun();
  }

  /** Visible accounts by id, for the members of clusters (one query per page). */
  accountsByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    const principal = this.principal();
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.transaction((em) => visibleAccounts(em, principal).andWhere('a.id IN (:...ids)', { ids }).orderBy('a.name').getMany());
  }

  /** Stored clusters with their live size and the members the caller sees: one pass over the stored members. */
  private async visibleClusters(em: EntityManager, principal: Principal): Promise<{ id: string; size: number; visibleIds: string[] }[]> {
    const visible = visibilityCondition(principal, { recordType: CUSTOMER_RECORD, alias: 'a' });
    const rows = await em
      .createQueryBuilder()
      .select('"m"."cluster_id"', 'id')
      .addSelect('count(*)::int', 'size')
      .addSelect(`array_agg("a"."id"::text ORDER BY "a"."id") FILTER (WHERE ${visible.sql})`, 'visible_ids')
      .from(DuplicateClusterMemberEntity, 'm')
      .innerJoin(AccountEntity, 'a', '"a"."tenant_id" = "m"."tenant_id" AND "a"."id" = "m"."account_id" AND "a"."merged_into_id" IS NULL')
      .where('"m"."tenant_id" = :tenantId', { tenantId: principal.tenantId })
      .groupBy('"m"."cluster_id"')
      .having('count(*) > 1')
      .andHaving(`count(*) FILTER (WHERE ${visible.sql}) > 0`)
      .setParameters(visible.params)
      .getRawMany<{ id: string; size: number; visible_ids: string[] }>();
    return rows
      .map((r) => ({ id: r.id, size: Number(r.size), visibleIds: r.visible_ids }))
      .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
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
