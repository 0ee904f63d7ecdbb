import { setImmediate as nextTurn } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, AppError, AuditService, FieldProblem, FileStorage, OnJob, Principal, PrincipalLoader, TenantDb, TenantEntity, workerPrincipal } from '@crm/platform';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS } from '../../domain/change-approval/protected-fields';
import { CustomerSettingsEntity } from '../../infrastructure/customer-settings.entity';
import { ImportJobEntity } from '../../infrastructure/import-job.entity';
import type { ImportTarget } from '../../domain/import/column-mapping';
import { ContactImportBatchWriter } from './contact-import-batch';
import {
  ImportBatchWriter,
  type CheckedRow,
  type ImportBatchContext,
  type ImportCheckOptions,
  type ImportTargetWriter,
  type OutcomeCounts,
  type PendingRow,
} from './import-batch';
import { importRows, UnreadableFileError, type ImportFileFormat } from './row-source';
import type { ImportAccountsJob } from './import-jobs';
import { IMPORT_JOB_RECORD, importPermissionProblem } from './import.service';

export type ImportRunResult = 'missing' | 'already-finished' | 'completed' | 'failed';

/**
 * Rows checked between two turns of the event loop: the next batch's checks (validation, keys, pinyin) run
 * while the batch before is written, and a statement of that batch that comes back meanwhile is answered
 * within a slice's time (a few ms), not after the whole batch's checks (~100 ms of CPU).
 */
const CHECK_SLICE = 100;

/** Runs of one job (the first and each resume) before it is given up as one that keeps dying. */
export const MAX_IMPORT_RUNS = 5;

/**
 * The worker side of CUS-04. Streams the stored file (never whole in memory), validates each row in JS,
 * and applies rows in batches written set-wise (ImportBatchWriter: one duplicate lookup and one insert
 * per table per batch): one transaction per batch, the job's `processedRows` and counts advanced in that
 * same transaction. A job killed or failed midway therefore resumes after the last committed batch and
 * never half-applies a row.
 */
@Injectable()
export class ImportJobHandler {
  private readonly logger = new Logger(ImportJobHandler.name);
  /** What differs per target (row checks, duplicates, writes); everything else here is shared. */
  private readonly writers: Record<ImportTarget, ImportTargetWriter<unknown>>;

  constructor(
    private readonly db: TenantDb,
    private readonly storage: FileStorage,
    accounts: ImportBatchWriter,
    contacts: ContactImportBatchWriter,
    private readonly principals: PrincipalLoader,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.writers = { accounts, contacts };
  }

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
    const refused = importPermissionProblem(principal, job.target, job.duplicatePolicy);
    if (refused) return this.fail(system, job, `the uploading user may no longer import: ${refused}`);

