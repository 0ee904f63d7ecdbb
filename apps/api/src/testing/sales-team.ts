import { randomUUID } from 'node:crypto';
import { DEMO_TENANT } from '@crm/composition';
import { createTestUser, OrgUnitEntity, TestUser } from '@crm/platform';
import type { ApiHarness } from './api-harness';

/** A user of the team, signed in. */
export interface TeamMember extends TestUser {
  token: string;
}

/**
 * The demo tenant's people the ownership e2e files (ACC-02, CUS-03) work with: a manager (no admin
 * permission, sees their unit's subtree) over a team unit of two reps who see their own records, and an
 * outsider rep in a unit of their own. Everyone gets `permissions`; `teamName` names the team's unit.
 */
export interface SalesTeam {
  manager: TeamMember;
  rep1: TeamMember;
  rep2: TeamMember;
  outsider: TeamMember;
}

export async function createSalesTeam(api: ApiHarness, permissions: string[], teamName: string): Promise<SalesTeam> {
  const signedIn = async (user: TestUser): Promise<TeamMember> => ({ ...user, token: await api.signIn(DEMO_TENANT.slug, user.user.email, user.password) });
  const manager = await createTestUser(api.appDs, api.demoTenantId, { permissions, dataScope: 'subtree' });
  const teamId = randomUUID();
  await api.admin.getRepository(OrgUnitEntity).insert({ tenantId: api.demoTenantId, id: teamId, parentId: manager.unit!.id, name: teamName, path: `${manager.unit!.path}${teamId}/` });
  const rep = () => createTestUser(api.appDs, api.demoTenantId, { permissions, dataScope: 'own', unitId: teamId });
  const [rep1, rep2, outsider] = [await rep(), await rep(), await createTestUser(api.appDs, api.demoTenantId, { permissions, dataScope: 'own' })];
  const [m, r1, r2, o] = await Promise.all([manager, rep1, rep2, outsider].map(signedIn));
  return { manager: m, rep1: r1, rep2: r2, outsider: o };
}
