import { DatabaseParts } from './data-source';
import { OrgUnitEntity } from '../access/org-unit.entity';
import { RecordShareEntity } from '../access/record-share.entity';
import { RoleEntity, UserRoleEntity } from '../access/role.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { ApiKeyEntity } from '../identity/api-key.entity';
import { RefreshTokenEntity } from '../identity/refresh-token.entity';
import { UserEntity } from '../identity/user.entity';
import { TenantEntity } from '../tenancy/tenant.entity';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { ProcessedEventEntity } from '../events/processed-event.entity';
import { PLATFORM_MIGRATIONS } from './migrations';

export const platformDatabaseParts: DatabaseParts = {
  entities: [
    TenantEntity,
    AuditLogEntity,
    UserEntity,
    RefreshTokenEntity,
    ApiKeyEntity,
    OrgUnitEntity,
    RoleEntity,
    UserRoleEntity,
    RecordShareEntity,
    OutboxEventEntity,
    ProcessedEventEntity,
  ],
  migrations: PLATFORM_MIGRATIONS,
};
