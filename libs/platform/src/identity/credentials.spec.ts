import { displayPrefix, formatCredential, hashSecret, issueCredential, isApiKey, parseCredential, SCOPE_PATTERN, secretMatches } from './credentials';

const TENANT = '0b4f6a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const ID = 'f0e1d2c3-b4a5-4968-8776-655443322110';

describe('opaque credentials', () => {
  it('ACC-04 a refresh token names its tenant and row and round-trips through parsing', () => {
    const issued = issueCredential('refresh', TENANT, ID);
    expect(issued.value).toMatch(/^crmr_0b4f6a8e1c2d4e5f8a9b0c1d2e3f4a5b_f0e1d2c3b4a549688776655443322110_[A-Za-z0-9_-]{43}$/);
    expect(parseCredential(issued.value)).toEqual({ kind: 'refresh', tenantId: TENANT, id: ID, secret: issued.secret });
  });

  it('ACC-04 an API key secret is crmk_<tenant>_<id>_<32 random bytes> and only its SHA-256 is kept', () => {
    const issued = issueCredential('api_key', TENANT);
    expect(issued.value.startsWith('crmk_0b4f6a8e1c2d4e5f8a9b0c1d2e3f4a5b_')).toBe(true);
    expect(Buffer.from(issued.secret, 'base64url')).toHaveLength(32);
    expect(issued.secretHash).toBe(hashSecret(issued.secret));
    expect(issued.secretHash).not.toContain(issued.secret);
    expect(isApiKey(issued.value)).toBe(true);
    expect(displayPrefix(issued.value)).toBe(issued.value.slice(0, 16));
  });

  it('ACC-04 two issued secrets never repeat', () => {
    expect(issueCredential('api_key', TENANT).secret).not.toBe(issueCredential('api_key', TENANT).secret);
  });

  it('ACC-04 parsing refuses the other kind, malformed strings and JWTs', () => {
    const key = issueCredential('api_key', TENANT, ID).value;
    expect(parseCredential(key, 'refresh')).toBeNull();
    expect(parseCredential(key, 'api_key')?.id).toBe(ID);
    expect(parseCredential(key.slice(0, -1))).toBeNull();
    expect(parseCredential(`${key}x`)).toBeNull();
    expect(parseCredential(key.replace('crmk_', 'crmx_'))).toBeNull();
    expect(parseCredential(formatCredential('api_key', 'not-a-uuid', ID, 'x'.repeat(43)))).toBeNull();
    expect(parseCredential('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig')).toBeNull();
    expect(isApiKey('eyJhbGciOiJIUzI1NiJ9.e.s')).toBe(false);
  });

  it('ACC-04 a secret matches only its own hash', () => {
    const issued = issueCredential('refresh', TENANT);
    expect(secretMatches(issued.secret, issued.secretHash)).toBe(true);
    const tampered = `${issued.secret.slice(0, -1)}${issued.secret.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(tampered, issued.secretHash)).toBe(false);
    expect(secretMatches(issued.secret, 'deadbeef')).toBe(false);
  });

  it('ACC-04 scopes read <recordType|*>:<read|write|admin>', () => {
    for (const ok of ['*:read', 'customer:write', 'sales_order:admin']) expect(SCOPE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['*:*', 'customer:view', 'read', 'Customer:read', 'customer:read ', '']) expect(SCOPE_PATTERN.test(bad)).toBe(false);
  });
});
