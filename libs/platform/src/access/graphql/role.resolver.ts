import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { assertCan } from '../permissions';
import { actingPrincipal } from '../acting-principal';
import { PermissionCatalog } from '../permission-catalog';
import { RoleService } from '../role.service';
import { CreateRoleInput, DeleteRoleInput, UpdateRoleInput } from './access.inputs';
import { CreateRolePayload, DeleteRolePayload, PermissionCatalogEntryType, RoleType, UpdateRolePayload } from './access.types';

@Resolver(() => RoleType)
export class RoleResolver {
  constructor(
    private readonly roleService: RoleService,
    private readonly catalog: PermissionCatalog,
  ) {}

  @Query(() => [RoleType], { description: 'Every role of the tenant, by name.' })
  async roles(): Promise<RoleType[]> {
    return (await this.roleService.list()).map(RoleType.from);
  }

  @Query(() => [PermissionCatalogEntryType], { description: 'The record types and actions a role can be granted.' })
  permissionCatalog(): PermissionCatalogEntryType[] {
    assertCan(actingPrincipal(), 'role', 'view');
    return this.catalog.list();
  }

  @Mutation(() => CreateRolePayload)
  async createRole(@Args('input') input: CreateRoleInput): Promise<CreateRolePayload> {
    return { role: RoleType.from(await this.roleService.create(input)) };
  }

  @Mutation(() => UpdateRolePayload)
  async updateRole(@Args('input') input: UpdateRoleInput): Promise<UpdateRolePayload> {
    return { role: RoleType.from(await this.roleService.update(input)) };
  }

  @Mutation(() => DeleteRolePayload)
  async deleteRole(@Args('input') input: DeleteRoleInput): Promise<DeleteRolePayload> {
    return { deletedId: await this.roleService.delete(input) };
  }
}
