import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection/connection.types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ApiKeyEntity } from '../api-key.entity';
import { SCOPE_PATTERN } from '../credentials';
import { UserType } from './user.type';

@InputType()
export class SignInInput {
  @Field({ description: 'The tenant’s short name (slug), e.g. "demo".' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  tenant: string;

  @Field({ description: 'Compared case-insensitively.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  password: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class SignOutInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

@ObjectType()
export class AuthSession {
  @Field({ description: 'JWT, short-lived; send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Opaque and rotating: each use returns a new one and retires this one.' })
  refreshToken: string;

  @Field(() => UserType)
  user: UserType;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut: boolean;
}

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix: string;

  @Field(() => [String])
  scopes: string[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  static from(key: ApiKeyEntity): ApiKeyType {
    return Object.assign(new ApiKeyType(), {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      scopes: key.scopes,
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt,
      revokedAt: key.revokedAt,
      expiresAt: key.expiresAt,
    });
  }
}

export const ApiKeyConnection = Connection(ApiKeyType);

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "ERP sync".' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [String], { description: 'Each `<recordType|*>:<read|write|admin>`, e.g. "*:read", "customer:write".' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(SCOPE_PATTERN, { each: true, message: 'each scope must read <recordType|*>:<read|write|admin>' })
  scopes: string[];

  @Field(() => Date, { nullable: true, description: 'When the key stops working; never when omitted.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;

  @Field({ description: 'The whole key. Shown only this once: store it now.' })
  secret: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;
}
