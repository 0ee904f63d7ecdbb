import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AppConfig,
  AppError,
  assertCan,
  AuditService,
  can,
  FieldProblem,
  FileStorage,
  OnJob,
  Principal,
  PrincipalLoader,
  TenantDb,
  workerPrincipal,
} from '@crm/platform';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS } from '../../domain/change-approval/protected-fields';
import { mapRow } from '../../domain/import/column-mapping';
import { isStrongDuplicate } from '../../domain/import/import-duplicates';
import { validateImportRow, type ImportRowValue } from '../../domain/import/import-row';
import { AccountEntity } from '../../infrastructure/account.entity';
import { AddressEntity } from '../../infrastructure/address.entity';
import { ContactPointEntity, ContactPointKind } from '../../infrastructure/contact-point.entity';
import { CustomerSettingsEntity } from '../../infrastructure/customer-settings.entity';
import { ImportJobEntity } from '../../infrastructure/import-job.entity';
import { ImportRowErrorEntity, ImportRowOutcome } from '../../infrastructure/import-row-error.entity';
import { AccountService } from '../account.service';
import { DuplicateCandidate, DuplicateFinder } from '../duplicate-finder';
import { CUSTOMER_RECORD, visibleAccounts } from '../visible-accounts';
import { importRows, UnreadableFileError, type ImportFileFormat } from './row-source';
import type { ImportAccountsJob } from './import-jobs';
import { IMPORT_JOB_RECORD } from './import.service';

type RowOutcome = 'created' | 'updated' | ImportRowOutcome;

interface PendingRow {
  rowNumber: number;
  cells: string[];
}

export type ImportRunResult = 'missing' | 'already-finished' | 'completed' | 'failed';

/** Runs of one job (the first and each resume) before it is given up as one that keeps dying. */
export const MAX_IMPORT_RUNS = 5;

/** Account fields an `update` import fills when the existing customer has them empty. */
const FILLABLE = ['industry', 'source', 'website', 'taxId'] as const;

/**
 * The worker side of CUS-04. Streams the stored file (never whole in memory), validates and
 * de-duplicates each row, and applies rows in batches: one transaction per batch, a savepoint per row
 * (a row is all-or-nothing), and the job's `processedRows` and counts advanced in that same
 * transaction. A job killed or failed midway therefore resumes after the last committed row.
 */
@Injectable()
export class ImportJobHandler {
  private readonly logger = new Logger(ImportJobHandler.name);

