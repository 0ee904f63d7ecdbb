import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../graphql/loaders/loader-registry';
import { TenantDb } from '../../tenancy/tenant-db';
import { OrgUnitEntity } from '../org-unit.entity';
import { DataScope } from '../role.entity';
import { OrgUnitType, RoleType } from './access.types';
import { DataScopeValue } from './access.enums';

interface RoleRow {
  user_id: string;
  id: string;
  name: string;
  description: string;
  data_scope: DataScope;
  permissions: string[];
  is_system: boolean;
}

/** The request's shared loader of units by id, each with its member count (null for an unknown id). */
export function unitLoader(loaders: LoaderRegistry, db: TenantDb): DataLoader<string, OrgUnitType | null> {
  return loaders.get('platform.orgUnit.byId', (ids: readonly string[]) => loadUnits(db, ids));
}

/** The request's shared loader of the roles each user holds, by user id. */
export function rolesOfUserLoader(loaders: LoaderRegistry, db: TenantDb): DataLoader<string, RoleType[]> {
  return loaders.get('platform.role.byUserId', (userIds: readonly string[]) => loadRolesOfUsers(db, userIds));
}

async function loadUnits(db: TenantDb, ids: readonly string[]): Promise<(OrgUnitType | null)[]> {
  const { entities, raw } = await db.transaction((em) =>
    em
      .createQueryBuilder(OrgUnitEntity, 'u')
      .addSelect('(SELECT count(*)::int FROM platform."user" m WHERE m.unit_id = u.id)', 'member_count')
      .where('u.id IN (:...ids)', { ids })
      .getRawAndEntities<{ member_count: number }>(),
  );
  const byId = new Map(entities.map((unit, i) => [unit.id, OrgUnitType.from(unit, Number(raw[i].member_count))]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function loadRolesOfUsers(db: TenantDb, userIds: readonly string[]): Promise<RoleType[][]> {
  const rows: RoleRow[] = await db.transaction((em) =>
    em.query(
      `SELECT ur.user_id, r.id, r.name, r.description, r.data_scope, r.permissions, r.is_system
         FROM platform.user_role ur
         JOIN platform.role r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
        WHERE ur.user_id = ANY($1::uuid[])
        ORDER BY r.name`,
      [userIds],
    ),
  );
  const byUser = new Map<string, RoleType[]>();
  for (const row of rows) {
    const role = Object.assign(new RoleType(), {
      id: row.id,
      name: row.name,
      description: row.description,
      dataScope: row.data_scope as DataScopeValue,
      permissions: row.permissions,
      isSystem: row.is_system,
    });
    byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), role]);
  }
  return userIds.map((id) => byUser.get(id) ?? []);
}
