import { listColumnsOf, moveColumn, toggleColumn, visibleColumns, type ViewColumnDescription } from './view-columns';

/** As `savedViewColumns` describes each list's columns (the server's list; the web keeps none of its own). */
const described = (list: string, columns: [string, boolean][]): ViewColumnDescription[] =>
  columns.map(([key, shownByDefault]) => ({ key, labelKey: `savedViews.columnLabels.${list}.${key}`, shownByDefault }));
const ACCOUNTS = described('accounts', [
  ['name', true], ['kind', true], ['stage', true], ['contact', true], ['industry', false], ['tier', false], ['tags', true], ['owner', true], ['createdAt', true], ['updatedAt', true],
]);
const CONTACTS = described('contacts', [
  ['name', true], ['customer', true], ['jobTitle', true], ['phone', true], ['email', true], ['tags', true], ['owner', false], ['createdAt', false], ['updatedAt', true],
]);
const DEFAULT_CUSTOMER_COLUMNS = ['name', 'kind', 'stage', 'contact', 'tags', 'owner', 'createdAt', 'updatedAt'];

describe('list columns of a saved view (CUS-03)', () => {
  const customers = listColumnsOf(ACCOUNTS, ACCOUNTS.map((c) => c.key));
  const contacts = listColumnsOf(CONTACTS, CONTACTS.map((c) => c.key));

  it('CUS-03 the server’s description gives the chooser its columns, defaults and labels; a column the list cannot render is left out, the first always shown', () => {
    expect(customers.all).toEqual(ACCOUNTS.map((c) => c.key));
    expect(customers.defaults).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(contacts.labelKeys.owner).toBe('savedViews.columnLabels.contacts.owner');
    const added = listColumnsOf([...CONTACTS, { key: 'birthday', labelKey: 'x', shownByDefault: true }], CONTACTS.map((c) => c.key));
    expect(added.all).not.toContain('birthday');
    expect(added.defaults).not.toContain('birthday');
    const hiddenFirst = listColumnsOf([{ key: 'name', labelKey: 'n', shownByDefault: false }, { key: 'email', labelKey: 'e', shownByDefault: true }], ['name', 'email']);
    expect(hiddenFirst.defaults).toEqual(['name', 'email']);
  });

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
