import { CONTACT_LIST_COLUMNS, CUSTOMER_LIST_COLUMNS, DEFAULT_CUSTOMER_COLUMNS, moveColumn, toggleColumn, visibleColumns } from './view-columns';

describe('list columns of a saved view (CUS-03)', () => {
  const customers = CUSTOMER_LIST_COLUMNS;
  const contacts = CONTACT_LIST_COLUMNS;

  it('CUS-03 a view shows its stored columns in its order, name first, unknown keys dropped', () => {
    expect(visibleColumns(customers, ['owner', 'tags', 'nonsense', 'owner'])).toEqual(['name', 'owner', 'tags']);
    expect(visibleColumns(customers, ['tier', 'name'])).toEqual(['name', 'tier']);
    expect(visibleColumns(contacts, ['email', 'customer'])).toEqual(['name', 'email', 'customer']);
    expect(visibleColumns(contacts, ['owner', 'email'])).toEqual(['name', 'owner', 'email']);
    // another list's columns are unknown here
    expect(visibleColumns(contacts, ['stage', 'email'])).toEqual(['name', 'email']);
  });

  it('CUS-03 no stored choice, or nothing usable, shows the list’s default columns', () => {
    expect(visibleColumns(customers, null)).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(visibleColumns(customers, [])).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(visibleColumns(customers, ['gone'])).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(visibleColumns(customers, ['name', 'gone'])).toEqual(['name']);
    expect(visibleColumns(contacts, ['kind'])).toEqual(['name', 'customer', 'jobTitle', 'phone', 'email', 'tags', 'updatedAt']);
  });

  it('CUS-03 toggling keeps the default order and never hides the name', () => {
    expect(toggleColumn(customers, ['name', 'owner'], 'kind', true)).toEqual(['name', 'kind', 'owner']);
    expect(toggleColumn(customers, ['name', 'kind', 'owner'], 'kind', false)).toEqual(['name', 'owner']);
    expect(toggleColumn(customers, ['name', 'owner'], 'name', false)).toEqual(['name', 'owner']);
    expect(toggleColumn(customers, ['name', 'owner'], 'owner', false)).toEqual(['name']);
  });

  it('CUS-03 a column turned on in a reordered list goes after the last shown column before it by default', () => {
    expect(toggleColumn(contacts, ['name', 'email', 'customer'], 'phone', true)).toEqual(['name', 'email', 'customer', 'phone']);
    expect(toggleColumn(contacts, ['name', 'tags', 'email'], 'customer', true)).toEqual(['name', 'customer', 'tags', 'email']);
    expect(toggleColumn(contacts, ['name', 'updatedAt', 'tags'], 'email', true)).toEqual(['name', 'email', 'updatedAt', 'tags']);
  });

  it('CUS-03 moving a column changes the order one place at a time; the name stays first', () => {
    expect(moveColumn(contacts, ['name', 'customer', 'email'], 'email', -1)).toEqual(['name', 'email', 'customer']);
    expect(moveColumn(contacts, ['name', 'customer', 'email'], 'customer', 1)).toEqual(['name', 'email', 'customer']);
    expect(moveColumn(contacts, ['name', 'customer', 'email'], 'customer', -1)).toEqual(['name', 'customer', 'email']);
    expect(moveColumn(contacts, ['name', 'customer', 'email'], 'email', 1)).toEqual(['name', 'customer', 'email']);
    expect(moveColumn(contacts, ['name', 'customer', 'email'], 'name', 1)).toEqual(['name', 'customer', 'email']);
  });
});
