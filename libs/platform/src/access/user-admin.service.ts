import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/postgres-errors';
import { AppError } from '../errors/app-error';
import { FilterRules, applyFilter } from '../graphql/connection/filter';
import { Page, PageArgs, paginate } from '../graphql/connection/paginate';
import { AccessEpochService } from '../identity/access-epoch.service';
import { hashPassword } from '../identity/password';
import { UserEntity } from '../identity/user.entity';
import type { Principal } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { actingPrincipal } from './acting-principal';
import { grantCovers, scopeCovers } from './data-scope';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrderBy } from './graphql/access.inputs';
import { OrgUnitEntity } from './org-unit.entity';
import { assertCan } from './permissions';
import { RoleEntity, UserRoleEntity } from './role.entity';

export interface UsersQuery extends PageArgs {
  filter?: UserFilter | null;
  orderBy?: UserOrderBy | null;
  /** Skip counting every match when the client did not ask for totalCount. */
  withTotalCount?: boolean;
}

const USER_FILTER: FilterRules<UserFilter, UserEntity> = {
  search: (qb, search, u) => {
    const pattern = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere(`(${u}.email ILIKE :search OR ${u}.displayName ILIKE :search)`, { search: pattern });
  },
  unitId: 'unitId',
  isActive: 'isActive',
  roleId: (qb, roleId, u) => {
    qb.andWhere(`EXISTS (SELECT 1 FROM platform.user_role ur WHERE ur.user_id = ${u}.id AND ur.role_id = :roleId)`, { roleId });
  },
};

function snapshot(user: UserEntity, roleIds: string[]) {
  return {
    email: user.email,
    displayName: user.displayName,
    unitId: user.unitId,
    isActive: user.isActive,
    locale: user.locale,
    roleIds: [...roleIds].sort(),
  };
}

/** Managing a tenant's users: who they are, their unit and their roles. Signing in is identity's. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly epochs: AccessEpochService,
  ) {}

  async list(query: UsersQuery): Promise<Page<UserEntity>> {
    assertCan(actingPrincipal(), 'user', 'view');
    return this.db.transaction((em) => {
      const qb = applyFilter(em.createQueryBuilder(UserEntity, 'u'), query.filter, USER_FILTER);
      return paginate(qb, { ...query, orderBy: UserOrderBy.toSort(query.orderBy), maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE });
    });
  }

  async get(id: string): Promise<UserEntity> {
    assertCan(actingPrincipal(), 'user', 'view');
    const user = await this.db.transaction((em) => em.findOneBy(UserEntity, { id }));
    if (!user) throw AppError.notFound('user', id);
    return user;
  }

  async createUser(input: CreateUserInput): Promise<UserEntity> {
    const principal = actingPrincipal();
    assertCan(principal, 'user', 'create');
    const email = input.email.trim().toLowerCase();
    return this.db.transaction(async (em) => {
      if (await em.existsBy(UserEntity, { email })) throw AppError.conflict(`A user with the email ${email} already exists`, 'input.email');
      await assertUnitExists(em, input.unitId);
      const roleIds = await assignableRoleIds(em, principal, input.roleIds, []);
      const user: Partial<UserEntity> = {
        tenantId: principal.tenantId,
        email,
        displayName: input.displayName.trim(),
        passwordHash: await hashPassword(input.password),
        unitId: input.unitId ?? null,
        ...(input.locale ? { locale: input.locale } : {}),
      };
      const created = await insertUser(em, user);
      await setRoles(em, created, roleIds);
      await this.audit.record(em, { recordType: 'user', recordId: created.id, action: 'create', before: null, after: snapshot(created, roleIds) });
      return created;
    });
  }

  async updateUser(input: UpdateUserInput): Promise<UserEntity> {
    const principal = actingPrincipal();
    assertCan(principal, 'user', 'edit');
    let epoch: number | undefined;
    const updated = await this.db.transaction(async (em) => {
      const before = await em.findOneBy(UserEntity, { id: input.id });
      if (!before) throw AppError.notFound('user', input.id, 'input.id');
      const rolesBefore = (await em.findBy(UserRoleEntity, { userId: before.id })).map((r) => r.roleId);
      if (input.unitId !== undefined) await assertUnitExists(em, input.unitId);
      const roleIds = input.roleIds ? await assignableRoleIds(em, principal, input.roleIds, rolesBefore) : rolesBefore;
      const changes: Partial<UserEntity> = {};
      if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
      if (input.unitId !== undefined) changes.unitId = input.unitId;
      if (input.isActive !== undefined) changes.isActive = input.isActive;
      if (input.locale !== undefined) changes.locale = input.locale;
      if (Object.keys(changes).length > 0) await em.update(UserEntity, { tenantId: before.tenantId, id: before.id }, changes);
      if (input.roleIds) await setRoles(em, before, roleIds);
      const after = await em.findOneByOrFail(UserEntity, { id: before.id });
      await this.audit.record(em, {
        recordType: 'user',
        recordId: after.id,
        action: 'update',
        before: snapshot(before, rolesBefore),
        after: snapshot(after, roleIds),
      });
      // ACC-03: the user's grants changed: tokens issued before are refused from the next request on
      if (accessChanged(before, after, rolesBefore, roleIds)) epoch = await this.epochs.bump(em);
      return after;
    });
    if (epoch !== undefined) await this.epochs.announce(principal.tenantId, epoch);
    return updated;
  }
}

/** Whether a user's update changes what their token grants: unit, active flag or roles. */
function accessChanged(before: UserEntity, after: UserEntity, rolesBefore: string[], rolesAfter: string[]): boolean {
  const sameRoles = rolesBefore.length === new Set(rolesAfter).size && rolesAfter.every((id) => rolesBefore.includes(id));
  return before.unitId !== after.unitId || before.isActive !== after.isActive || !sameRoles;
}

