import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../errors/app-error';
import { UserEntity } from '../identity/user.entity';
import { TenantDb } from '../tenancy/tenant-db';
import { actingPrincipal } from './acting-principal';
import { OrgUnitEntity } from './org-unit.entity';
import { assertCan } from './permissions';
import { RecordShareEntity, ShareAccess } from './record-share.entity';
import { validateOrThrow } from '../graphql/errors/validation.pipe';
import { VisibilityService } from './visibility.service';

export class ShareRecordInput {
  @Matches(/^[a-z][a-z0-9_]*$/)
  recordType: string;

  @IsUUID()
  recordId: string;

  /** The record's current owner (the calling context knows it), to check the sharer sees the record. */
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @IsOptional()
  @IsString()
  @IsIn(['view', 'edit'])
  access?: ShareAccess;
}

const snapshot = (s: RecordShareEntity) => ({
  sharedWithUserId: s.sharedWithUserId,
  sharedWithUnitId: s.sharedWithUnitId,
  access: s.access,
});

/**
 * Shares records with a user or a whole unit, for contexts whose owners hand a record to others.
 * Sharing needs `edit` on the record type and sight of the record; each change is audited on the record.
 */
@Injectable()
export class RecordShareService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly visibility: VisibilityService,
  ) {}

  async share(raw: ShareRecordInput): Promise<RecordShareEntity> {
    const principal = actingPrincipal();
    const input = await validateOrThrow(ShareRecordInput, raw, 'input');
    assertCan(principal, input.recordType, 'edit');
    if (!input.userId === !input.unitId) {
      throw AppError.badField('input.userId', 'Share with exactly one user or one unit');
    }
    return this.db.transaction(async (em) => {
      await this.visibility.assertCanSee(principal, input.recordType, input.recordId, input.ownerId ?? null, em);
      if (input.userId && !(await em.existsBy(UserEntity, { id: input.userId }))) {
        throw AppError.badField('input.userId', 'No such user');
      }
      if (input.unitId && !(await em.existsBy(OrgUnitEntity, { id: input.unitId }))) {
        throw AppError.badField('input.unitId', 'No such unit');
      }
      const target = {
        recordType: input.recordType,
        recordId: input.recordId,
        sharedWithUserId: input.userId ?? null,
        sharedWithUnitId: input.unitId ?? null,
      };
      const existing = await em.findOneBy(RecordShareEntity, {
        recordType: target.recordType,
        recordId: target.recordId,
        sharedWithUserId: target.sharedWithUserId ?? IsNull(),
        sharedWithUnitId: target.sharedWithUnitId ?? IsNull(),
      });
      const access = input.access ?? 'view';
      if (existing?.access === access) return existing;
      const saved = existing
        ? await em.save(RecordShareEntity, { ...existing, access })
        : await em.save(RecordShareEntity, { ...target, tenantId: principal.tenantId, access, createdByUserId: principal.userId ?? null });
      await this.audit.record(em, {
        recordType: input.recordType,
        recordId: input.recordId,
        action: 'share',
        before: existing ? snapshot(existing) : null,
        after: snapshot(saved),
      });
      return saved;
    });
  }

  async unshare(shareId: string): Promise<void> {
    const principal = actingPrincipal();
    await this.db.transaction(async (em) => {
      const share = await em.findOneBy(RecordShareEntity, { id: shareId });
      if (!share) throw AppError.notFound('record_share', shareId, 'input.id');
      assertCan(principal, share.recordType, 'edit');
      await em.delete(RecordShareEntity, { tenantId: share.tenantId, id: share.id });
      await this.audit.record(em, { recordType: share.recordType, recordId: share.recordId, action: 'unshare', before: snapshot(share), after: null });
    });
  }

  /** Who a record is shared with. */
  async sharesOf(recordType: string, recordId: string): Promise<RecordShareEntity[]> {
    actingPrincipal();
    return this.db.transaction((em) => em.find(RecordShareEntity, { where: { recordType, recordId }, order: { createdAt: 'ASC' } }));
  }
}
