import { DatabaseParts } from './data-source';
import { OrgUnitEntity } from '../access/org-unit.entity';
import { RecordShareEntity } from '../access/record-share.entity';
import { RoleEntity, UserRoleEntity } from '../access/role.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { ApiKeyEntity } from '../identity/api-key.entity';
import { RefreshTokenEntity } from '../identity/refresh-token.entity';
import { UserEntity } from '../identity/user.entity';
import { TenantEntity } from '../tenancy/tenant.entity';
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
  ],
  migrations: PLATFORM_MIGRATIONS,
};
