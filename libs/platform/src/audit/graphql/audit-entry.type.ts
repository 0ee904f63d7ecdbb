import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection/connection.types';
import { UserType } from '../../identity/graphql/user.type';
import type { AuditLogEntity } from '../audit-log.entity';

@ObjectType('FieldChangeEntry', { description: 'One changed field; values are JSON-encoded (null when absent).' })
export class FieldChangeEntryType {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

@ObjectType('AuditEntry', { description: 'One change to a record: who, when, through which channel, and what changed.' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  actorApiKeyId: string | null;

  @Field(() => String, { description: 'web, api_key, worker, import or system' })
  channel: string;

  @Field(() => String)
  recordType: string;

  @Field(() => String)
  recordId: string;

  @Field(() => String)
  action: string;

  @Field(() => [FieldChangeEntryType])
  changes: FieldChangeEntryType[];

  /** Not a GraphQL field: the actor, when the page was read with its actors (then `actor` needs no load). */
  actorUser?: UserType | null;

  static from(row: AuditLogEntity): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: row.id,
      occurredAt: row.occurredAt,
      actorUserId: row.actorUserId,
      actorApiKeyId: row.actorApiKeyId,
      channel: row.channel,
      recordType: row.recordType,
      recordId: row.recordId,
      action: row.action,
      changes: Object.entries(row.changes).map(([field, change]) => ({ field, before: json(change.before), after: json(change.after) })),
    });
  }
}

export const AuditEntryConnection = Connection(AuditEntryType);
