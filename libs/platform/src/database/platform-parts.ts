import { DatabaseParts } from './data-source';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { TenantEntity } from '../tenancy/tenant.entity';
import { PLATFORM_MIGRATIONS } from './migrations';

export const platformDatabaseParts: DatabaseParts = {
  entities: [TenantEntity, AuditLogEntity],
  migrations: PLATFORM_MIGRATIONS,
};
