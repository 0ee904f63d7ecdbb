import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrgUnitEntity } from '../access/org-unit.entity';
import { DataScope, RoleEntity, UserRoleEntity } from '../access/role.entity';
import { Channel, Principal } from '../tenancy/request-context';
import { readAccessEpoch } from './access-epoch.service';
import { UserEntity } from './user.entity';

const SCOPE_RANK: Record<DataScope, number> = { own: 0, subtree: 1, all: 2 };

/** The widest data scope among roles; `own` for none. */
export function widestScope(scopes: DataScope[]): DataScope {
  return scopes.reduce<DataScope>((widest, s) => (SCOPE_RANK[s] > SCOPE_RANK[widest] ? s : widest), 'own');
}

export interface PrincipalOptions {
  channel?: Channel;
  apiKeyId?: string;
  scopes?: ReadonlySet<string>;
}

/** Computes who a user is for access checks: the union of their roles' grants, widest scope, unit. */
@Injectable()
export class PrincipalLoader {
  /** Runs inside the caller's tenant transaction; null for an unknown or inactive user. */
  async load(em: EntityManager, tenantId: string, userId: string, options: PrincipalOptions = {}): Promise<Principal | null> {
    // Read first: a change committing after this read raises the epoch past it, so the token is refused
    // even if the grants read below already include the change (one refresh too many, never one too few).
    const accessEpoch = await readAccessEpoch(em, tenantId);
    const user = await em.findOneBy(UserEntity, { tenantId, id: userId });
    if (!user || !user.isActive) return null;
    const roles = await em
      .createQueryBuilder(RoleEntity, 'r')
      .innerJoin(UserRoleEntity, 'ur', 'ur.tenant_id = r.tenant_id AND ur.role_id = r.id')
      .where('ur.tenant_id = :tenantId AND ur.user_id = :userId', { tenantId, userId })
      .getMany();
    const unit = user.unitId ? await em.findOneBy(OrgUnitEntity, { tenantId, id: user.unitId }) : null;
    return {
      tenantId,
      userId,
      channel: options.channel ?? 'web',
      apiKeyId: options.apiKeyId,
      scopes: options.scopes,
      permissions: new Set(roles.flatMap((r) => r.permissions)),
      dataScope: widestScope(roles.map((r) => r.dataScope)),
      unitId: unit?.id ?? null,
      unitPath: unit?.path ?? null,
      accessEpoch,
    };
  }
}
