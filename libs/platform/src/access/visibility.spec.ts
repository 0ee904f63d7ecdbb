import type { Principal } from '../tenancy/request-context';
import { visibilityCondition } from './visibility';

const principal = (overrides: Partial<Principal>): Principal => ({
  tenantId: 't',
  userId: 'u1',
  unitId: 'unit1',
  unitPath: '/root/unit1/',
  channel: 'web',
  permissions: new Set(),
  ...overrides,
});

describe('visibilityCondition', () => {
  it('ACC-01 scope all needs no condition, also for system jobs without a user', () => {
    expect(visibilityCondition(principal({ dataScope: 'all' }), { recordType: 'customer', alias: 'c' })).toEqual({ sql: 'TRUE', params: {} });
    expect(visibilityCondition(principal({ dataScope: 'all', userId: undefined }), { recordType: 'customer', alias: 'c' }).sql).toBe('TRUE');
  });

  it('ACC-01 a principal without a user and without scope all sees nothing', () => {
    expect(visibilityCondition(principal({ dataScope: 'own', userId: undefined }), { recordType: 'customer', alias: 'c' }).sql).toBe('FALSE');
  });

  it('ACC-01 own scope: owner or shared with the user or the unit; no subtree clause', () => {
    const { sql, params } = visibilityCondition(principal({ dataScope: 'own' }), { recordType: 'customer', alias: 'c' });
    expect(sql).toContain('"c"."owner_id" = :');
    expect(sql).toContain('record_share');
    expect(sql).not.toContain('LIKE');
    expect(Object.values(params)).toEqual(expect.arrayContaining(['u1', 'unit1', 'customer']));
  });

  it('ACC-01 subtree scope matches owners below the unit path, with custom columns', () => {
    const { sql, params } = visibilityCondition(principal({ dataScope: 'subtree' }), {
      recordType: 'deal',
      alias: 'd',
      ownerColumn: 'sales_rep_id',
      idColumn: 'deal_id',
    });
    expect(sql).toContain('"d"."sales_rep_id"');
    expect(sql).toContain('"d"."deal_id"');
    expect(Object.values(params)).toContain('/root/unit1/%');
  });

  it('ACC-01 two uses in one query never share a parameter name', () => {
    const a = visibilityCondition(principal({ dataScope: 'subtree' }), { recordType: 'customer', alias: 'c' });
    const b = visibilityCondition(principal({ dataScope: 'subtree', userId: 'u2' }), { recordType: 'contact', alias: 'p' });
    const shared = Object.keys(a.params).filter((k) => k in b.params);
    expect(shared).toEqual([]);
  });

  it('ACC-01 refuses identifiers that could inject SQL', () => {
    expect(() => visibilityCondition(principal({ dataScope: 'own' }), { recordType: 'x', alias: 'c; DROP TABLE x' })).toThrow();
  });
});
