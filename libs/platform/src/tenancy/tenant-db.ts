import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal, RequestContext } from './request-context';

export class MissingPrincipalError extends Error {
  constructor() {
    super('No authenticated principal: tenant data needs one');
    this.name = 'MissingPrincipalError';
  }
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

    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [
        acting.tenantId,
        acting.userId ?? '',
      ]);
      const inner = { requestId: state?.requestId ?? 'system', ...state, principal: acting, manager: em };
      return RequestContext.run(inner, () => fn(em));
    });
  }

  /** Runs as a tenant outside any request (jobs, seeding, tests). */
  asTenant<T>(principal: Principal, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return RequestContext.run({ requestId: `job-${Date.now()}`, principal }, () => this.transaction(fn, principal));
  }
}
