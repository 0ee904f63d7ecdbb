import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Connection, ForwardConnectionArgs } from '@crm/platform';
import type { ImportJobEntity } from '../infrastructure/import-job.entity';

export enum ImportJobStatusValue {
  QUEUED = 'queued',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(ImportJobStatusValue, { name: 'ImportJobStatus' });

export enum DuplicatePolicyValue {
  SKIP = 'skip',
  UPDATE = 'update',
  CREATE = 'create',
}
registerEnumType(DuplicatePolicyValue, {
  name: 'DuplicatePolicy',
  description: 'What an import does with a row that duplicates an existing customer: skip it, fill the empty fields of the existing one, or create anyway.',
});

export enum ImportTargetValue {
  ACCOUNTS = 'accounts',
  CONTACTS = 'contacts',
}
registerEnumType(ImportTargetValue, {
  name: 'ImportTarget',
  description: 'What an import creates: customers (ACCOUNTS), or people at existing customers (CONTACTS).',
});

@ObjectType('ImportJob', { description: 'A CSV/XLSX import of customers or contacts (CUS-04); upload with POST /api/customers/imports.' })
export class ImportJobType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => ImportTargetValue) target: ImportTargetValue;
  @Field(() => ImportJobStatusValue) status: ImportJobStatusValue;
  @Field(() => DuplicatePolicyValue) duplicatePolicy: DuplicatePolicyValue;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file; null until the worker has counted them.' }) totalRows: number | null;
  @Field(() => Int, { description: 'Rows whose outcome is saved.' }) processedRows: number;
  @Field(() => Int) createdRows: number;
  @Field(() => Int) updatedRows: number;
  @Field(() => Int) skippedRows: number;
  @Field(() => Int) failedRows: number;
  @Field(() => Float, { description: '0..1, for a progress bar.' }) progress: number;
  @Field(() => String, { nullable: true, description: 'Why the whole job failed; row problems are in the error report.' }) error: string | null;
  @Field({ description: 'GET this path (authenticated) for the per-row error report as CSV.' }) errorReportPath: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(row: ImportJobEntity): ImportJobType {
    const progress = row.status === 'completed' ? 1 : row.totalRows ? Math.min(1, row.processedRows / row.totalRows) : 0;
    return Object.assign(new ImportJobType(), {
      id: row.id,
      fileName: row.fileName,
      target: row.target as ImportTargetValue,
      status: row.status as ImportJobStatusValue,
      duplicatePolicy: row.duplicatePolicy as DuplicatePolicyValue,
      totalRows: row.totalRows,
      processedRows: row.processedRows,
      createdRows: row.createdRows,
      updatedRows: row.updatedRows,
      skippedRows: row.skippedRows,
      failedRows: row.failedRows,
      progress,
      error: row.error,
      errorReportPath: `/api/customers/imports/${row.id}/errors.csv`,
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
    });
  }
}

export const ImportJobConnection = Connection(ImportJobType);

@ArgsType()
export class ImportJobIdArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class ImportJobsArgs extends ForwardConnectionArgs {
  @Field(() => ImportTargetValue, { nullable: true, description: 'Only the imports of this target; all when left out.' })
  @IsOptional()
  @IsEnum(ImportTargetValue)
  target?: ImportTargetValue | null;
}
