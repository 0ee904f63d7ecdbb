import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MAX_BULK_CONTACTS } from '../application/contact-bulk.service';
import { ContactType } from './contact.types';

@InputType({ isAbstract: true })
abstract class BulkContactsInput {
  @Field(() => [ID], { description: `The people (at most ${MAX_BULK_CONTACTS}); all or none are changed.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_CONTACTS)
  @IsUUID('all', { each: true })
  contactIds: string[];
}

@InputType('ArchiveContactsInput')
export class ArchiveContactsInput extends BulkContactsInput {}

@InputType('RestoreContactsInput')
export class RestoreContactsInput extends BulkContactsInput {}

@InputType('AssignContactsInput')
export class AssignContactsInput extends BulkContactsInput {
  @Field(() => ID, { description: 'The new owner: an active user of the caller’s team who can see each person’s customer.' }) @IsUUID() ownerId: string;
}

@InputType('TagContactsInput')
export class TagContactsInput extends BulkContactsInput {
  @Field({ description: 'The tag to add (people who have it already stay as they are).' }) @IsString() @MinLength(1) @MaxLength(50) tag: string;
}

@ObjectType('BulkContactsPayload', { description: 'The people as they are now, in the order asked.' })
export class BulkContactsPayload {
  @Field(() => [ContactType]) contacts: ContactType[];
}
