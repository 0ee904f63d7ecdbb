import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { AppError, PlatformErrorCode } from '../errors/app-error';
import { Page, PageArgs, paginate, SortDirection } from '../graphql/connection/paginate';
import { Principal } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { ApiKeyEntity } from './api-key.entity';
import { requirePrincipal } from './auth-state';
import { displayPrefix, issueCredential, parseCredential, secretMatches } from './credentials';
import { PrincipalLoader } from './principal-loader';
import { tenantOnly } from './token.service';

export interface CreateApiKeyCommand {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

export interface ApiKeyPageOptions extends PageArgs {
  /** Skip counting every key when the client did not ask for totalCount. */
  withTotalCount?: boolean;
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

/** Integrators' API keys: created (secret shown once), listed, revoked, and authenticated. */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly principals: PrincipalLoader,
    private readonly config: AppConfig,
  ) {}

  async create(command: CreateApiKeyCommand): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const principal = requirePrincipal();
    assertCan(principal, 'api_key', 'create');
    if (command.expiresAt && command.expiresAt.getTime() <= Date.now()) {
      throw AppError.badField('input.expiresAt', 'must be in the future');
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
  async list(options: ApiKeyPageOptions): Promise<Page<ApiKeyEntity>> {
    assertCan(requirePrincipal(), 'api_key', 'view');
    return this.db.transaction((em) =>
      paginate(em.createQueryBuilder(ApiKeyEntity, 'k'), {
        ...options,
        orderBy: [{ column: 'createdAt', direction: SortDirection.DESC }],
        maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE,
      }),
    );
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
