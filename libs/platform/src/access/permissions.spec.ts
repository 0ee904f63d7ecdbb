import { can } from './permissions';
import type { Principal } from '../tenancy/request-context';

const principal = (permissions: string[], scopes?: string[]): Principal => ({
  tenantId: 't',
  channel: scopes ? 'api_key' : 'web',
  permissions: new Set(permissions),
  scopes: scopes ? new Set(scopes) : undefined,
});

describe('can', () => {
  it('ACC-03 grants exactly the record type and action a role holds', () => {
    const rep = principal(['customer:view', 'customer:edit']);
    expect(can(rep, 'customer', 'view')).toBe(true);
    expect(can(rep, 'customer', 'edit')).toBe(true);
    expect(can(rep, 'customer', 'delete')).toBe(false);
    expect(can(rep, 'user', 'view')).toBe(false);
  });

  it('ACC-03 wildcards grant every action of a type, or everything', () => {
    expect(can(principal(['customer:*']), 'customer', 'delete')).toBe(true);
    expect(can(principal(['*:*']), 'role', 'admin')).toBe(true);
  });

  it('ACC-04 a read-only API key cannot mutate even when its creator could', () => {
    const key = principal(['*:*'], ['*:read']);
    expect(can(key, 'customer', 'view')).toBe(true);
    expect(can(key, 'customer', 'export')).toBe(true);
    expect(can(key, 'customer', 'create')).toBe(false);
    expect(can(key, 'customer', 'delete')).toBe(false);
  });

  it('ACC-04 a key scoped to one record type reaches nothing else', () => {
    const key = principal(['*:*'], ['customer:write']);
    expect(can(key, 'customer', 'edit')).toBe(true);
    expect(can(key, 'customer', 'view')).toBe(true);
    expect(can(key, 'user', 'view')).toBe(false);
  });

  it('ACC-04 a key never exceeds its creator’s permissions', () => {
    expect(can(principal(['customer:view'], ['*:write']), 'customer', 'edit')).toBe(false);
  });
});
