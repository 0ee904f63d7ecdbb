import { Request } from 'express';
import { presentedCredential } from './auth.middleware';
import { widestScope } from './principal-loader';
import { claimsOf, principalOf } from './token.service';

describe('access token claims', () => {
  it('ACC-04 ACC-03 carry exactly sub, tid, perms, unit, upath, scope, the access epoch and typ, and give back the same principal', () => {
    const principal = {
      tenantId: 't1',
      userId: 'u1',
      channel: 'web' as const,
      permissions: new Set(['queue:admin', 'customer:view']),
      unitId: 'unit-1',
      unitPath: '/root/unit-1/',
      dataScope: 'subtree' as const,
      accessEpoch: 4,
    };
    const claims = claimsOf(principal);
    expect(claims).toEqual({
      sub: 'u1',
      tid: 't1',
      perms: ['customer:view', 'queue:admin'],
      unit: 'unit-1',
      upath: '/root/unit-1/',
      scope: 'subtree',
      aev: 4,
      typ: 'access',
    });
    expect(principalOf(claims)).toEqual(principal);
  });

  it('ACC-01 a user without unit or roles sees only their own records', () => {
    const claims = claimsOf({ tenantId: 't', userId: 'u', channel: 'web', permissions: new Set() });
    expect(claims).toMatchObject({ unit: null, upath: null, scope: 'own', perms: [] });
  });

  it('ACC-01 the widest data scope of a user’s roles wins', () => {
    expect(widestScope([])).toBe('own');
    expect(widestScope(['own', 'subtree'])).toBe('subtree');
    expect(widestScope(['subtree', 'all', 'own'])).toBe('all');
  });
});

describe('presented credentials', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

  it('ACC-04 accepts a bearer JWT, a bearer API key or the X-Api-Key header', () => {
    expect(presentedCredential(req({ authorization: 'Bearer eyJ.a.b' }))).toEqual({ kind: 'jwt', value: 'eyJ.a.b' });
    expect(presentedCredential(req({ authorization: 'bearer crmk_abc' }))).toEqual({ kind: 'api_key', value: 'crmk_abc' });
    expect(presentedCredential(req({ 'x-api-key': ' crmk_abc ' }))).toEqual({ kind: 'api_key', value: 'crmk_abc' });
    expect(presentedCredential(req({ authorization: 'Basic dXNlcjpwdw==' }))).toBeNull();
    expect(presentedCredential(req({}))).toBeNull();
  });
});
