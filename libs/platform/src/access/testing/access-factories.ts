import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppError } from '../../errors/app-error';
import { UserEntity } from '../../identity/user.entity';
import type { Principal } from '../../tenancy/request-context';
import { OrgUnitEntity } from '../org-unit.entity';
import { DataScope, RoleEntity, UserRoleEntity } from '../role.entity';

/** A user row made directly (no argon2: tests that do not sign in need no real hash). */
export async function createUserRow(em: EntityManager, tenantId: string, overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  const suffix = randomBytes(4).toString('hex');
  const { id } = await em.save(UserEntity, {
    tenantId,
    email: `user-${suffix}@example.com`,
    displayName: `User ${suffix}`,
    passwordHash: 'not-a-hash',
    ...overrides,
  });
  return em.findOneByOrFail(UserEntity, { id });
}

export async function assignRoles(em: EntityManager, user: UserEntity, roles: RoleEntity[]): Promise<void> {
  await em.insert(
    UserRoleEntity,
    roles.map((r) => ({ tenantId: user.tenantId, userId: user.id, roleId: r.id })),
  );
}

/** The principal the authentication middleware would build for a user with these grants. */
export function userPrincipal(
  user: UserEntity,
  unit: OrgUnitEntity | null,
  dataScope: DataScope,
  permissions: readonly string[] = [],
): Principal {
  return {
    tenantId: user.tenantId,
    userId: user.id,
    channel: 'web',
    permissions: new Set(permissions),
    unitId: unit?.id ?? null,
    unitPath: unit?.path ?? null,
    dataScope,
  };
}

/** Resolves to the AppError the promise rejects with (fails when it resolves or throws anything else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected an AppError, but the call succeeded');
}
