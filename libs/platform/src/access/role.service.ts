import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessEpochService } from '../identity/access-epoch.service';
import { isUniqueViolation } from '../database/postgres-errors';
import { AppError } from '../errors/app-error';
import type { Principal } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { actingPrincipal } from './acting-principal';
import { grantCovers, scopeCovers } from './data-scope';
import { CreateRoleInput, DeleteRoleInput, UpdateRoleInput } from './graphql/access.inputs';
import { PermissionCatalog } from './permission-catalog';
import { assertCan } from './permissions';
import { DataScope, RoleEntity, UserRoleEntity } from './role.entity';

const snapshot = (r: RoleEntity) => ({ name: r.name, description: r.description, dataScope: r.dataScope, permissions: r.permissions });

/** Roles: named sets of `recordType:action` grants plus a data scope. Built-in roles keep their names. */
@Injectable()
export class RoleService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly catalog: PermissionCatalog,
    private readonly epochs: AccessEpochService,
  ) {}

  async list(): Promise<RoleEntity[]> {
    assertCan(actingPrincipal(), 'role', 'view');
    return this.db.transaction((em) => em.find(RoleEntity, { order: { name: 'ASC' } }));
  }

  async create(input: CreateRoleInput): Promise<RoleEntity> {
    const principal = actingPrincipal();
    assertCan(principal, 'role', 'create');
    const permissions = this.checkedPermissions(principal, input.permissions, input.dataScope);
    return this.db.transaction(async (em) => {
      const name = input.name.trim();
      await assertNameFree(em, name);
      const role = await saveUnique(em, {
        tenantId: principal.tenantId,
        name,
        description: input.description?.trim() ?? '',
        dataScope: input.dataScope,
        permissions,
        isSystem: false,
      });
      await this.audit.record(em, { recordType: 'role', recordId: role.id, action: 'create', before: null, after: snapshot(role) });
      return role;
    });
  }

  async update(input: UpdateRoleInput): Promise<RoleEntity> {
    const principal = actingPrincipal();
    assertCan(principal, 'role', 'edit');
    let epoch: number | undefined;
    const updated = await this.db.transaction(async (em) => {
      const before = await em.findOneBy(RoleEntity, { id: input.id });
      if (!before) throw AppError.notFound('role', input.id, 'input.id');
      const name = input.name?.trim();
      if (name !== undefined && name !== before.name) {
        if (before.isSystem) throw AppError.badField('input.name', 'A built-in role cannot be renamed');
        await assertNameFree(em, name);
      }
      const dataScope = input.dataScope ?? before.dataScope;
      const permissions = this.checkedPermissions(principal, input.permissions ?? before.permissions, dataScope, input.permissions !== undefined);
      const after = await saveUnique(em, {
        ...before,
        name: name ?? before.name,
        description: input.description?.trim() ?? before.description,
        dataScope,
        permissions,
      });
      await this.audit.record(em, { recordType: 'role', recordId: after.id, action: 'update', before: snapshot(before), after: snapshot(after) });
      // ACC-03: its holders' tokens carry the old grants: refused from the next request on
      if (before.dataScope !== after.dataScope || before.permissions.join() !== after.permissions.join()) epoch = await this.epochs.bump(em);
      return after;
    });
    if (epoch !== undefined) await this.epochs.announce(principal.tenantId, epoch);
    return updated;
  }

  async delete(input: DeleteRoleInput): Promise<string> {
    assertCan(actingPrincipal(), 'role', 'delete');
    return this.db.transaction(async (em) => {
      const role = await em.findOneBy(RoleEntity, { id: input.id });
      if (!role) throw AppError.notFound('role', input.id, 'input.id');
      if (role.isSystem) throw AppError.conflict(`"${role.name}" is a built-in role and cannot be deleted`, 'input.id');
      const holders = await em.countBy(UserRoleEntity, { roleId: role.id });
      if (holders > 0) throw AppError.conflict(`"${role.name}" is still assigned to ${holders} user(s); take it from them first`, 'input.id');
      await em.delete(RoleEntity, { tenantId: role.tenantId, id: role.id });
      await this.audit.record(em, { recordType: 'role', recordId: role.id, action: 'delete', before: snapshot(role), after: null });
      return role.id;
    });
  }

  /**
   * Only catalogued permissions, and none the acting principal lacks: nobody builds a role that
   * grants more than they hold. `validateCatalog` is off when an update keeps the stored list.
   */
  private checkedPermissions(principal: Principal, permissions: string[], dataScope: DataScope, validateCatalog = true): string[] {
    const unique = [...new Set(permissions.map((p) => p.trim()))];
    if (validateCatalog) {
      const unknown = this.catalog.invalid(unique);
      if (unknown.length > 0) throw AppError.badField('input.permissions', `Unknown permission(s): ${unknown.join(', ')}`);
      const beyond = unique.filter((p) => !grantCovers(principal.permissions, p));
      if (beyond.length > 0) throw AppError.forbidden(`You cannot grant what you do not hold: ${beyond.join(', ')}`);
    }
    if (!scopeCovers(principal.dataScope, dataScope)) throw AppError.forbidden(`You cannot grant the data scope ${dataScope}`);
    return unique.sort();
  }
}

async function assertNameFree(em: EntityManager, name: string): Promise<void> {
  if (await em.existsBy(RoleEntity, { name })) throw AppError.conflict(`A role named "${name}" already exists`, 'input.name');
}

async function saveUnique(em: EntityManager, role: Partial<RoleEntity>): Promise<RoleEntity> {
  try {
    return await em.save(RoleEntity, role);
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict(`A role named "${role.name}" already exists`, 'input.name');
    throw error;
  }
}
