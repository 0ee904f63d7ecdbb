import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserType } from '../../identity/graphql/user.type';
import { effectivePermissions } from '../data-scope';
import { UserAdminService } from '../user-admin.service';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrderBy } from './access.inputs';
import { AccessLoaders } from './access.loaders';
import { CreateUserPayload, OrgUnitType, RoleType, UpdateUserPayload, UserConnectionType } from './access.types';

/** User administration, and the unit, roles and permissions fields access adds to `User`. */
@Resolver(() => UserType)
export class UserAccessResolver {
  constructor(
    private readonly userAdmin: UserAdminService,
    private readonly loaders: AccessLoaders,
  ) {}

  @Query(() => UserConnectionType, { description: 'The tenant’s users; needs user:view.' })
  async users(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('last', { type: () => Int, nullable: true }) last?: number,
    @Args('before', { nullable: true }) before?: string,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
    @Args('orderBy', { type: () => UserOrderBy, nullable: true }) orderBy?: UserOrderBy,
  ): Promise<UserConnectionType> {
    const page = await this.userAdmin.list({ first, after, last, before, filter, orderBy });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: UserType.from(e.node) })) };
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
  unit(@Parent() user: UserType, @Context() request: object): Promise<OrgUnitType | null> | null {
    return user.unitId ? this.loaders.for(request).unit.load(user.unitId) : null;
  }

  @ResolveField(() => [RoleType])
  roles(@Parent() user: UserType, @Context() request: object): Promise<RoleType[]> {
    return this.loaders.for(request).rolesOfUser.load(user.id);
  }

  @ResolveField(() => [String], { description: 'Effective grants (union of the roles), for showing or hiding actions.' })
  async permissions(@Parent() user: UserType, @Context() request: object): Promise<string[]> {
    return effectivePermissions(await this.loaders.for(request).rolesOfUser.load(user.id));
  }
}
