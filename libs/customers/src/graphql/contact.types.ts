import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@crm/platform';
import type { RecordedConsent } from '../domain/contacts/consent';
import type { RelationshipView } from '../application/relationship.service';
import type { ContactDuplicateCandidate } from '../application/duplicate-finder';
import type { ContactEntity } from '../infrastructure/contact.entity';
import { MatchReasonType } from './account.types';

export enum ConsentChannelValue {
  PHONE = 'phone',
  EMAIL = 'email',
  SMS = 'sms',
  WECHAT = 'wechat',
  MAIL = 'mail',
  VISIT = 'visit',
}
registerEnumType(ConsentChannelValue, { name: 'ConsentChannel', description: 'A way of reaching a person that needs their consent.' });

export enum ConsentStatusValue {
  GRANTED = 'granted',
  DENIED = 'denied',
  UNKNOWN = 'unknown',
}
registerEnumType(ConsentStatusValue, {
  name: 'ConsentStatus',
  description: 'UNKNOWN: never asked. Marketing needs GRANTED; service is allowed unless DENIED.',
});

export enum PartyTypeValue {
  ACCOUNT = 'account',
  CONTACT = 'contact',
}
registerEnumType(PartyTypeValue, { name: 'PartyType', description: 'A customer (account) or a person (contact).' });

export enum RelationshipRoleValue {
  DECISION_MAKER = 'decision_maker',
  INFLUENCER = 'influencer',
  PARTNER = 'partner',
  REFERRED_BY = 'referred_by',
  PARENT_COMPANY = 'parent_company',
  EMPLOYEE = 'employee',
  OTHER = 'other',
}
registerEnumType(RelationshipRoleValue, { name: 'RelationshipRole', description: '"from" is <role> of/at "to": 张伟 is DECISION_MAKER at 宏达.' });

export enum RelationshipDirectionValue {
  OUTGOING = 'outgoing',
  INCOMING = 'incoming',
}
registerEnumType(RelationshipDirectionValue, { name: 'RelationshipDirection', description: 'OUTGOING: this record is the "from" end.' });

export enum ContactArchiveStateValue {
  ACTIVE = 'active',
  ARCHIVED = 'archived',
  ALL = 'all',
}
registerEnumType(ContactArchiveStateValue, { name: 'ContactArchiveState', description: 'Which people a contacts list shows by their archive state.' });

@ObjectType('Contact', { description: 'A person at a customer, or the person behind an individual customer.' })
export class ContactType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field() givenName: string;
  @Field() familyName: string;
  @Field({ description: 'As the person writes it, e.g. 张伟 or "Wei Zhang".' }) displayName: string;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) birthday: string | null;
  @Field() profileNotes: string;
  @Field(() => [String]) tags: string[];
  @Field(() => [String], { description: 'Optional facts recorded as explicitly unknown, not merely missing.' }) unknownFields: string[];
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => Date, { nullable: true, description: 'Set while the person is archived (hidden from lists by default).' }) archivedAt: Date | null;
  @Field(() => ID, { nullable: true }) archivedById: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'Increases with every change; send it back to detect concurrent edits.' }) version: number;

  static from(row: ContactEntity): ContactType {
    const { tenantId: _t, nameKey: _k, namePinyin: _p, mergedIntoId: _m, createdById: _c, ...fields } = row;
    return Object.assign(new ContactType(), fields);
  }
}

export const ContactConnection = Connection(ContactType);

@ObjectType('Consent', { description: 'What a person said about being reached on one channel (CUS-06).' })
export class ConsentType {
  @Field(() => ConsentChannelValue) channel: string;
  @Field(() => ConsentStatusValue) status: string;
  @Field(() => String, { nullable: true, description: 'Where the answer came from (form, call, unsubscribe link...).' }) source: string | null;
  @Field(() => Date, { nullable: true, description: 'Null while UNKNOWN (never recorded).' }) updatedAt: Date | null;

  static from(row: RecordedConsent<Date>): ConsentType {
    return Object.assign(new ConsentType(), row);
  }
}

@ObjectType('RelatedParty')
export class RelatedPartyType {
  @Field(() => PartyTypeValue) type: string;
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null when the caller may not see this record.' }) name: string | null;
  @Field() visible: boolean;
  @Field(() => String, { nullable: true, description: 'For a person: the customer they work at.' }) accountName: string | null;
}

@ObjectType('Relationship', { description: 'A typed link between people and organisations, as seen from one of them (DQ-06).' })
export class RelationshipType {
  @Field(() => ID) id: string;
  @Field(() => RelationshipRoleValue) role: string;
  @Field() note: string;
  @Field(() => RelationshipDirectionValue) direction: string;
  @Field(() => RelatedPartyType) other: RelatedPartyType;
  @Field() createdAt: Date;

  static from(view: RelationshipView): RelationshipType {
    return Object.assign(new RelationshipType(), view, { other: Object.assign(new RelatedPartyType(), view.other) });
  }
}

@ObjectType('ContactDuplicateCandidate', { description: 'An existing person the new or edited contact may duplicate.' })
export class ContactDuplicateCandidateType {
  @Field(() => ID) contactId: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field(() => String, { nullable: true, description: 'The customer they work at; null when not visible.' }) accountName: string | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => Float) score: number;
  @Field(() => [MatchReasonType]) reasons: MatchReasonType[];
  @Field({ description: 'False when it belongs to someone else: ask its owner instead of opening it.' }) visible: boolean;

  static from(c: ContactDuplicateCandidate): ContactDuplicateCandidateType {
    return Object.assign(new ContactDuplicateCandidateType(), c);
  }
}

@ObjectType('CreateContactPayload')
export class CreateContactPayload {
  @Field(() => ContactType) contact: ContactType;
  @Field(() => [ContactDuplicateCandidateType], { description: 'Candidates that were overridden with allowDuplicate.' })
  overriddenDuplicates: ContactDuplicateCandidateType[];
}

@ObjectType('UpdateContactPayload')
export class UpdateContactPayload {
  @Field(() => ContactType) contact: ContactType;
}

@ObjectType('ArchiveContactPayload')
export class ArchiveContactPayload {
  @Field(() => ContactType) contact: ContactType;
}

@ObjectType('RestoreContactPayload')
export class RestoreContactPayload {
  @Field(() => ContactType) contact: ContactType;
}

@ObjectType('DeleteContactPayload')
export class DeleteContactPayload {
  @Field(() => ID) deletedId: string;
}

@ObjectType('SetContactConsentPayload')
export class SetContactConsentPayload {
  @Field(() => ContactType) contact: ContactType;
  @Field(() => [ConsentType], { description: 'Every channel after the change.' }) consents: ConsentType[];
}

@ObjectType('AddRelationshipPayload')
export class AddRelationshipPayload {
  @Field(() => ID) relationshipId: string;
}

@ObjectType('RemoveRelationshipPayload')
export class RemoveRelationshipPayload {
  @Field(() => ID) removedId: string;
}
