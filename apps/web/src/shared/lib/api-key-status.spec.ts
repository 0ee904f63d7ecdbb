import { apiKeyStatus } from './api-key-status';

describe('API key status', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('ACC-04 a revoked key reads as revoked even before it expires', () => {
    expect(apiKeyStatus({ revokedAt: '2026-05-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('revoked');
  });
  it('ACC-04 a key past its expiry reads as expired, one without expiry stays active', () => {
    expect(apiKeyStatus({ expiresAt: '2026-05-31T23:59:59Z' }, now)).toBe('expired');
    expect(apiKeyStatus({ expiresAt: null, revokedAt: null }, now)).toBe('active');
  });
});
