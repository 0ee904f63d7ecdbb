import type { Principal } from '../tenancy/request-context';
import { prefixPattern } from './org-unit-path';

export interface VisibilityOptions {
  /** The record type as shares name it, e.g. `customer`. */
  recordType: string;
  /** The alias of the record table in the query. */
  alias: string;
  ownerColumn?: string;
  idColumn?: string;
}

export interface SqlCondition {
  sql: string;
  /** Named parameters (`:name`), unique to this call, for TypeORM's `andWhere(sql, params)`. */
  params: Record<string, unknown>;
}

let sequence = 0;

/** Parameter names unique within the process, so the predicate can appear twice in one query. */
function paramNames() {
  sequence = (sequence + 1) % Number.MAX_SAFE_INTEGER;
  const p = `vis${sequence}`;
  return { user: `${p}_user`, unit: `${p}_unit`, type: `${p}_type`, path: `${p}_path`, share: `${p}_rs`, owner: `${p}_ou`, ownerUnit: `${p}_uu` };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function column(alias: string, name: string): string {
  if (!IDENTIFIER.test(alias) || !IDENTIFIER.test(name)) throw new Error(`Bad SQL identifier ${alias}.${name}`);
  return `"${alias}"."${name}"`;
}

/**
 * THE record visibility rule (ACC-01), as one SQL condition every read path adds to its query:
 * GraphQL lists, REST, exports, jobs and webhooks. A row is visible when the principal's data scope
 * is `all`, or the principal owns it, or it is shared with the principal or the principal's unit,
 * or (scope `subtree`) its owner belongs to a unit at or below the principal's unit. The tenant is
 * not part of it: row-level security already confines every table, `record_share` included.
 */
export function visibilityCondition(principal: Principal, options: VisibilityOptions): SqlCondition {
  const scope = principal.dataScope ?? 'own';
  if (scope === 'all') return { sql: 'TRUE', params: {} };
  if (!principal.userId) return { sql: 'FALSE', params: {} };

  const owner = column(options.alias, options.ownerColumn ?? 'owner_id');
  const id = column(options.alias, options.idColumn ?? 'id');
  const n = paramNames();
  const params: Record<string, unknown> = { [n.user]: principal.userId, [n.type]: options.recordType };

  const sharedWith = [`${n.share}.shared_with_user_id = :${n.user}`];
  if (principal.unitId) {
    sharedWith.push(`${n.share}.shared_with_unit_id = :${n.unit}`);
    params[n.unit] = principal.unitId;
  }
  const alternatives = [
    `${owner} = :${n.user}`,
    `EXISTS (SELECT 1 FROM platform.record_share ${n.share} WHERE ${n.share}.record_type = :${n.type} AND ${n.share}.record_id = ${id} AND (${sharedWith.join(' OR ')}))`,
  ];
  if (scope === 'subtree' && principal.unitPath) {
    alternatives.push(
      `EXISTS (SELECT 1 FROM platform."user" ${n.owner} JOIN platform.org_unit ${n.ownerUnit} ` +
        `ON ${n.ownerUnit}.tenant_id = ${n.owner}.tenant_id AND ${n.ownerUnit}.id = ${n.owner}.unit_id ` +
        `WHERE ${n.owner}.id = ${owner} AND ${n.ownerUnit}.path LIKE :${n.path})`,
    );
    params[n.path] = prefixPattern(principal.unitPath);
  }
  return { sql: `(${alternatives.join(' OR ')})`, params };
}
