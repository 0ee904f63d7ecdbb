import { buildUnitTree, subtreeIds } from './org-tree';

const units = [
  { id: 'hq', name: 'HQ', parentId: null },
  { id: 'sales', name: 'Sales', parentId: 'hq' },
  { id: 'east', name: 'East', parentId: 'sales' },
  { id: 'service', name: 'Service', parentId: 'hq' },
];

describe('organisation unit tree', () => {
  it('ACC-01 units nest under their parents', () => {
    const [root] = buildUnitTree(units);
    expect(root?.unit.id).toBe('hq');
    expect(root?.children.map((c) => c.unit.id)).toEqual(['sales', 'service']);
    expect(root?.children[0]?.children.map((c) => c.unit.id)).toEqual(['east']);
  });

  it('ACC-01 a unit cannot be moved below itself: its subtree is excluded', () => {
    expect([...subtreeIds(units, 'sales')].sort()).toEqual(['east', 'sales']);
    expect(subtreeIds(units, 'service').size).toBe(1);
  });
});
