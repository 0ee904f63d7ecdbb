import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessEpochService } from '../identity/access-epoch.service';
import { AppError } from '../errors/app-error';
import { UserEntity } from '../identity/user.entity';
import { TenantDb } from '../tenancy/tenant-db';
import { actingPrincipal } from './acting-principal';
import { CreateOrgUnitInput, DeleteOrgUnitInput, UpdateOrgUnitInput } from './graphql/access.inputs';
import { OrgUnitEntity } from './org-unit.entity';
import { isWithin, prefixPattern, unitPath } from './org-unit-path';
import { assertCan } from './permissions';

export type OrgUnitWithMembers = OrgUnitEntity & { memberCount: number };

const snapshot = (u: OrgUnitEntity) => ({ name: u.name, parentId: u.parentId, path: u.path });

/** The organisation tree: units keep materialised paths so "everything below" is one prefix match. */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly epochs: AccessEpochService,
  ) {}

  /** The whole tree, parents before their children, each with its number of direct members. */
  async list(): Promise<OrgUnitWithMembers[]> {
    assertCan(actingPrincipal(), 'org_unit', 'view');
    return this.db.transaction((em) => withMemberCounts(em));
  }

  async create(input: CreateOrgUnitInput): Promise<OrgUnitWithMembers> {
    const principal = actingPrincipal();
    assertCan(principal, 'org_unit', 'create');
    return this.db.transaction(async (em) => {
      await lockTree(em);
      const parent = input.parentId ? await em.findOneBy(OrgUnitEntity, { id: input.parentId }) : null;
      if (input.parentId && !parent) throw AppError.badField('input.parentId', 'No such unit');
      const id = randomUUID();
      const unit = { tenantId: principal.tenantId, id, name: input.name.trim(), parentId: parent?.id ?? null, path: unitPath(parent?.path ?? null, id) };
      await em.insert(OrgUnitEntity, unit);
      const created = await em.findOneByOrFail(OrgUnitEntity, { id });
      await this.audit.record(em, { recordType: 'org_unit', recordId: id, action: 'create', before: null, after: snapshot(created) });
      return { ...created, memberCount: 0 };
    });
  }

  /** Renames and/or moves a unit; a move re-paths its whole subtree in one statement. */
  async update(input: UpdateOrgUnitInput): Promise<OrgUnitWithMembers> {
    const principal = actingPrincipal();
    assertCan(principal, 'org_unit', 'edit');
    let epoch: number | undefined;
    const updated = await this.db.transaction(async (em) => {
      await lockTree(em);
      const before = await em.findOneBy(OrgUnitEntity, { id: input.id });
      if (!before) throw AppError.notFound('org_unit', input.id, 'input.id');
      if (input.name !== undefined) {
        await em.update(OrgUnitEntity, { tenantId: before.tenantId, id: before.id }, { name: input.name.trim() });
      }
      if (input.parentId !== undefined && input.parentId !== before.parentId) await moveSubtree(em, before, input.parentId);
      const after = await em.findOneByOrFail(OrgUnitEntity, { id: input.id });
      await this.audit.record(em, { recordType: 'org_unit', recordId: after.id, action: 'update', before: snapshot(before), after: snapshot(after) });
      // ACC-01/ACC-03: a move changes the unit paths the subtree's tokens carry (what a manager sees)
      if (after.path !== before.path) epoch = await this.epochs.bump(em);
      return { ...after, memberCount: await em.countBy(UserEntity, { unitId: after.id }) };
    });
    if (epoch !== undefined) await this.epochs.announce(principal.tenantId, epoch);
    return updated;
  }

  async delete(input: DeleteOrgUnitInput): Promise<string> {
    assertCan(actingPrincipal(), 'org_unit', 'delete');
    return this.db.transaction(async (em) => {
      await lockTree(em);
      const unit = await em.findOneBy(OrgUnitEntity, { id: input.id });
      if (!unit) throw AppError.notFound('org_unit', input.id, 'input.id');
      const children = await em.countBy(OrgUnitEntity, { parentId: unit.id });
      if (children > 0) throw AppError.conflict(`The unit still has ${children} child unit(s); move or delete them first`, 'input.id');
      const members = await em.countBy(UserEntity, { unitId: unit.id });
      if (members > 0) throw AppError.conflict(`The unit still has ${members} member(s); move them to another unit first`, 'input.id');
      await em.delete(OrgUnitEntity, { tenantId: unit.tenantId, id: unit.id });
      await this.audit.record(em, { recordType: 'org_unit', recordId: unit.id, action: 'delete', before: snapshot(unit), after: null });
      return unit.id;
    });
  }
}

/** Serialises changes to one tenant's tree, so two concurrent moves cannot build a cycle. */
async function lockTree(em: EntityManager): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('org_unit_tree:' || current_setting('app.tenant_id')))`);
}

async function moveSubtree(em: EntityManager, unit: OrgUnitEntity, parentId: string | null): Promise<void> {
  const parent = parentId ? await em.findOneBy(OrgUnitEntity, { id: parentId }) : null;
  if (parentId && !parent) throw AppError.badField('input.parentId', 'No such unit');
  if (parent && isWithin(parent.path, unit.path)) {
    throw AppError.badField('input.parentId', 'A unit cannot move under itself or one of its own descendants');
  }
  const newPath = unitPath(parent?.path ?? null, unit.id);
  await em.query(
    `UPDATE platform.org_unit
        SET path = $1 || substr(path, length($2) + 1),
            parent_id = CASE WHEN id = $3 THEN $4::uuid ELSE parent_id END
      WHERE path LIKE $5`,
    [newPath, unit.path, unit.id, parent?.id ?? null, prefixPattern(unit.path)],
  );
}

async function withMemberCounts(em: EntityManager): Promise<OrgUnitWithMembers[]> {
  const rows = await em
    .createQueryBuilder(OrgUnitEntity, 'u')
    .select('u')
    .addSelect((sub) => sub.select('count(*)::int').from(UserEntity, 'm').where('m.unit_id = u.id'), 'member_count')
    .orderBy('u.path', 'ASC')
    .getRawAndEntities<{ member_count: number }>();
  return rows.entities.map((unit, i) => ({ ...unit, memberCount: Number(rows.raw[i].member_count) }));
}
