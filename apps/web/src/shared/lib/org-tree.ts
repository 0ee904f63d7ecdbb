export interface FlatUnit {
  id: string;
  name: string;
  parentId?: string | null;
}

export interface UnitNode<T extends FlatUnit> {
  unit: T;
  children: UnitNode<T>[];
}

/** The tenant's units (parents before children, as `orgUnits` returns them) as a forest. */
export function buildUnitTree<T extends FlatUnit>(units: readonly T[]): UnitNode<T>[] {
  const nodes = new Map<string, UnitNode<T>>(units.map((u) => [u.id, { unit: u, children: [] }]));
  const roots: UnitNode<T>[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of a unit and everything below it: a unit cannot move under itself or its descendants. */
export function subtreeIds(units: readonly FlatUnit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
    }
  }
  return ids;
}
