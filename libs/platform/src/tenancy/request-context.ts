import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { AppError } from '../errors/app-error';

/** Where a change came from; written into every audit row. */
export type Channel = 'web' | 'api_key' | 'worker' | 'import' | 'system';

/** Who is acting: a signed-in user, an integrator's API key, or a job acting for a tenant. */
export interface Principal {
  tenantId: string;
  /** The acting user; for an API key, the user who created it; absent for system jobs. */
  userId?: string;
  apiKeyId?: string;
  channel: Channel;
  /** `recordType:action` grants, e.g. `customer:view`; `*:*` for tenant administrators. */
  permissions: ReadonlySet<string>;
  /** API key scopes (`*:read`, `customer:write`, ...); undefined for users. */
  scopes?: ReadonlySet<string>;
  /** The user's organisation unit and its materialised path (`/root/.../unit/`), for visibility. */
  unitId?: string | null;
  unitPath?: string | null;
  /** The widest data scope among the user's roles. */
  dataScope?: 'own' | 'subtree' | 'all';
  /** The tenant's access epoch when this user's grants were read (AccessEpochService); carried by access tokens. */
  accessEpoch?: number;
}

export interface RequestState {
  requestId: string;
  principal?: Principal;
  /** Why presented credentials were refused; thrown when an operation needs a principal. */
  authError?: AppError;
  /** The open tenant transaction, so nested calls join it instead of opening another. */
  manager?: EntityManager;
}

const storage = new AsyncLocalStorage<RequestState>();

export const RequestContext = {
  run<T>(state: RequestState, fn: () => T): T {
    return storage.run(state, fn);
  },
  current(): RequestState | undefined {
    return storage.getStore();
  },
  principal(): Principal | undefined {
    return storage.getStore()?.principal;
  },
  /** Replaces the principal of the running request (set once authentication has succeeded). */
  setPrincipal(principal: Principal): void {
    const state = storage.getStore();
    if (!state) throw new Error('No request context: wrap the call in RequestContext.run');
    state.principal = principal;
  },
};
