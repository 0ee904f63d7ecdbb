import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, MoneyScalar, type Money } from '@crm/platform';
import type { MatchReasonCode } from '../domain/dedup/match-reasons';
import type { AccountEntity } from '../infrastructure/account.entity';
import type { AddressEntity } from '../infrastructure/address.entity';
import type { ContactPointEntity } from '../infrastructure/contact-point.entity';

export enum AccountKindValue {
  COMPANY = 'company',
  INDIVIDUAL = 'individual',
}
registerEnumType(AccountKindValue, { name: 'AccountKind', description: 'A company (B2B) or an individual customer (B2C).' });

export enum LifecycleStageValue {
  PROSPECT = 'prospect',
  CUSTOMER = 'customer',
  INACTIVE = 'inactive',
  CHURNED = 'churned',
  UNKNOWN = 'unknown',
}
registerEnumType(LifecycleStageValue, { name: 'LifecycleStage' });

export enum ContactPointKindValue {
  EMAIL = 'email',
  PHONE = 'phone',
  MOBILE = 'mobile',
  FAX = 'fax',
  WECHAT = 'wechat',
  QQ = 'qq',
  WEIBO = 'weibo',
  LINKEDIN = 'linkedin',
  WEBSITE = 'website',
  OTHER = 'other',
}
registerEnumType(ContactPointKindValue, { name: 'ContactPointKind' });

export enum AddressKindValue {
  BILLING = 'billing',
  SHIPPING = 'shipping',
  OFFICE = 'office',
  HOME = 'home',
  OTHER = 'other',
}
registerEnumType(AddressKindValue, { name: 'AddressKind' });

export enum MatchReasonCodeValue {
  SAME_EMAIL = 'SAME_EMAIL',
  SAME_PHONE = 'SAME_PHONE',
  SAME_COMPANY_NAME = 'SAME_COMPANY_NAME',
  SAME_NAME = 'SAME_NAME',
  SAME_NAME_PINYIN = 'SAME_NAME_PINYIN',
  SWAPPED_NAME_ORDER = 'SWAPPED_NAME_ORDER',
  SIMILAR_NAME = 'SIMILAR_NAME',
}
registerEnumType(MatchReasonCodeValue, { name: 'MatchReasonCode', description: 'Why two records look like the same customer.' });

@ObjectType('ContactPoint', { description: 'A phone, e-mail or social handle of an account or contact.' })
export class ContactPointType {
  @Field(() => ID) id: string;
  @Field(() => ContactPointKindValue) kind: string;
  @Field({ description: 'As entered.' }) value: string;
  @Field({ description: 'E.164 for phones, lower-case for e-mails.' }) normalized: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field() isPrimary: boolean;

  static from(row: ContactPointEntity): ContactPointType {
    return Object.assign(new ContactPointType(), row);
  }
}

@ObjectType('Address')
export class AddressType {
  @Field(() => ID) id: string;
  @Field(() => AddressKindValue) kind: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) province: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) district: string | null;
  @Field() street: string;
  @Field(() => String, { nullable: true }) postcode: string | null;
  @Field() isPrimary: boolean;

  static from(row: AddressEntity): AddressType {
    return Object.assign(new AddressType(), row);
  }
}

@ObjectType('Account', { description: 'A customer: a company with its contacts, or an individual.' })
export class AccountType {
  @Field(() => ID) id: string;
  @Field(() => AccountKindValue) kind: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) parentAccountId: string | null;
  @Field(() => ID, { nullable: true, description: 'Null: in the public pool.' }) ownerId: string | null;
  @Field(() => LifecycleStageValue) lifecycleStage: string;
  @Field(() => String, { nullable: true, description: 'Computed from value when the tenant has tier rules (customerTierRules), else entered by hand.' }) tier: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Customer value (CUS-07); entered by hand for now, later fed by orders.' }) value: Money | null;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) taxId: string | null;
  @Field(() => Number, { nullable: true }) creditTermsDays: number | null;
  @Field() notes: string;
  @Field(() => [String]) tags: string[];
  @Field(() => [String], { description: 'Optional facts recorded as explicitly unknown, not merely missing.' }) unknownFields: string[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'Increases with every change; send it back to detect concurrent edits.' }) version: number;

  static from(row: AccountEntity): AccountType {
    const { tenantId: _t, nameKey: _k, namePinyin: _p, mergedIntoId: _m, createdById: _c, valueMinor: _v, valueCurrency: _vc, lastInteractionAt: _l, stageSetAt: _s, ...fields } = row;
    const value = row.valueMinor !== null && row.valueCurrency ? { amountMinor: BigInt(row.valueMinor), currency: row.valueCurrency } : null;
    return Object.assign(new AccountType(), fields, { value });
  }
}

export const AccountConnection = Connection(AccountType);

@ObjectType('MatchReason')
export class MatchReasonType {
  @Field(() => MatchReasonCodeValue) code: MatchReasonCode;
  @Field(() => Float, { description: '0..1: how strongly this alone suggests a duplicate.' }) weight: number;
}

@ObjectType('DuplicateCandidate', { description: 'An existing customer the new or edited one may duplicate.' })
export class DuplicateCandidateType {
  @Field(() => ID) accountId: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => Float, { description: '0..1, combined from the reasons.' }) score: number;
  @Field(() => [MatchReasonType]) reasons: MatchReasonType[];
  @Field({ description: 'False when it belongs to someone else: ask its owner instead of opening it.' }) visible: boolean;
}

@ObjectType('CreateAccountPayload')
export class CreateAccountPayload {
  @Field(() => AccountType) account: AccountType;
  @Field(() => [DuplicateCandidateType], { description: 'Candidates that were overridden with allowDuplicate.' })
  overriddenDuplicates: DuplicateCandidateType[];
}
