import type { MatchReasonCode } from '../dedup/match-reasons';

/** Accounts that share one strong dedup key (a normalised e-mail or phone, a name key, a pinyin). */
export interface DuplicateGroup {
  reason: MatchReasonCode;
  /** The shared value, e.g. the E.164 phone. */
  key: string;
  accountIds: string[];
}

/** Two accounts whose name keys are similar but not equal (trigram similarity, 0..1). */
export interface SimilarNamePair {
  a: { id: string; nameKey: string };
  b: { id: string; nameKey: string };
  similarity: number;
}

export interface ClusterReason {
  reason: MatchReasonCode;
  key: string;
  /** The members this reason links. */
  accountIds: string[];
}

export interface DuplicateCluster {
  /** The smallest account id: stable while the cluster's members stay. */
  id: string;
  accountIds: string[];
  reasons: ClusterReason[];
}

/**
 * A similar name alone may join clusters only up to this many members: "Beijing Hua Xing Trading",
 * "Beijing Hua Sheng Trading", "Beijing Hua Sheng Tea" would otherwise chain a whole city into one.
 */
export const MAX_SIMILAR_CLUSTER_SIZE = 10;

/**
 * Joins groups that share an account into clusters (connected components, union-find): if A and B
 * share a phone and B and C a name, A, B and C are one cluster to look at. Strong groups join without
 * limit; similar-name pairs then join, most similar first, only while the joined cluster stays within
 * `maxSimilarSize` (a pair that would exceed it is dropped). Largest clusters first.
 */
export function clusterDuplicates(groups: readonly DuplicateGroup[], similar: readonly SimilarNamePair[] = [], maxSimilarSize = MAX_SIMILAR_CLUSTER_SIZE): DuplicateCluster[] {
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const add = (id: string) => {
    if (!parent.has(id)) {
      parent.set(id, id);
      size.set(id, 1);
    }
  };
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const union = (a: string, b: string, limit = Infinity): boolean => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return true;
    const joined = size.get(ra)! + size.get(rb)!;
    if (joined > limit) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(child, root);
    size.set(root, joined);
    return true;
  };
  const reasons: ClusterReason[] = [];
  for (const group of groups) {
    if (group.accountIds.length === 0) continue;
    for (const id of group.accountIds) add(id);
    for (const id of group.accountIds.slice(1)) union(group.accountIds[0]!, id);
    reasons.push({ reason: group.reason, key: group.key, accountIds: [...group.accountIds].sort() });
  }
  const bySimilarity = [...similar].sort((x, y) => y.similarity - x.similarity || (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));
  const seen = new Set<string>();
  for (const pair of bySimilarity) {
    const pairKey = pair.a.id < pair.b.id ? `${pair.a.id}|${pair.b.id}` : `${pair.b.id}|${pair.a.id}`;
    if (pair.a.id === pair.b.id || seen.has(pairKey)) continue;
    seen.add(pairKey);
    add(pair.a.id);
    add(pair.b.id);
    if (!union(pair.a.id, pair.b.id, maxSimilarSize)) continue;
    const [first, second] = [pair.a.nameKey, pair.b.nameKey].sort();
    reasons.push({ reason: 'SIMILAR_NAME', key: `${first} ≈ ${second}`, accountIds: [pair.a.id, pair.b.id].sort() });
  }
  const clusters = new Map<string, DuplicateCluster>();
  for (const id of parent.keys()) {
    const root = find(id);
    const cluster = clusters.get(root) ?? { id: root, accountIds: [], reasons: [] };
    cluster.accountIds.push(id);
    clusters.set(root, cluster);
  }
  for (const reason of reasons) clusters.get(find(reason.accountIds[0]!))!.reasons.push(reason);
  return [...clusters.values()]
    .filter((c) => c.accountIds.length > 1)
    .map((c) => ({ ...c, id: [...c.accountIds].sort()[0]!, accountIds: [...c.accountIds].sort() }))
    .sort((a, b) => b.accountIds.length - a.accountIds.length || (a.id < b.id ? -1 : 1));
}

/**
 * What a caller who sees only `visible` of a cluster's live members may be shown of one reason: a
 * shared key is the visible member's own value, so it shows when one of its members is visible; a
 * similar-name pair names both names, so only when both are visible.
 */
export function reasonShown(reason: ClusterReason, visible: ReadonlySet<string>): boolean {
  return reason.reason === 'SIMILAR_NAME' ? reason.accountIds.every((id) => visible.has(id)) : reason.accountIds.some((id) => visible.has(id));
}
