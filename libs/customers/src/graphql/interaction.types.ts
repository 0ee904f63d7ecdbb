import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Connection, ForwardConnectionArgs } from '@crm/platform';
import type { InteractionEntity } from '../infrastructure/interaction.entity';
import type { TimelineEntry } from '../domain/timeline/timeline';

export enum InteractionKindValue {
  CALL = 'call',
  EMAIL = 'email',
  MEETING = 'meeting',
  VISIT = 'visit',
  NOTE = 'note',
  WEB = 'web',
  FAX = 'fax',
  PARTNER = 'partner',
}
registerEnumType(InteractionKindValue, { name: 'InteractionKind', description: 'The channel of an interaction with a customer.' });

export enum InteractionDirectionValue {
  INBOUND = 'inbound',
  OUTBOUND = 'outbound',
}
registerEnumType(InteractionDirectionValue, { name: 'InteractionDirection', description: 'Who started it: the customer (inbound) or we (outbound).' });

@ObjectType('Interaction', { description: 'A contact with a customer on any channel (INT-01), with a manager’s reply once reviewed (INT-02).' })
export class InteractionType {
  @Field(() => ID) id: string;
  @Field(() => ID) accountId: string;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => InteractionKindValue) kind: string;
  @Field(() => InteractionDirectionValue, { nullable: true, description: 'Null for notes.' }) direction: string | null;
  @Field() subject: string;
  @Field() summary: string;
  @Field() occurredAt: Date;
  @Field(() => ID, { nullable: true, description: 'The author (who logged it).' }) ownerId: string | null;
  @Field(() => String, { nullable: true, description: 'The reviewing manager’s guidance; null until reviewed.' }) managerReply: string | null;
  @Field(() => ID, { nullable: true }) reviewedById: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field() createdAt: Date;

  static from(row: InteractionEntity): InteractionType {
    const { tenantId: _t, ...fields } = row;
    return Object.assign(new InteractionType(), fields);
  }
}

export const InteractionConnection = Connection(InteractionType);

@ArgsType()
export class ContactInteractionsArgs extends ForwardConnectionArgs {
  @Field(() => ID) @IsUUID() contactId: string;
}

@InputType('LogInteractionInput')
export class LogInteractionInput {
  @Field(() => ID) @IsUUID() accountId: string;
  @Field(() => ID, { nullable: true, description: 'A contact of this customer the interaction was with.' }) @IsOptional() @IsUUID() contactId?: string | null;
  @Field(() => InteractionKindValue) @IsEnum(InteractionKindValue) kind: InteractionKindValue;
  @Field(() => InteractionDirectionValue, { nullable: true, description: 'Not for notes.' })
  @IsOptional()
  @IsEnum(InteractionDirectionValue)
  direction?: InteractionDirectionValue | null;
  @Field() @IsString() @MaxLength(200) subject: string;
  @Field(() => String, { nullable: true, description: 'What was said or agreed; what a manager reviews.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  summary?: string | null;
  @Field({ description: 'When it happened; not in the future.' }) @Type(() => Date) @IsDate() occurredAt: Date;
}

@ObjectType('LogInteractionPayload')
export class LogInteractionPayload {
  @Field(() => InteractionType) interaction: InteractionType;
}

@InputType('UpdateInteractionInput', { description: 'Changes by the author; omitted fields stay as they are.' })
export class UpdateInteractionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => ID, { nullable: true, description: 'null clears it.' }) @IsOptional() @IsUUID() contactId?: string | null;
  @Field(() => InteractionKindValue, { nullable: true }) @IsOptional() @IsEnum(InteractionKindValue) kind?: InteractionKindValue | null;
  @Field(() => InteractionDirectionValue, { nullable: true, description: 'null clears it.' }) @IsOptional() @IsEnum(InteractionDirectionValue) direction?: InteractionDirectionValue | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) subject?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) summary?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() occurredAt?: Date | null;
}

@ObjectType('UpdateInteractionPayload')
export class UpdateInteractionPayload {
  @Field(() => InteractionType) interaction: InteractionType;
}

@InputType('ReviewInteractionInput')
export class ReviewInteractionInput {
  @Field(() => ID) @IsUUID() interactionId: string;
  @Field({ description: 'Guidance for the author.' }) @IsString() @MaxLength(5000) reply: string;
}

@ObjectType('ReviewInteractionPayload')
export class ReviewInteractionPayload {
  @Field(() => InteractionType) interaction: InteractionType;
}

@ArgsType()
export class InteractionIdArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ObjectType('TimelineLink', { description: 'The record a timeline entry reports, and a path to open it when there is one.' })
export class TimelineLinkType {
  @Field({ description: 'e.g. interaction, customer_document, customer, later order, case.' }) recordType: string;
  @Field(() => ID) recordId: string;
  @Field(() => String, { nullable: true, description: 'An API path (e.g. a document’s content) to GET, authenticated.' }) path: string | null;
}

@ObjectType('TimelineEntry', { description: 'One thing that happened with a customer, from any context (INT-01, CUS-05).' })
export class TimelineEntryType {
  @Field(() => ID, { description: '`<source>:<record id>`.' }) id: string;
  @Field({ description: 'An interaction kind (call, email, meeting, visit, note, web, fax, partner), document or milestone; later contexts add theirs.' })
  kind: string;
  @Field() occurredAt: Date;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'A stable code a client may translate instead of showing title (e.g. customer.created).' })
  titleKey: string | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field({ description: 'The context and record type that contributed it, e.g. customers.interaction.' }) source: string;
  @Field(() => TimelineLinkType, { nullable: true }) link: TimelineLinkType | null;

  static from(entry: TimelineEntry): TimelineEntryType {
    return Object.assign(new TimelineEntryType(), {
      id: entry.id,
      kind: entry.kind,
      occurredAt: entry.occurredAt,
      title: entry.title,
      titleKey: entry.titleKey ?? null,
      summary: entry.summary,
      actorId: entry.actorId,
      source: entry.source,
      link: entry.link ? Object.assign(new TimelineLinkType(), { path: null, ...entry.link }) : null,
    });
  }
}

export const TimelineEntryConnection = Connection(TimelineEntryType);

@InputType('TimelineFilter')
export class TimelineFilterInput {
  @Field(() => [String], { nullable: true, description: 'Only these entry kinds (see TimelineEntry.kind).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  kinds?: string[] | null;
}

@ArgsType()
export class CustomerTimelineArgs extends ForwardConnectionArgs {
  @Field(() => ID) @IsUUID() accountId: string;
  @Field(() => TimelineFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TimelineFilterInput) filter?: TimelineFilterInput | null;
}
