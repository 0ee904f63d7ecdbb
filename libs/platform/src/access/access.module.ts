import { Module } from '@nestjs/common';
import { OrgUnitResolver } from './graphql/org-unit.resolver';
import { RoleResolver } from './graphql/role.resolver';
import { UserAccessResolver } from './graphql/user-access.resolver';
import { OrgUnitService } from './org-unit.service';
import { PermissionCatalog } from './permission-catalog';
import { RecordShareService } from './record-share.service';
import { RoleService } from './role.service';
import { UserAdminService } from './user-admin.service';
import { VisibilityService } from './visibility.service';

/**
 * Users, roles, units, the permission catalog and record visibility. Other contexts inject
 * `PermissionCatalog` (to register their record types), `VisibilityService` and `RecordShareService`.
 */
@Module({
  providers: [
    PermissionCatalog,
    VisibilityService,
    RecordShareService,
    OrgUnitService,
    RoleService,
    UserAdminService,
    UserAccessResolver,
    RoleResolver,
    OrgUnitResolver,
  ],
  exports: [PermissionCatalog, VisibilityService, RecordShareService],
})
export class AccessModule {}
