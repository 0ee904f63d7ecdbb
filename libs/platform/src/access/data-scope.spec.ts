import { effectivePermissions, grantCovers, scopeCovers, widestDataScope } from './data-scope';

describe('data scopes and effective permissions', () => {
  it('ACC-01 the widest scope among a user’s roles wins: all > subtree > own', () => {
    expect(widestDataScope([])).toBe('own');
    expect(widestDataScope(['own', 'subtree'])).toBe('subtree');
    expect(widestDataScope(['subtree', 'all', 'own'])).toBe('all');
    expect(scopeCovers('subtree', 'own')).toBe(true);
    expect(scopeCovers('subtree', 'all')).toBe(false);
    expect(scopeCovers(undefined, 'own')).toBe(true);
  });

  it('ACC-03 effective permissions are the sorted union of the roles’ grants', () => {
    expect(effectivePermissions([{ permissions: ['user:view', 'customer:*'] }, { permissions: ['customer:*', 'audit:view'] }])).toEqual([
      'audit:view',
      'customer:*',
      'user:view',
    ]);
  });

  it('ACC-03 a grant covers only what it includes, so nobody hands out more than they hold', () => {
    const manager = new Set(['customer:*', 'user:view']);
    expect(grantCovers(manager, 'customer:delete')).toBe(true);
    expect(grantCovers(manager, 'customer:*')).toBe(true);
    expect(grantCovers(manager, 'user:view')).toBe(true);
    expect(grantCovers(manager, 'user:create')).toBe(false);
    expect(grantCovers(manager, '*:view')).toBe(false);
    expect(grantCovers(manager, '*:*')).toBe(false);
    expect(grantCovers(new Set(['*:*']), '*:*')).toBe(true);
  });
});
