import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ContactMergeService } from '../application/contact-merge.service';
import { MergeRecordType } from './account-merge.resolver';
import { ContactType } from './contact.types';

@InputType('ContactMergeFieldChoiceInput')
export class ContactMergeFieldChoiceInput {
  @Field({ description: 'name, jobTitle, department, birthday or profileNotes (tags are combined).' }) @IsString() @MaxLength(50) field: string;
  @Field(() => ID, { description: 'The contact whose value wins.' }) @IsUUID() fromContactId: string;
}

@InputType('MergeContactsInput')
export class MergeContactsInput {
  @Field(() => ID, { description: 'The person that stays (and keeps its customer and owner).' }) @IsUUID() survivorId: string;
  @Field(() => [ID], { description: 'The duplicates merged into it.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  mergedIds: string[];
  @Field(() => [ContactMergeFieldChoiceInput], { nullable: true, description: 'Field-by-field choice; otherwise the survivor’s value, else the first non-empty one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContactMergeFieldChoiceInput)
  fieldChoices?: ContactMergeFieldChoiceInput[] | null;
}

@ObjectType('MergeContactsPayload')
export class MergeContactsPayload {
  @Field(() => ContactType) contact: ContactType;
  @Field(() => MergeRecordType) merge: MergeRecordType;
}

/** DQ-03 for people (ADR 0014). */
@Resolver()
export class ContactMergeResolver {
  constructor(private readonly merges: ContactMergeService) {}

  @Mutation(() => MergeContactsPayload, {
    description:
      'Merges duplicate people into one, moving their phones, addresses, interactions, relationships and shares; consents combine (a "no" on any of them stays a "no").',
  })
  async mergeContacts(@Args('input') input: MergeContactsInput): Promise<MergeContactsPayload> {
    const { survivor, record } = await this.merges.merge({ ...input, fieldChoices: input.fieldChoices ?? [] });
    return { contact: ContactType.from(survivor), merge: MergeRecordType.from(record) };
  }

  @Query(() => [MergeRecordType], { description: 'The merges that formed this person, newest first.' })
  async contactMergeHistory(@Args('contactId', { type: () => ID }) contactId: string): Promise<MergeRecordType[]> {
    return (await this.merges.history(contactId)).map(MergeRecordType.from);
  }
}
