import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { TenantDb } from '../tenancy/tenant-db';

/** How long the API trusts the cached epoch before it reads the tenant row again. */
export const ACCESS_EPOCH_CACHE_SECONDS = 60;

/** Sets the key to the value only if it is greater than the cached one: a slow reader never lowers it. */
const RAISE_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '-1')
local value = tonumber(ARGV[1])
if value > current then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  return value
end
return current`;

type RaisingRedis = Redis & { raiseAccessEpoch(key: string, value: number, ttl: number): Promise<number> };

/** The tenant's access epoch, the first statement of a principal's load: see PrincipalLoader and ADR 0022. */
export async function readAccessEpoch(em: EntityManager, tenantId: string): Promise<number> {
  const rows: { access_epoch: number }[] = await em.query('SELECT access_epoch FROM platform.tenant WHERE id = $1', [tenantId]);
  return rows[0]?.access_epoch ?? 0;
}

/**
 * ACC-03: a change to who may do what (a user's roles, unit or active flag; a role's grants or data
 * scope; a unit moved in the tree) takes effect on the next request, not at the next token refresh.
 * Every access token carries the tenant's access epoch read when its principal was loaded (`aev`); a
 * change raises the epoch in the same transaction as the change, and a token below the current epoch is
 * answered TOKEN_EXPIRED, so the client refreshes and gets a token with the new grants (or none, for a
 * deactivated user). The epoch lives in `platform.tenant` (the truth, transactional with the change)
 * and is cached in Redis for a minute, raised there at once after the change commits; with Redis
 * unavailable the row is read on each check (never skipped).
 */
@Injectable()
export class AccessEpochService {
  private readonly logger = new Logger(AccessEpochService.name);
  private readonly redis: RaisingRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly db: TenantDb,
    private readonly config: AppConfig,
  ) {
    if (!(redis as unknown as Partial<RaisingRedis>).raiseAccessEpoch) redis.defineCommand('raiseAccessEpoch', { numberOfKeys: 1, lua: RAISE_SCRIPT });
    this.redis = redis as RaisingRedis;
  }

  private key(tenantId: string): string {
    return `${this.config.REDIS_PREFIX}:access-epoch:${tenantId}`;
  }

  /** Raises the tenant's epoch inside the caller's transaction (the one making the change); returns the new value. */
  async bump(em: EntityManager): Promise<number> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected]
    const [rows]: [{ access_epoch: number }[], number] = await em.query(
      `UPDATE platform.tenant SET access_epoch = access_epoch + 1 WHERE id = current_setting('app.tenant_id')::uuid RETURNING access_epoch`,
    );
    if (!rows.length) throw new Error('access epoch: no tenant is set on this transaction');
    return rows[0].access_epoch;
  }

  /** After the change has committed: every API process sees the new epoch on its next check. */
  async announce(tenantId: string, epoch: number): Promise<void> {
    try {
      await this.redis.raiseAccessEpoch(this.key(tenantId), epoch, ACCESS_EPOCH_CACHE_SECONDS);
    } catch (error) {
      // the cached value expires within a minute; until then a check may still pass an older token
      this.logger.warn(`access epoch not announced in Redis: ${String(error)}`);
    }
  }

  /** The tenant's current epoch: Redis first, else the tenant row (and cached again). */
  async current(tenantId: string): Promise<number> {
    let cached: string | null = null;
    let redisUp = true;
    try {
      cached = await this.redis.get(this.key(tenantId));
    } catch (error) {
      redisUp = false;
      this.logger.warn(`access epoch read from the database, Redis failed: ${String(error)}`);
    }
    if (cached !== null) return Number(cached);
    const epoch = await this.db.transaction((em) => readAccessEpoch(em, tenantId), { tenantId, channel: 'system', permissions: new Set() });
    if (redisUp) await this.announce(tenantId, epoch);
    return epoch;
  }
}
