import { Module } from '@nestjs/common';
import { OrgUnitResolver } from './graphql/org-unit.resolver';
import { RoleResolver } from './graphql/role.resolver';
import { UserAccessResolver } from './graphql/user-access.resolver';
import { OrgUnitService } from './org-unit.service';
import { PermissionCatalog } from './permission-catalog';
import { RecordShareService } from './record-share.service';
import { RecordVisibilityRegistry } from './record-visibility.registry';
import { RoleService } from './role.service';
import { UserAdminService } from './user-admin.service';
import { VisibilityService } from './visibility.service';

/**
 * Users, roles, units, the permission catalog and record visibility. Other contexts inject
 * `PermissionCatalog` and `RecordVisibilityRegistry` (to register their record types and who sees one),
 * `VisibilityService` and `RecordShareService`.
 */
@Module({
  providers: [
    PermissionCatalog,
    RecordVisibilityRegistry,
    VisibilityService,
    RecordShareService,
    OrgUnitService,
    RoleService,
    UserAdminService,
    UserAccessResolver,
    RoleResolver,
    OrgUnitResolver,
  ],
  exports: [PermissionCatalog, RecordVisibilityRegistry, VisibilityService, RecordShareService],
})
export class AccessModule {}
