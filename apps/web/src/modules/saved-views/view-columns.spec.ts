import { DEFAULT_CUSTOMER_COLUMNS, toggleColumn, visibleColumns } from './view-columns';

describe('customer list columns of a saved view (CUS-03)', () => {
  it('CUS-03 a view shows its stored columns in its order, name first, unknown keys dropped', () => {
    expect(visibleColumns(['owner', 'tags', 'nonsense', 'owner'])).toEqual(['name', 'owner', 'tags']);
    expect(visibleColumns(['tier', 'name'])).toEqual(['name', 'tier']);
  });

  it('CUS-03 no stored choice, or nothing usable, shows the default columns', () => {
    expect(visibleColumns(null)).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(visibleColumns([])).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(visibleColumns(['gone'])).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(visibleColumns(['name', 'gone'])).toEqual(['name']);
  });

  it('CUS-03 toggling keeps the default order and never hides the name', () => {
    expect(toggleColumn(['name', 'owner'], 'kind', true)).toEqual(['name', 'kind', 'owner']);
    expect(toggleColumn(['name', 'kind', 'owner'], 'kind', false)).toEqual(['name', 'owner']);
    expect(toggleColumn(['name', 'owner'], 'name', false)).toEqual(['name', 'owner']);
    expect(toggleColumn(['name', 'owner'], 'owner', false)).toEqual(['name']);
  });
});
