import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { AppError, PlatformErrorCode } from '../errors/app-error';
import { Principal } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { ApiKeyEntity } from './api-key.entity';
import { requirePrincipal } from './auth-state';
import { displayPrefix, issueCredential, parseCredential, SCOPE_PATTERN, secretMatches } from './credentials';
import { PrincipalLoader } from './principal-loader';
import { tenantOnly } from './token.service';

export interface CreateApiKeyCommand {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

export interface ApiKeyPage {
  rows: { key: ApiKeyEntity; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

/** last_used_at is written at most this often per key, so busy integrations do not write on every call. */
const LAST_USED_RESOLUTION = '1 minute';

const AUDITED = (k: ApiKeyEntity) => ({
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  expiresAt: k.expiresAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

/** Opaque keyset cursor over (created_at, id); created_at kept at PostgreSQL's microsecond precision. */
export function encodeKeyCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

export function decodeKeyCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt)) && /^[0-9a-f-]{36}$/.test(id)) {
      return { createdAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.validation([{ field: 'after', message: 'is not a cursor this list produced' }]);
}

/** Integrators' API keys: created (secret shown once), listed, revoked, and authenticated. */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly principals: PrincipalLoader,
  ) {}

  async create(command: CreateApiKeyCommand): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const principal = requirePrincipal();
    assertCan(principal, 'api_key', 'create');
    validateScopes(command.scopes);
    if (command.expiresAt && command.expiresAt.getTime() <= Date.now()) {
      throw AppError.validation([{ field: 'input.expiresAt', message: 'must be in the future' }]);
    }
    if (!principal.userId) throw AppError.forbidden('Only a user can own an API key');
    const credential = issueCredential('api_key', principal.tenantId);
    return this.db.transaction(async (em) => {
      await em.insert(ApiKeyEntity, {
        tenantId: principal.tenantId,
        id: credential.id,
        name: command.name.trim(),
        prefix: displayPrefix(credential.value),
        secretHash: credential.secretHash,
        scopes: [...new Set(command.scopes)],
        createdByUserId: principal.userId!,
        expiresAt: command.expiresAt ?? null,
      });
      const apiKey = await em.findOneByOrFail(ApiKeyEntity, { tenantId: principal.tenantId, id: credential.id });
      await this.audit.record(em, { recordType: 'api_key', recordId: apiKey.id, action: 'create', after: AUDITED(apiKey) });
      return { apiKey, secret: credential.value };
    });
  }

  async revoke(id: string): Promise<ApiKeyEntity> {
    const principal = requirePrincipal();
    assertCan(principal, 'api_key', 'delete');
    return this.db.transaction(async (em) => {
      const key = await em.findOne(ApiKeyEntity, { where: { tenantId: principal.tenantId, id }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw AppError.notFound('ApiKey', id, 'input.id');
      if (key.revokedAt) return key;
      const before = AUDITED(key);
      key.revokedAt = new Date();
      await em.update(ApiKeyEntity, { tenantId: key.tenantId, id: key.id }, { revokedAt: key.revokedAt });
      await this.audit.record(em, { recordType: 'api_key', recordId: key.id, action: 'revoke', before, after: AUDITED(key) });
      return key;
    });
  }

  /** Newest first. */
  async list(first: number, after?: string | null): Promise<ApiKeyPage> {
    const principal = requirePrincipal();
    assertCan(principal, 'api_key', 'view');
    const from = after ? decodeKeyCursor(after) : null;
    return this.db.transaction(async (em) => {
      const query = em
        .createQueryBuilder(ApiKeyEntity, 'k')
        .addSelect('k.created_at::text', 'cursor_created_at')
        .orderBy('k.createdAt', 'DESC')
        .addOrderBy('k.id', 'DESC')
        .limit(first + 1);
      if (from) query.where('(k.created_at, k.id) < (:createdAt::timestamptz, :id::uuid)', from);
      const { entities, raw } = await query.getRawAndEntities<{ cursor_created_at: string }>();
      const rows = entities.slice(0, first).map((key, i) => ({ key, cursor: encodeKeyCursor(raw[i].cursor_created_at, key.id) }));
      const totalCount = await em.count(ApiKeyEntity);
      return { rows, hasNextPage: entities.length > first, totalCount };
    });
  }

  /** The principal an API key acts as: its creator's grants, narrowed by the key's scopes. */
  async authenticate(value: string): Promise<Principal> {
    const parsed = parseCredential(value, 'api_key');
    if (!parsed) throw AppError.unauthenticated('The API key is not valid');
    return this.db.transaction(async (em) => {
      const key = await em.findOneBy(ApiKeyEntity, { tenantId: parsed.tenantId, id: parsed.id });
      if (!key || !secretMatches(parsed.secret, key.secretHash)) throw AppError.unauthenticated('The API key is not valid');
      if (key.revokedAt) throw AppError.unauthenticated('The API key has been revoked', PlatformErrorCode.TOKEN_REVOKED);
      if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) {
        throw AppError.unauthenticated('The API key has expired', PlatformErrorCode.TOKEN_EXPIRED);
      }
      const principal = await this.principals.load(em, key.tenantId, key.createdByUserId, {
        channel: 'api_key',
        apiKeyId: key.id,
        scopes: new Set(key.scopes),
      });
      if (!principal) throw AppError.unauthenticated('The API key’s owner is no longer active', PlatformErrorCode.TOKEN_REVOKED);
      await this.touch(em, key);
      return principal;
    }, tenantOnly(parsed.tenantId));
  }

  private async touch(em: EntityManager, key: ApiKeyEntity): Promise<void> {
    await em.query(
      `UPDATE platform.api_key SET last_used_at = now()
       WHERE tenant_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`,
      [key.tenantId, key.id],
    );
  }
}

/** Every scope must read `<recordType|*>:<read|write|admin>`. */
export function validateScopes(scopes: string[]): void {
  const problems = scopes.flatMap((scope, i) =>
    SCOPE_PATTERN.test(scope) ? [] : [{ field: `input.scopes.${i}`, message: `"${scope}" is not <recordType|*>:<read|write|admin>` }],
  );
  if (scopes.length === 0) problems.push({ field: 'input.scopes', message: 'needs at least one scope' });
  if (problems.length > 0) throw AppError.validation(problems);
}
