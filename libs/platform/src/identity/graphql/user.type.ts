import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EmailScalar } from '../../graphql/scalars/email.scalar';
import type { UserEntity } from '../user.entity';

/** A person who signs in. Identity defines the fields it owns; access adds unit, roles and permissions. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => EmailScalar)
  email: string;

  @Field()
  displayName: string;

  @Field({ description: 'Preferred interface language, e.g. zh-CN or en.' })
  locale: string;

  @Field()
  isActive: boolean;

  /** Not a GraphQL field: used by field resolvers that add the unit. */
  unitId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  static from(user: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      isActive: user.isActive,
      unitId: user.unitId,
      createdAt: user.createdAt,
      lastSignInAt: user.lastSignInAt,
    });
  }
}
