import { can, canSeeAdminArea, groupPermissions } from './permissions';

describe('reading the user permissions in the web app', () => {
  it('PLT-07 wildcards grant like the server grants', () => {
    expect(can(['*:*'], 'user', 'edit')).toBe(true);
    expect(can(['user:*'], 'user', 'delete')).toBe(true);
    expect(can(['*:view'], 'role', 'view')).toBe(true);
    expect(can(['*:view'], 'role', 'edit')).toBe(false);
    expect(can(['customer:view'], 'user', 'view')).toBe(false);
  });

  it('PLT-07 the administration areas show only with a grant on their record type', () => {
    expect(canSeeAdminArea(['user:view'], 'users')).toBe(true);
    expect(canSeeAdminArea(['user:view'], 'roles')).toBe(false);
    expect(canSeeAdminArea(['customer:*'], 'users')).toBe(false);
  });

  it('PLT-07 permissions are grouped per record type with the wildcard first', () => {
    expect(groupPermissions(['user:view', 'customer:edit', 'user:create', '*:export', 'bogus'])).toEqual([
      { recordType: '*', actions: ['export'] },
      { recordType: 'customer', actions: ['edit'] },
      { recordType: 'user', actions: ['create', 'view'] },
    ]);
  });
});
