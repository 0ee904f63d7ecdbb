import type { MatchReasonCode } from '../dedup/match-reasons';

/** Accounts that share one strong dedup key (a normalised e-mail or phone, a name key, a pinyin). */
export interface DuplicateGroup {
  reason: MatchReasonCode;
  /** The shared value, e.g. the E.164 phone. */
  key: string;
  accountIds: string[];
}

export interface DuplicateCluster {
  /** The smallest account id: stable while the cluster's members stay. */
  id: string;
  accountIds: string[];
  reasons: { reason: MatchReasonCode; key: string }[];
}

/**
 * Joins groups that share an account into clusters (connected components, union-find): if A and B
 * share a phone and B and C a name, A, B and C are one cluster to look at. Largest clusters first.
 */
export function clusterDuplicates(groups: readonly DuplicateGroup[]): DuplicateCluster[] {
  const parent = new Map<string, string>();
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
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const group of groups) {
    for (const id of group.accountIds) if (!parent.has(id)) parent.set(id, id);
    for (const id of group.accountIds.slice(1)) union(group.accountIds[0]!, id);
  }
  const clusters = new Map<string, DuplicateCluster>();
  for (const id of parent.keys()) {
    const root = find(id);
    const cluster = clusters.get(root) ?? { id: root, accountIds: [], reasons: [] };
    cluster.accountIds.push(id);
    clusters.set(root, cluster);
  }
  for (const group of groups) {
    if (group.accountIds.length === 0) continue;
    clusters.get(find(group.accountIds[0]!))!.reasons.push({ reason: group.reason, key: group.key });
  }
  return [...clusters.values()]
    .filter((c) => c.accountIds.length > 1)
    .map((c) => ({ ...c, id: [...c.accountIds].sort()[0]!, accountIds: [...c.accountIds].sort() }))
    .sort((a, b) => b.accountIds.length - a.accountIds.length || (a.id < b.id ? -1 : 1));
}
