import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AccountMergeService } from '../application/account-merge.service';
import type { MergeRecordEntity } from '../infrastructure/merge-record.entity';
import { AccountType } from './account.types';

@InputType('MergeFieldChoiceInput')
export class MergeFieldChoiceInput {
  @Field({ description: 'e.g. name, industry, taxId' }) @IsString() @MaxLength(50) field: string;
  @Field(() => ID, { description: 'The account whose value wins.' }) @IsUUID() fromAccountId: string;
}

@InputType('MergeAccountsInput')
export class MergeAccountsInput {
  @Field(() => ID, { description: 'The account that stays.' }) @IsUUID() survivorId: string;
  @Field(() => [ID], { description: 'The duplicates merged into it.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  mergedIds: string[];
  @Field(() => [MergeFieldChoiceInput], { nullable: true, description: 'Field-by-field choice; otherwise the survivor’s value, else the first non-empty one.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MergeFieldChoiceInput)
  fieldChoices?: MergeFieldChoiceInput[] | null;
}

@ObjectType('MergeProvenance', { description: 'Where one field of the merged record came from.' })
export class MergeProvenanceType {
  @Field({ description: 'A field, or consent.<channel> for a person’s combined consent.' }) field: string;
  @Field(() => ID, { description: 'The record (account or contact) whose value it is.' }) fromId: string;
  @Field(() => ID, { description: 'Same as fromId (named for account merges).' }) fromAccountId: string;
  @Field(() => String, { nullable: true, description: 'JSON-encoded value.' }) value: string | null;
}

@ObjectType('MovedRecords')
export class MovedRecordsType {
  @Field({ description: 'contacts, interactions, documents, contactPoints, addresses, ...' }) kind: string;
  @Field(() => Int) count: number;
}

@ObjectType('MergeRecord', { description: 'One merge of duplicates: what went into the survivor and why each value is what it is.' })
export class MergeRecordType {
  @Field(() => ID) id: string;
  @Field({ description: 'customer (accounts) or contact (people).' }) recordType: string;
  @Field(() => ID) survivorId: string;
  @Field(() => [ID]) mergedIds: string[];
  @Field(() => [String], { description: 'Names the merged records had.' }) mergedNames: string[];
  @Field(() => [MergeProvenanceType]) provenance: MergeProvenanceType[];
  @Field(() => [MovedRecordsType]) moved: MovedRecordsType[];
  @Field(() => ID, { nullable: true }) mergedById: string | null;
  @Field() mergedAt: Date;

  static from(row: MergeRecordEntity): MergeRecordType {
    return Object.assign(new MergeRecordType(), {
      id: row.id,
      recordType: row.recordType,
      survivorId: row.survivorId,
      mergedIds: row.mergedIds,
      mergedNames: row.mergedSnapshots.map((s) => String(s.name ?? s.displayName)),
      provenance: row.provenance.map((p) => ({ field: p.field, fromId: p.fromId, fromAccountId: p.fromId, value: p.value === null || p.value === undefined ? null : JSON.stringify(p.value) })),
      moved: Object.entries(row.movedCounts).map(([kind, count]) => ({ kind, count })),
      mergedById: row.mergedById,
      mergedAt: row.mergedAt,
    });
  }
}

@ObjectType('MergeAccountsPayload')
export class MergeAccountsPayload {
  @Field(() => AccountType) account: AccountType;
  @Field(() => MergeRecordType) merge: MergeRecordType;
}

@Resolver(() => MergeRecordType)
export class AccountMergeResolver {
  constructor(private readonly merges: AccountMergeService) {}

  @Mutation(() => MergeAccountsPayload, { description: 'Merges duplicate customers into one, keeping every related record and the full history.' })
  async mergeAccounts(@Args('input') input: MergeAccountsInput): Promise<MergeAccountsPayload> {
    const { survivor, record } = await this.merges.merge({ ...input, fieldChoices: input.fieldChoices ?? [] });
    return { account: AccountType.from(survivor), merge: MergeRecordType.from(record) };
  }

  @Query(() => [MergeRecordType], { description: 'The merges that formed this customer, newest first.' })
  async accountMergeHistory(@Args('accountId', { type: () => ID }) accountId: string): Promise<MergeRecordType[]> {
    return (await this.merges.history(accountId)).map(MergeRecordType.from);
  }
}
