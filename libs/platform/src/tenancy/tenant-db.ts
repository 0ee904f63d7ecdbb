import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Principal, RequestContext } from './request-context';

export class MissingPrincipalError extends Error {
  constructor() {
    super('No authenticated principal: tenant data needs one');
    this.name = 'MissingPrincipalError';
  }
}

/**
 * Tells TypeORM's query runner that a transaction is open (what its startTransaction records), after we
 * sent START TRANSACTION ourselves; its commitTransaction / rollbackTransaction then end it as usual,
 * and nested `em.transaction` calls use savepoints.
 */
function markTransactionStarted(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}

/**
 * The only way business code reaches tenant data: a transaction whose first statement sets the
 * tenant (and acting user) with `set_config(..., true)`, i.e. SET LOCAL, so PostgreSQL's
 * row-level security confines every statement in it to that tenant.
 */
@Injectable()
export class TenantDb {
  constructor(readonly dataSource: DataSource) {}

  async transaction<T>(fn: (em: EntityManager) => Promise<T>, principal?: Principal): Promise<T> {
    const state = RequestContext.current();
    const acting = principal ?? state?.principal;
    if (!acting) throw new MissingPrincipalError();
    if (state?.manager && state.principal?.tenantId === acting.tenantId) return fn(state.manager);

    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      markTransactionStarted(runner);
      // BEGIN and the tenant in one round trip (simple protocol, two statements): the settings are
      // SET LOCAL, so they end with this transaction and never reach the next user of the connection.
      const begin =
        `START TRANSACTION; SELECT set_config('app.tenant_id', ${client.escapeLiteral(acting.tenantId)}, true), ` +
        `set_config('app.user_id', ${client.escapeLiteral(acting.userId ?? '')}, true)`;
      this.dataSource.logger.logQuery(begin, undefined, runner);
      await client.query(begin);
      const em = runner.manager;
      const inner = { requestId: state?.requestId ?? 'system', ...state, principal: acting, manager: em };
      const result = await RequestContext.run(inner, () => fn(em));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // As DataSource.transaction does: roll back (also after a failed COMMIT), keep the original error.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Runs as a tenant outside any request (jobs, seeding, tests). */
  asTenant<T>(principal: Principal, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return RequestContext.run({ requestId: `job-${Date.now()}`, principal }, () => this.transaction(fn, principal));
  }
}
