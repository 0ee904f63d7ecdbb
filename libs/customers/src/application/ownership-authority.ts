import { EntityManager } from 'typeorm';
import { AppError, can, OrgUnitEntity, PlatformErrorCode, Principal, UserEntity } from '@crm/platform';
import { CUSTOMER_RECORD } from './visible-accounts';

/**
 * ADR 0007's rule of who may hand records from one owner to another, shared by customers (ACC-02) and
 * contacts (CUS-03): `customer:admin` or data scope `all` manage everyone, scope `subtree` the users of
 * their unit subtree; records nobody owns may be handed out by any manager.
 */
export async function managedUsers(em: EntityManager, principal: Principal, userIds: (string | null)[]): Promise<Set<string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Set();
  if (can(principal, CUSTOMER_RECORD, 'admin') || principal.dataScope === 'all') return new Set(ids);
  if (principal.dataScope !== 'subtree' || !principal.unitPath) return new Set();
  const rows = (await em
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .innerJoin(OrgUnitEntity, 'ou', 'ou.tenantId = u.tenantId AND ou.id = u.unitId')
    .select('u.id', 'id')
    .where('u.id IN (:...ids)', { ids })
    .andWhere('starts_with(ou.path, :prefix)', { prefix: principal.unitPath })
    .getRawMany()) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Owner `ownerId` (null: nobody) may be changed by an admin, or a manager of that owner (nobody: any manager). */
export function mayReassign(principal: Principal, ownerId: string | null, managed: Set<string>): boolean {
  if (ownerId === null) return can(principal, CUSTOMER_RECORD, 'admin') || principal.dataScope === 'subtree' || principal.dataScope === 'all';
  return managed.has(ownerId);
}

/** The receiving user is an active user of the tenant the principal manages; else a bad or forbidden `field`. */
export async function assertMayReceive(em: EntityManager, principal: Principal, userId: string, field: string, what = 'customers'): Promise<void> {
  if (!(await em.existsBy(UserEntity, { id: userId, isActive: true }))) throw AppError.badField(field, 'no such active user');
  const managed = await managedUsers(em, principal, [userId]);
  if (!managed.has(userId)) throw forbiddenAt(field, `you may only give ${what} to users of your own team (or have customer:admin)`);
}

export function forbiddenAt(field: string, message: string): AppError {
  return new AppError(PlatformErrorCode.FORBIDDEN, message, 'forbidden', field);
}