  constructor(
    private readonly db: TenantDb,
    private readonly storage: FileStorage,
    private readonly duplicates: DuplicateFinder,
    private readonly accounts: AccountService,
    private readonly principals: PrincipalLoader,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  @OnJob('customers.import')
  handle(data: ImportAccountsJob): Promise<ImportRunResult> {
    return this.run(data.tenantId, data.importJobId);
  }

  async run(tenantId: string, jobId: string): Promise<ImportRunResult> {
    const system = workerPrincipal(tenantId);
    const loaded = await this.db.asTenant(system, async (em) => {
      const job = await em.findOneBy(ImportJobEntity, { id: jobId });
      if (!job) return null;
      const principal = await this.principals.load(em, tenantId, job.createdById, { channel: 'import' });
      return { job, principal };
    });
    if (!loaded) return 'missing';
    const { job, principal } = loaded;
    if (job.status === 'completed' || job.status === 'failed') return 'already-finished';
    if (!principal) return this.fail(system, job, 'the uploading user is no longer active');
    if (!can(principal, CUSTOMER_RECORD, 'create') || (job.duplicatePolicy === 'update' && !can(principal, CUSTOMER_RECORD, 'edit'))) {
      return this.fail(system, job, 'the uploading user may no longer import customers');
    }

    if (job.attempts >= MAX_IMPORT_RUNS) {
      return this.fail(principal, job, `stopped after ${job.attempts} runs that did not finish (last saved row: ${job.processedRows}); rows up to it are imported`);
    }
    try {
      if (!(await this.storage.exists(job.storageKey))) {
        return this.fail(principal, job, 'the uploaded file is missing from file storage; upload it again');
      }
      if (job.totalRows === null) job.totalRows = await this.countRows(job);
      await this.db.asTenant(principal, (em) =>
        em.update(
          ImportJobEntity,
          { id: job.id },
          { status: 'running', totalRows: job.totalRows, startedAt: job.startedAt ?? new Date(), attempts: () => 'attempts + 1' },
        ),
      );
      let batch: PendingRow[] = [];
      let rowNumber = 0;
      for await (const cells of this.dataRows(job)) {
        rowNumber += 1;
        if (rowNumber <= job.processedRows) continue;
        batch.push({ rowNumber, cells });
        if (batch.length >= this.config.IMPORT_BATCH_SIZE) {
          await this.applyBatch(principal, job, batch);
          batch = [];
        }
      }
      if (batch.length) await this.applyBatch(principal, job, batch);
    } catch (error) {
      // A broken file will not mend on retry: fail the job (committed rows stay). Anything else
      // (database, network) is thrown so the queue retries, resuming after the last committed row.
      if (error instanceof UnreadableFileError || (error instanceof AppError && error.kind === 'not_found')) {
        return this.fail(principal, job, `the file could not be read: ${error.message}`);
      }
      throw error;
    }
    await this.db.asTenant(principal, async (em) => {
      const done = await em.findOneByOrFail(ImportJobEntity, { id: job.id });
      await em.update(ImportJobEntity, { id: job.id }, { status: 'completed', finishedAt: new Date() });
      await this.audit.record(em, {
        recordType: IMPORT_JOB_RECORD,
        recordId: job.id,
        action: 'complete',
        after: { created: done.createdRows, updated: done.updatedRows, skipped: done.skippedRows, failed: done.failedRows },
      });
    });
    await this.removeFile(job);
    return 'completed';
  }

  /** The file's data rows (the header row left out), streamed from storage. */
  private async *dataRows(job: ImportJobEntity): AsyncGenerator<string[]> {
    let header = true;
    for await (const cells of importRows(await this.storage.open(job.storageKey), formatOfJob(job))) {
      if (header) header = false;
      else yield cells;
    }
  }

  private async countRows(job: ImportJobEntity): Promise<number> {
    let rows = 0;
    for await (const _cells of this.dataRows(job)) rows += 1;
    return rows;
  }

  /** A finished job's file is not needed any more: the report keeps each refused row's cells. */
  private async removeFile(job: ImportJobEntity): Promise<void> {
    await this.storage.delete(job.storageKey).catch((error: Error) => this.logger.warn(`import ${job.id}: file not removed: ${error.message}`));
  }

  private async fail(principal: Principal, job: ImportJobEntity, reason: string): Promise<'failed'> {
    this.logger.warn(`import ${job.id} failed: ${reason}`);
    await this.db.asTenant(principal, (em) => em.update(ImportJobEntity, { id: job.id }, { status: 'failed', error: reason, finishedAt: new Date() }));
    await this.removeFile(job);
    return 'failed';
  }

  /** One transaction: every row of the batch, each in a savepoint, and the job's progress. */
  private async applyBatch(principal: Principal, job: ImportJobEntity, rows: PendingRow[]): Promise<void> {
    await this.db.asTenant(principal, async (em) => {
      // Lock the job row: a second worker running the same job waits here and then skips what this one did.
      const current = await em.findOneOrFail(ImportJobEntity, { where: { id: job.id }, lock: { mode: 'pessimistic_write' } });
      const counts: Record<RowOutcome, number> = { created: 0, updated: 0, skipped: 0, failed: 0 };
      let last = current.processedRows;
      for (const row of rows) {
        if (row.rowNumber <= last) continue;
        const outcome = await this.applyRow(em, principal, job, row);
        counts[outcome] += 1;
        last = row.rowNumber;
      }
      await em.update(
        ImportJobEntity,
        { id: job.id },
        {
          processedRows: last,
          createdRows: current.createdRows + counts.created,
          updatedRows: current.updatedRows + counts.updated,
          skippedRows: current.skippedRows + counts.skipped,
          failedRows: current.failedRows + counts.failed,
        },
      );
      job.processedRows = last;
    });
  }

  private async applyRow(em: EntityManager, principal: Principal, job: ImportJobEntity, row: PendingRow): Promise<RowOutcome> {
    const note = async (outcome: ImportRowOutcome, problems: FieldProblem[]): Promise<ImportRowOutcome> => {
      await em.insert(ImportRowErrorEntity, { tenantId: principal.tenantId, jobId: job.id, rowNumber: row.rowNumber, outcome, problems, cells: row.cells });
      return outcome;
    };
    const checked = validateImportRow(mapRow(row.cells, job.mapping));
    if (!checked.ok) return note('failed', checked.problems);
    const value = checked.value;
    try {
      // a savepoint: whatever the row wrote is undone if any part of it fails
      return await em.transaction(async (sp) => {
        const candidates = await this.duplicates.findAccounts(sp, principal, {
          kind: value.kind,
          name: value.name,
          emails: value.contactPoints.filter((p) => p.kind === 'email').map((p) => p.normalized),
          phones: value.contactPoints.filter((p) => p.kind !== 'email').map((p) => p.normalized),
          exactOnly: true,
        });
        const duplicates = candidates.filter(isStrongDuplicate);
        if (duplicates.length > 0 && job.duplicatePolicy !== 'create') {
          const best = duplicates.find((c) => c.visible);
          if (job.duplicatePolicy === 'update' && best) {
            await this.fillEmptyFields(sp, principal, best.accountId, value);
            return 'updated';
          }
          return note('skipped', [duplicateProblem(duplicates[0], job.duplicatePolicy === 'update' && !best)]);
        }
        await this.accounts.create({
          kind: value.kind,
          name: value.name,
          lifecycleStage: value.lifecycleStage,
          industry: value.industry,
          source: value.source,
          website: value.website,
          taxId: value.taxId,
          notes: value.notes,
          tags: value.tags,
          contactPoints: value.contactPoints.map((p) => ({ kind: p.kind as ContactPointKind, value: p.value })),
          addresses: value.address ? [{ kind: 'office', ...value.address }] : [],
          // a bulk import looks for the strong reasons only (a similar name alone does not stop it); what it
          // found was handled above, so the create does not search again
          allowDuplicate: candidates.length > 0,
          checkedDuplicates: candidates,
        });
        return 'created';
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.kind === 'internal') throw error;
      // refused by a business rule: the savepoint rolled the row back; report it like a bad cell
      return note('failed', error.problems.length ? error.problems : [{ field: error.field ?? 'row', message: error.message }]);
    }
  }

  /** Policy `update`: fill what the existing customer lacks, never overwrite what it has. */
  private async fillEmptyFields(em: EntityManager, principal: Principal, accountId: string, value: ImportRowValue): Promise<void> {
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    const account = await visibleAccounts(em, principal).andWhere('a.id = :id', { id: accountId }).getOneOrFail();
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const changes: Partial<AccountEntity> = {};
    // protected fields (DQ-04) change only through an approved change request, never by import
    const settings = await em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId });
    const protectedFields = new Set<string>(settings?.protectedAccountFields ?? DEFAULT_PROTECTED_ACCOUNT_FIELDS);
    for (const field of FILLABLE) {
      if (!account[field] && value[field] && !protectedFields.has(field)) {
        before[field] = account[field];
        after[field] = changes[field] = value[field];
      }
    }
    if (!account.notes && value.notes) {
      before.notes = account.notes;
      after.notes = changes.notes = value.notes;
    }
    if (account.tags.length === 0 && value.tags.length > 0) {
      before.tags = account.tags;
      after.tags = changes.tags = value.tags;
    }
    const existing = await em.find(ContactPointEntity, { where: { partyType: 'account', partyId: accountId } });
    const known = new Set(existing.map((p) => `${p.kind}:${p.normalized}`));
    const newPoints = value.contactPoints.filter((p) => !known.has(`${p.kind}:${p.normalized}`));
    if (newPoints.length) {
      await em.insert(
        ContactPointEntity,
        newPoints.map((p) => ({
          tenantId: principal.tenantId,
          partyType: 'account' as const,
          partyId: accountId,
          kind: p.kind as ContactPointKind,
          value: p.value,
          normalized: p.normalized,
          label: null,
          isPrimary: false,
        })),
      );
      after.contactPoints = newPoints.map((p) => `${p.kind}:${p.normalized}`);
    }
    if (value.address && (await em.count(AddressEntity, { where: { partyType: 'account', partyId: accountId } })) === 0) {
      await em.insert(AddressEntity, { tenantId: principal.tenantId, partyType: 'account', partyId: accountId, kind: 'office', ...value.address, district: null, isPrimary: true });
      after.address = value.address;
    }
    if (Object.keys(changes).length) await em.update(AccountEntity, { tenantId: principal.tenantId, id: accountId }, changes);
    if (Object.keys(after).length) await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: accountId, action: 'update', before, after });
  }
}

function formatOfJob(job: ImportJobEntity): ImportFileFormat {
  return job.storageKey.endsWith('.xlsx') ? 'xlsx' : 'csv';
}

function duplicateProblem(candidate: DuplicateCandidate, hidden: boolean): FieldProblem {
  const reasons = candidate.reasons.map((r) => r.code).join(', ');
  return {
    field: 'name',
    message: hidden
      ? `duplicates "${candidate.name}" (${reasons}), which you may not see; skipped`
      : `duplicates existing customer "${candidate.name}" (${reasons}); skipped`,
  };
}

