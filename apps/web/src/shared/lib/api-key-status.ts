export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

export function apiKeyStatus(key: { revokedAt?: string | null; expiresAt?: string | null }, now: Date = new Date()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}
