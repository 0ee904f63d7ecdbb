import { assertValidKey, tenantFileKey } from './file-storage';

describe('file storage keys (CUS-04, CUS-08)', () => {
  it('CUS-04 keys start with the tenant, so two tenants never share a folder', () => {
    expect(tenantFileKey('7d1c0a52-0b5e-4d0e-9d55-1b2f3c4d5e6f', 'imports', 'job-1.csv')).toBe('7d1c0a52-0b5e-4d0e-9d55-1b2f3c4d5e6f/imports/job-1.csv');
  });

  it('CUS-04 refuses keys that could leave the storage directory or are not plain segments', () => {
    for (const bad of ['../etc/passwd', 't/../../x', '/abs/path', 't//x', 'single', 't/.hidden/..', 't/a b', 't/x\\y']) {
      expect(() => assertValidKey(bad)).toThrow(/invalid storage key/);
    }
    expect(() => tenantFileKey('t', '..')).toThrow(/invalid storage key/);
  });
});
