import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import type { OrgUnitsQuery } from '../../gql/graphql';
import { buildUnitTree, type UnitNode } from '../../shared/lib/org-tree';

type Unit = OrgUnitsQuery['orgUnits'][number];
interface Option {
  value: string;
  title: string;
  disabled?: boolean;
  children: Option[];
}

function toOptions(nodes: UnitNode<Unit>[], excluded: ReadonlySet<string>): Option[] {
  return nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, disabled: excluded.has(n.unit.id), children: toOptions(n.children, excluded) }));
}

/** Picks a unit from the tenant's tree; `excluded` units (e.g. a subtree being moved) cannot be picked. */
export function UnitTreeSelect({ units, excluded, ...props }: { units: readonly Unit[]; excluded?: ReadonlySet<string> } & Omit<TreeSelectProps, 'treeData'>) {
  const treeData = useMemo(() => toOptions(buildUnitTree(units), excluded ?? new Set()), [units, excluded]);
  return <TreeSelect treeData={treeData} treeDefaultExpandAll showSearch treeNodeFilterProp="title" allowClear {...props} />;
}