async function insertUser(em: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
  try {
    const { id } = await em.save(UserEntity, user);
    return await em.findOneByOrFail(UserEntity, { id });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict(`A user with the email ${user.email} already exists`, 'input.email');
    throw error;
  }
}

async function assertUnitExists(em: EntityManager, unitId: string | null | undefined): Promise<void> {
  if (unitId && !(await em.existsBy(OrgUnitEntity, { id: unitId }))) throw AppError.badField('input.unitId', 'No such unit');
}

/**
 * The requested roles, each existing; a role the user does not hold yet may only be given by someone
 * holding everything it grants (no escalation through user administration).
 */
async function assignableRoleIds(em: EntityManager, principal: Principal, requested: string[], held: string[]): Promise<string[]> {
  const ids = [...new Set(requested)];
  const roles = ids.length > 0 ? await em.findBy(RoleEntity, { id: In(ids) }) : [];
  const missing = ids.filter((id) => !roles.some((r) => r.id === id));
  if (missing.length > 0) throw AppError.badField('input.roleIds', `No such role: ${missing.join(', ')}`);
  const added = roles.filter((r) => !held.includes(r.id));
  const beyond = added.filter((r) => !scopeCovers(principal.dataScope, r.dataScope) || r.permissions.some((p) => !grantCovers(principal.permissions, p)));
  if (beyond.length > 0) throw AppError.forbidden(`You cannot give roles that grant more than you hold: ${beyond.map((r) => r.name).join(', ')}`);
  return ids;
}

async function setRoles(em: EntityManager, user: UserEntity, roleIds: string[]): Promise<void> {
  await em.delete(UserRoleEntity, { tenantId: user.tenantId, userId: user.id });
  if (roleIds.length > 0) {
    await em.insert(
      UserRoleEntity,
      roleIds.map((roleId) => ({ tenantId: user.tenantId, userId: user.id, roleId })),
    );
  }
}
