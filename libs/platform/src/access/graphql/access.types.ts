import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection/connection.types';
import { UserType } from '../../identity/graphql/user.type';
import type { OrgUnitEntity } from '../org-unit.entity';
import type { RoleEntity } from '../role.entity';
import { DataScopeValue } from './access.enums';

@ObjectType('Role')
export class RoleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => DataScopeValue)
  dataScope: DataScopeValue;

  @Field(() => [String])
  permissions: string[];

  @Field({ description: 'Built-in: cannot be renamed or deleted.' })
  isSystem: boolean;

  static from(role: RoleEntity): RoleType {
    return Object.assign(new RoleType(), {
      id: role.id,
      name: role.name,
      description: role.description,
      dataScope: role.dataScope as DataScopeValue,
      permissions: role.permissions,
      isSystem: role.isSystem,
    });
  }
}

@ObjectType('OrgUnit', { description: 'A team or department; path lists the ids from the top unit down.' })
export class OrgUnitType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field()
  path: string;

  @Field(() => Int, { description: 'Users directly in this unit.' })
  memberCount: number;

  static from(unit: OrgUnitEntity, memberCount: number): OrgUnitType {
    return Object.assign(new OrgUnitType(), { id: unit.id, name: unit.name, parentId: unit.parentId, path: unit.path, memberCount });
  }
}

@ObjectType('PermissionCatalogEntry')
export class PermissionCatalogEntryType {
  @Field()
  recordType: string;

  @Field(() => [String])
  actions: string[];
}

export const UserConnection = Connection(UserType);

@ObjectType('CreateUserPayload')
export class CreateUserPayload {
  @Field(() => UserType)
  user: UserType;
}

@ObjectType('UpdateUserPayload')
export class UpdateUserPayload {
  @Field(() => UserType)
  user: UserType;
}

@ObjectType('CreateRolePayload')
export class CreateRolePayload {
  @Field(() => RoleType)
  role: RoleType;
}

@ObjectType('UpdateRolePayload')
export class UpdateRolePayload {
  @Field(() => RoleType)
  role: RoleType;
}

@ObjectType('DeleteRolePayload')
export class DeleteRolePayload {
  @Field(() => ID)
  deletedId: string;
}

@ObjectType('CreateOrgUnitPayload')
export class CreateOrgUnitPayload {
  @Field(() => OrgUnitType)
  orgUnit: OrgUnitType;
}

@ObjectType('UpdateOrgUnitPayload')
export class UpdateOrgUnitPayload {
  @Field(() => OrgUnitType)
  orgUnit: OrgUnitType;
}

@ObjectType('DeleteOrgUnitPayload')
export class DeleteOrgUnitPayload {
  @Field(() => ID)
  deletedId: string;
}
