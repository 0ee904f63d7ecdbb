import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType } from '../../graphql/connection/connection.types';
import { mapPage } from '../../graphql/connection/paginate';
import { selectsField } from '../../graphql/connection/selection';
import { LoaderRegistry, Loaders } from '../../graphql/loaders/loader-registry';
import { UserType } from '../../identity/graphql/user.type';
import { TenantDb } from '../../tenancy/tenant-db';
import { effectivePermissions } from '../data-scope';
import { UserAdminService } from '../user-admin.service';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './access.inputs';
import { rolesOfUserLoader, unitLoader } from './access.loaders';
import { CreateUserPayload, OrgUnitType, RoleType, UpdateUserPayload, UserConnection } from './access.types';

/** User administration, and the unit, roles and permissions fields access adds to `User`. */
@Resolver(() => UserType)
export class UserAccessResolver {
  constructor(
    private readonly userAdmin: UserAdminService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => UserConnection, { description: 'The tenant’s users; needs user:view.' })
  async users(@Args() args: UsersArgs, @Info() info?: GraphQLResolveInfo): Promise<ConnectionType<UserType>> {
    const page = await this.userAdmin.list({ ...args, withTotalCount: info ? selectsField(info, 'totalCount') : true });
    return mapPage(page, UserType.from) as ConnectionType<UserType>;
  }

  @Query(() => UserType)
  async user(@Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return UserType.from(await this.userAdmin.get(id));
  }

  @Mutation(() => CreateUserPayload)
  async createUser(@Args('input') input: CreateUserInput): Promise<CreateUserPayload> {
    return { user: UserType.from(await this.userAdmin.createUser(input)) };
  }

  @Mutation(() => UpdateUserPayload)
  async updateUser(@Args('input') input: UpdateUserInput): Promise<UpdateUserPayload> {
    return { user: UserType.from(await this.userAdmin.updateUser(input)) };
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  unit(@Parent() user: UserType, @Loaders() loaders: LoaderRegistry): Promise<OrgUnitType | null> | null {
    return user.unitId ? unitLoader(loaders, this.db).load(user.unitId) : null;
  }

  @ResolveField(() => [RoleType])
  roles(@Parent() user: UserType, @Loaders() loaders: LoaderRegistry): Promise<RoleType[]> {
    return rolesOfUserLoader(loaders, this.db).load(user.id);
  }

  @ResolveField(() => [String], { description: 'Effective grants (union of the roles), for showing or hiding actions.' })
  async permissions(@Parent() user: UserType, @Loaders() loaders: LoaderRegistry): Promise<string[]> {
    return effectivePermissions(await rolesOfUserLoader(loaders, this.db).load(user.id));
  }
}
