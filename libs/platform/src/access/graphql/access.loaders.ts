import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { TenantDb } from '../../tenancy/tenant-db';
import { OrgUnitEntity } from '../org-unit.entity';
import { DataScope } from '../role.entity';
import { OrgUnitType, RoleType } from './access.types';
import { DataScopeValue } from './access.enums';

export interface AccessLoaderSet {
  /** A unit by id, with its member count. */
  unit: DataLoader<string, OrgUnitType | null>;
  /** The roles a user holds, by user id. */
  rolesOfUser: DataLoader<string, RoleType[]>;
}

interface RoleRow {
  user_id: string;
  id: string;
  name: string;
  description: string;
  data_scope: DataScope;
  permissions: string[];
  is_system: boolean;
}

/**
 * Request-scoped DataLoaders for the fields access adds to `User`: one set per GraphQL request
 * (keyed by its context object), one batch query per field however many users a page holds.
 */
@Injectable()
export class AccessLoaders {
  private readonly perRequest = new WeakMap<object, AccessLoaderSet>();

  constructor(private readonly db: TenantDb) {}

  for(requestKey: object): AccessLoaderSet {
    let set = this.perRequest.get(requestKey);
    if (!set) {
      set = this.create();
      this.perRequest.set(requestKey, set);
    }
    return set;
  }

  create(): AccessLoaderSet {
    return {
      unit: new DataLoader((ids) => this.units(ids)),
      rolesOfUser: new DataLoader((userIds) => this.roles(userIds)),
    };
  }

  private async units(ids: readonly string[]): Promise<(OrgUnitType | null)[]> {
    const { entities, raw } = await this.db.transaction((em) =>
      em
        .createQueryBuilder(OrgUnitEntity, 'u')
        .addSelect('(SELECT count(*)::int FROM platform."user" m WHERE m.unit_id = u.id)', 'member_count')
        .where('u.id IN (:...ids)', { ids })
        .getRawAndEntities<{ member_count: number }>(),
    );
    const byId = new Map(entities.map((unit, i) => [unit.id, OrgUnitType.from(unit, Number(raw[i].member_count))]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async roles(userIds: readonly string[]): Promise<RoleType[][]> {
    const rows: RoleRow[] = await this.db.transaction((em) =>
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
}
