import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MatchReasonCode } from '../../domain/dedup/match-reasons';
import { clusterDuplicates, type DuplicateGroup, type SimilarNamePair } from '../../domain/quality/duplicate-clusters';

/**
 * Two unequal name keys this similar (pg_trgm, 0..1) join a cluster: one typo in a name key of 10 or
 * more characters ("northwindtraders" / "northwindtradres" 0.62, "宁波海天精工机械" / "宁波海天精工机戒"
 * 0.64). Stricter than the per-record check's 0.45 (DQ-02), which compares against one probe; the
 * report links names pairwise, and shorter keys differing in one character stay apart.
 */
export const CLUSTER_SIMILARITY_THRESHOLD = 0.6;
/** Each name is compared with this many neighbours in name-key order, and in reversed-key order. */
export const SIMILAR_NAME_WINDOW = 3;

const CHUNK = 5000;

/**
 * A stored cluster's id: a one-way hash of its smallest member id, shaped as a UUID. Stable while the
 * members stay, and it names no member (a rep sees clusters whose other members are hidden from them).
 */
export function storedClusterId(smallestMemberId: string): string {
  const hex = createHash('sha256').update(`duplicate-cluster:${smallestMemberId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface ClusterComputation {
  clusters: number;
  members: number;
  similarPairs: number;
  durationMs: number;
}

/**
 * DQ-05: recomputes and stores one tenant's duplicate clusters over all its live accounts (ADR 0012).
 * Strong rules (equal normalised e-mail or phone, equal name key per kind, equal pinyin with different
 * keys) are one GROUP BY each; similar-but-unequal names are found by a sorted neighbourhood, bounded
 * to SIMILAR_NAME_WINDOW neighbours per name in key order and in reversed-key order (a typo at the start
 * of a name still sorts it elsewhere), each pair kept when its trigram similarity reaches
 * CLUSTER_SIMILARITY_THRESHOLD: linear in the tenant's accounts, never all pairs. The tenant's stored
 * clusters are replaced in the caller's transaction, which holds the tenant's run row locked, so two
 * runs for one tenant take turns. Works under row-level security (the worker's tenant transaction) and
 * as the owner (seed, benchmark): every statement names the tenant.
 */
export async function computeDuplicateClusters(em: EntityManager, tenantId: string): Promise<ClusterComputation> {
  const started = Date.now();
  await em.query(`INSERT INTO customers.duplicate_cluster_run (tenant_id) VALUES ($1) ON CONFLICT (tenant_id) DO NOTHING`, [tenantId]);
  await em.query(`SELECT 1 FROM customers.duplicate_cluster_run WHERE tenant_id = $1 FOR UPDATE`, [tenantId]);
  // Grouping and sorting happen in memory, by byte order (keys are normalised already).
  await em.query(`SELECT set_config('work_mem', '64MB', true)`);
  const groups: { reason: MatchReasonCode; key: string; ids: string[] }[] = await em.query(
    `WITH v AS MATERIALIZED (
       SELECT id, kind, name_key, name_pinyin FROM customers.account WHERE tenant_id = $1 AND merged_into_id IS NULL
     )
     SELECT CASE WHEN cp.kind = 'email' THEN 'SAME_EMAIL' ELSE 'SAME_PHONE' END AS reason, cp.normalized COLLATE "C" AS key, array_agg(DISTINCT cp.party_id::text) AS ids
       FROM customers.contact_point cp JOIN v ON v.id = cp.party_id
      WHERE cp.tenant_id = $1 AND cp.party_type = 'account' AND cp.kind IN ('email', 'phone', 'mobile')
      GROUP BY 1, 2 HAVING min(cp.party_id::text COLLATE "C") <> max(cp.party_id::text COLLATE "C")
     UNION ALL
     SELECT CASE WHEN v.kind = 'company' THEN 'SAME_COMPANY_NAME' ELSE 'SAME_NAME' END, v.name_key COLLATE "C", array_agg(v.id::text)
       FROM v WHERE v.name_key <> ''
      GROUP BY v.kind, 2 HAVING count(*) > 1
     UNION ALL
     SELECT 'SAME_NAME_PINYIN', v.name_pinyin COLLATE "C", array_agg(v.id::text)
       FROM v WHERE v.name_pinyin <> ''
      GROUP BY v.kind, 2 HAVING min(v.name_key COLLATE "C") <> max(v.name_key COLLATE "C")`,
    [tenantId],
  );
  const similar = await similarNamePairs(em, tenantId);
  const clusters = clusterDuplicates(
    groups.map((g): DuplicateGroup => ({ reason: g.reason, key: g.key, accountIds: g.ids })),
    similar,
  ).map((c) => ({ ...c, id: storedClusterId(c.id) }));

  await em.query(`DELETE FROM customers.duplicate_cluster_member WHERE tenant_id = $1`, [tenantId]);
  await em.query(`DELETE FROM customers.duplicate_cluster WHERE tenant_id = $1`, [tenantId]);
  for (let from = 0; from < clusters.length; from += CHUNK) {
    const chunk = clusters.slice(from, from + CHUNK);
    await em.query(
      `INSERT INTO customers.duplicate_cluster (tenant_id, id, size, reasons, computed_at)
       SELECT $1, c.id, c.size, c.reasons, now() FROM unnest($2::uuid[], $3::int[], $4::jsonb[]) AS c(id, size, reasons)`,
      [tenantId, chunk.map((c) => c.id), chunk.map((c) => c.accountIds.length), chunk.map((c) => JSON.stringify(c.reasons))],
    );
    const members = chunk.flatMap((c) => c.accountIds.map((accountId) => ({ accountId, clusterId: c.id })));
    await em.query(
      `INSERT INTO customers.duplicate_cluster_member (tenant_id, account_id, cluster_id)
       SELECT $1, m.account_id, m.cluster_id FROM unnest($2::uuid[], $3::uuid[]) AS m(account_id, cluster_id)`,
      [tenantId, members.map((m) => m.accountId), members.map((m) => m.clusterId)],
    );
  }
  const durationMs = Date.now() - started;
  // Requests made before this run are answered by it.
  await em.query(
    `UPDATE customers.duplicate_cluster_run SET computed_at = now(), requested_at = NULL, duration_ms = $2, cluster_count = $3 WHERE tenant_id = $1`,
    [tenantId, durationMs, clusters.length],
  );
  return { clusters: clusters.length, members: clusters.reduce((n, c) => n + c.accountIds.length, 0), similarPairs: similar.length, durationMs };
}

/** Similar-but-unequal name keys among each name's neighbours in key order and in reversed-key order. */
async function similarNamePairs(em: EntityManager, tenantId: string): Promise<SimilarNamePair[]> {
  const window = Array.from({ length: SIMILAR_NAME_WINDOW }, (_, i) => i + 1);
  const neighbours = (order: string) =>
    `SELECT v.id, v.name_key, n.id AS other_id, n.name_key AS other_key
       FROM (SELECT id, name_key, ${window.map((k) => `lead(id, ${k}) OVER w AS id${k}, lead(name_key, ${k}) OVER w AS key${k}`).join(', ')}
               FROM v WINDOW w AS (PARTITION BY kind ORDER BY ${order}, id)) v
      CROSS JOIN LATERAL (VALUES ${window.map((k) => `(v.id${k}, v.key${k})`).join(', ')}) AS n(id, name_key)
      WHERE n.id IS NOT NULL AND n.name_key <> v.name_key`;
  const rows: { id: string; name_key: string; other_id: string; other_key: string; similarity: number }[] = await em.query(
    `WITH v AS MATERIALIZED (
       SELECT id, kind, name_key COLLATE "C" AS name_key FROM customers.account WHERE tenant_id = $1 AND merged_into_id IS NULL AND name_key <> ''
     ),
     pairs AS (${neighbours('name_key')} UNION ${neighbours('reverse(name_key) COLLATE "C"')})
     SELECT id, name_key, other_id, other_key, similarity(name_key, other_key) AS similarity FROM pairs
      WHERE similarity(name_key, other_key) >= $2`,
    [tenantId, CLUSTER_SIMILARITY_THRESHOLD],
  );
  return rows.map((r) => ({ a: { id: r.id, nameKey: r.name_key }, b: { id: r.other_id, nameKey: r.other_key }, similarity: Number(r.similarity) }));
}
