import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgUnitService, OrgUnitWithMembers } from '../org-unit.service';
import { CreateOrgUnitInput, DeleteOrgUnitInput, UpdateOrgUnitInput } from './access.inputs';
import { CreateOrgUnitPayload, DeleteOrgUnitPayload, OrgUnitType, UpdateOrgUnitPayload } from './access.types';

const toType = (u: OrgUnitWithMembers) => OrgUnitType.from(u, u.memberCount);

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  constructor(private readonly units: OrgUnitService) {}

  @Query(() => [OrgUnitType], { description: 'The whole organisation tree, parents before their children.' })
  async orgUnits(): Promise<OrgUnitType[]> {
    return (await this.units.list()).map(toType);
  }

  @Mutation(() => CreateOrgUnitPayload)
  async createOrgUnit(@Args('input') input: CreateOrgUnitInput): Promise<CreateOrgUnitPayload> {
    return { orgUnit: toType(await this.units.create(input)) };
  }

  @Mutation(() => UpdateOrgUnitPayload)
  async updateOrgUnit(@Args('input') input: UpdateOrgUnitInput): Promise<UpdateOrgUnitPayload> {
    return { orgUnit: toType(await this.units.update(input)) };
  }

  @Mutation(() => DeleteOrgUnitPayload)
  async deleteOrgUnit(@Args('input') input: DeleteOrgUnitInput): Promise<DeleteOrgUnitPayload> {
    return { deletedId: await this.units.delete(input) };
  }
}
