import { PermissionCatalog } from './permission-catalog';

describe('PermissionCatalog', () => {
  it('ACC-03 lists the platform’s record types with their actions', () => {
    const list = new PermissionCatalog().list();
    expect(list.map((e) => e.recordType)).toEqual(['api_key', 'audit', 'org_unit', 'queue', 'role', 'user']);
    expect(list.find((e) => e.recordType === 'user')?.actions).toEqual(['view', 'create', 'edit', 'export']);
  });

  it('ACC-03 accepts registered grants and wildcards, refuses anything else', () => {
    const catalog = new PermissionCatalog();
    catalog.register('customer', ['view', 'create', 'edit', 'delete', 'export']);
    for (const ok of ['customer:view', 'customer:*', '*:*', '*:view', 'user:create']) expect(catalog.isValid(ok)).toBe(true);
    for (const bad of ['customer:admin', 'nothing:view', 'customer', 'customer:view:x', ':view', 'user:fly', '*:fly']) {
      expect(catalog.isValid(bad)).toBe(false);
    }
    expect(catalog.invalid(['user:view', 'widget:view'])).toEqual(['widget:view']);
  });

  it('ACC-03 a context registers its record types and they show in the catalog', () => {
    const catalog = new PermissionCatalog();
    catalog.register('quote', ['view']);
    catalog.register('quote', ['edit']);
    expect(catalog.list().find((e) => e.recordType === 'quote')?.actions).toEqual(['view', 'edit']);
    expect(() => catalog.register('Bad Name', ['view'])).toThrow();
  });
});