    if (job.attempts >= MAX_IMPORT_RUNS) {
      return this.fail(principal, job, `stopped after ${job.attempts} runs that did not finish (last saved row: ${job.processedRows}); rows up to it are imported`);
    }
    try {
      if (!(await this.storage.exists(job.storageKey))) {
        return this.fail(principal, job, 'the uploaded file is missing from file storage; upload it again');
      }
      // started when the run starts: counting the rows is part of the import's time
      const startedAt = job.startedAt ?? new Date();
      if (job.totalRows === null) job.totalRows = await this.countRows(job);
      await this.db.asTenant(principal, (em) =>
        em.update(ImportJobEntity, { id: job.id }, { status: 'running', totalRows: job.totalRows, startedAt, attempts: () => 'attempts + 1' }),
      );
      const { protectedFields, checkOptions } = await this.tenantSettings(principal);
      // The next batch is read and checked while the one before is written: reading and validating
      // (JS) overlap the database's work. One batch in flight at most, so memory stays flat.
      let inFlight: Promise<void> | undefined;
      const send = async (rows: PendingRow[]) => {
        const checked = await this.check(job, rows, checkOptions);
        await inFlight;
        inFlight = this.applyBatch(principal, job, checked, protectedFields);
        inFlight.catch(() => undefined); // awaited (and thrown) before the next batch or at the end
      };
      let batch: PendingRow[] = [];
      let rowNumber = 0;
      for await (const cells of this.dataRows(job)) {
        rowNumber += 1;
        if (rowNumber <= job.processedRows) continue;
        batch.push({ rowNumber, cells });
        if (batch.length >= this.config.IMPORT_BATCH_SIZE) {
          await send(batch);
          batch = [];
        }
      }
      if (batch.length) await send(batch);
      await inFlight;
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

  /** The writer's pure checks of a batch, a slice at a time, letting the batch being written go on in between. */
  private async check(job: ImportJobEntity, rows: PendingRow[], options: ImportCheckOptions): Promise<CheckedRow<unknown>[]> {
    const checked: CheckedRow<unknown>[] = [];
    for (let start = 0; start < rows.length; start += CHECK_SLICE) {
      if (start > 0) await nextTurn();
      checked.push(...this.writers[job.target].check(rows.slice(start, start + CHECK_SLICE), job.mapping, options));
    }
    return checked;
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

  /**
   * One transaction per batch: its rows written set-wise (ImportBatchWriter) and the job's progress, so a
   * batch is in or out as a whole and a resumed job starts after the last committed one. When the
   * database refuses the batch for one row's data (a constraint or a value it rejects), the batch is
   * applied again row by row, each in a savepoint: that row is reported failed with the database's
   * reason, the others are saved.
   */
  private async applyBatch(principal: Principal, job: ImportJobEntity, rows: CheckedRow<unknown>[], protectedFields: ReadonlySet<string>): Promise<void> {
    const ctx: ImportBatchContext = { principal, jobId: job.id, policy: job.duplicatePolicy, protectedFields };
    const writer = this.writers[job.target];
    try {
      await this.inBatchTransaction(principal, job, rows, (em, todo) => writer.apply(em, ctx, todo));
    } catch (error) {
      if (!isRowDataError(error)) throw error;
      this.logger.warn(`import ${job.id}: batch of rows ${rows[0].rowNumber}-${rows[rows.length - 1].rowNumber} refused (${(error as Error).message}); applying it row by row`);
      await this.inBatchTransaction(principal, job, rows, async (em, todo) => {
        const counts: OutcomeCounts = { created: 0, updated: 0, skipped: 0, failed: 0 };
        for (const row of todo) {
          try {
            // a savepoint: whatever the row wrote is undone if the database refuses any part of it
            const one = await em.transaction((sp) => writer.apply(sp, ctx, [row]));
            for (const key of Object.keys(counts) as (keyof OutcomeCounts)[]) counts[key] += one[key];
          } catch (rowError) {
            if (!isRowDataError(rowError)) throw rowError;
            const problems: FieldProblem[] = [{ field: 'row', message: `refused by the database: ${(rowError as Error).message}` }];
            await writer.apply(em, ctx, [{ rowNumber: row.rowNumber, cells: row.cells, ok: false, problems }]);
            counts.failed += 1;
          }
        }
        return counts;
      });
    }
  }

  /** Locks the job, applies the rows it has not committed yet, and advances its progress, in one transaction. */
  private async inBatchTransaction(
    principal: Principal,
    job: ImportJobEntity,
    rows: CheckedRow<unknown>[],
    apply: (em: EntityManager, rows: CheckedRow<unknown>[]) => Promise<OutcomeCounts>,
  ): Promise<void> {
    await this.db.asTenant(principal, async (em) => {
      // Lock the job row: a second worker running the same job waits here and then skips what this one did.
      const current = await em.findOneOrFail(ImportJobEntity, { where: { id: job.id }, lock: { mode: 'pessimistic_write' } });
      const todo = rows.filter((r) => r.rowNumber > current.processedRows);
      if (!todo.length) return;
      const counts = await apply(em, todo);
      const last = todo[todo.length - 1].rowNumber;
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

  /**
   * What the job needs of its tenant, read once in one transaction: DQ-04 protected fields (an `update`
   * import never fills them) and, CUS-07, the base currency of a value given without a currency column.
   */
  private async tenantSettings(principal: Principal): Promise<{ protectedFields: ReadonlySet<string>; checkOptions: ImportCheckOptions }> {
    return this.db.asTenant(principal, async (em) => {
      const settings = await em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId });
      const tenant = await em.findOneBy(TenantEntity, { id: principal.tenantId });
      return {
        protectedFields: new Set<string>(settings?.protectedAccountFields ?? DEFAULT_PROTECTED_ACCOUNT_FIELDS),
        checkOptions: { baseCurrency: tenant?.baseCurrency ?? 'CNY' },
      };
    });
  }
}

/**
 * The database refused a row's data (SQLSTATE class 22 data exception or 23 integrity constraint): the
 * row is at fault, not the database; anything else (connection lost, a raised exception) fails the run.
 */
function isRowDataError(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.driverError?.code === 'string' ? e.driverError.code : '';
  return code.startsWith('22') || code.startsWith('23');
}

function formatOfJob(job: ImportJobEntity): ImportFileFormat {
  return job.storageKey.endsWith('.xlsx') ? 'xlsx' : 'csv';
}
