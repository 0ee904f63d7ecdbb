import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import {
  AppConfig,
  AppError,
  assertCan,
  AuditService,
  can,
  FileStorage,
  JobQueue,
  Page,
  PageArgs,
  paginate,
  Principal,
  requirePrincipal,
  SortDirection,
  tenantFileKey,
  TenantDb,
} from '@crm/platform';
import { EntityManager } from 'typeorm';
import {
  IMPORT_TARGETS,
  importFieldsOf,
  mappingProblem,
  suggestMapping,
  type ColumnMapping,
  type ImportField,
  type ImportFieldDescription,
  type ImportTarget,
} from '../../domain/import/column-mapping';
import { DuplicatePolicy, ImportJobEntity } from '../../infrastructure/import-job.entity';
import { ImportRowErrorEntity } from '../../infrastructure/import-row-error.entity';
import { CUSTOMER_RECORD } from '../visible-accounts';
import { CONTACT_RECORD } from '../visible-contacts';
import { rememberedMapping, rememberMapping } from './import-mappings';
import { importFormatOf, readHead, type ImportFileFormat } from './row-source';

export const IMPORT_JOB_RECORD = 'customer_import';
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'create'];

/** The record type whose permissions an import of the target needs: customer:create / contact:create (and :edit for `update`). */
export const IMPORT_TARGET_RECORD: Record<ImportTarget, string> = { accounts: CUSTOMER_RECORD, contacts: CONTACT_RECORD };

/** Why the principal may not run an import of the target under the policy, or null when they may. */
export function importPermissionProblem(principal: Principal, target: ImportTarget, policy: DuplicatePolicy): string | null {
  const record = IMPORT_TARGET_RECORD[target];
  if (!can(principal, record, 'create')) return `${record}:create is needed to import ${target}`;
  if (policy === 'update' && !can(principal, record, 'edit')) return `${record}:edit is needed to update existing ${target}`;
  return null;
}

/** Whoever may import something (customers or contacts) may see their own imports. */
export function mayImport(principal: Principal): boolean {
  return IMPORT_TARGETS.some((t) => can(principal, IMPORT_TARGET_RECORD[t], 'create'));
}

/**
 * An import job is its uploader's, and every one is visible to customer admins. Not to `contact:*`
 * holders (every sales rep): the report holds the cells of rows about customers others own.
 */
export function mayReadImportJob(principal: Principal, job: Pick<ImportJobEntity, 'createdById'>): boolean {
  return job.createdById === principal.userId || can(principal, CUSTOMER_RECORD, 'admin');
}

export interface StartImportCommand {
  /** The uploaded file as received (a temporary file). */
  path: string;
  fileName: string;
  /** Column index → field; the suggestion from the header row when absent. */
  mapping?: ColumnMapping | null;
  duplicatePolicy?: DuplicatePolicy | null;
  /** accounts (the default) or contacts. */
  target?: ImportTarget | null;
}

/** Rows of the error report read per query while streaming it out. */
const REPORT_PAGE = 500;
/** Data rows a preview shows under the headers. */
const PREVIEW_ROWS = 5;

export interface ImportPreview {
  format: ImportFileFormat;
  headers: string[];
  /** The first data rows, as text cells. */
  sampleRows: string[][];
  /** The mapping this tenant last confirmed for these headers, or else one guessed from their names. */
  suggestedMapping: ColumnMapping;
  /** Whether `suggestedMapping` is a remembered one. */
  remembered: boolean;
  target: ImportTarget;
  /** The fields the target's columns can be mapped to (the mapping screen's choices; none other is accepted). */
  fields: ImportFieldDescription[];
}

/** CUS-04 on the API side: accept an upload, queue its import, show its progress and its error report. */
@Injectable()
export class ImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async start(command: StartImportCommand): Promise<{ job: ImportJobEntity; suggestedMapping: ColumnMapping }> {
    const principal = requirePrincipal();
    const target = targetOf(command.target);
    const policy = command.duplicatePolicy ?? 'skip';
    if (!DUPLICATE_POLICIES.includes(policy)) throw AppError.badField('duplicatePolicy', `must be one of ${DUPLICATE_POLICIES.join(', ')}`);
    assertCan(principal, IMPORT_TARGET_RECORD[target], 'create');
    if (policy === 'update') assertCan(principal, IMPORT_TARGET_RECORD[target], 'edit');
    if (!principal.userId) throw AppError.forbidden('An import runs as a user; sign in as one');

    const format = await formatOfUpload(command.path, command.fileName);
    const { headers } = await this.readUpload(command.path, format, 0);
    const { suggestedMapping } = await this.db.transaction((em) => this.suggest(em, headers, target));
    const mapping = command.mapping ?? suggestedMapping;
    const problem = mappingProblem(mapping, headers.length, target);
    if (problem) throw AppError.badField('mapping', problem);

    const job = await this.db.transaction(async (em) => {
      const row = em.create(ImportJobEntity, {
        tenantId: principal.tenantId,
        createdById: principal.userId!,
        fileName: command.fileName.slice(0, 255),
        storageKey: 'pending',
        fileSize: 0,
        headers,
        mapping,
        duplicatePolicy: policy,
        target,
        status: 'queued',
      });
      await em.save(row);
      row.storageKey = tenantFileKey(principal.tenantId, 'imports', `${row.id}.${format}`);
      const { size } = await this.storage.put(row.storageKey, createReadStream(command.path));
      row.fileSize = size;
      await em.save(row);
      // the user confirmed this mapping (or an integrator chose it): suggest it for these headers next time
      if (command.mapping) await rememberMapping(em, principal, headers, mapping, target);
      await this.audit.record(em, {
        recordType: IMPORT_JOB_RECORD,
        recordId: row.id,
        action: 'create',
        after: { fileName: row.fileName, fileSize: size, format, target, mapping, duplicatePolicy: policy },
      });
      return row;
    });
    // After commit: the worker must find the row. A lost enqueue leaves the job `queued` for a retry.
    await this.jobs.enqueue('customers.import', { tenantId: principal.tenantId, importJobId: job.id }, { jobId: `customers-import-${job.id}` });
    return { job, suggestedMapping };
  }

  /** The mapping screen's first step: headers, a few rows and the mapping to propose. Stores nothing. */
  async preview(command: { path: string; fileName: string; target?: ImportTarget | null }): Promise<ImportPreview> {
    const principal = requirePrincipal();
    const target = targetOf(command.target);
    assertCan(principal, IMPORT_TARGET_RECORD[target], 'create');
    const format = await formatOfUpload(command.path, command.fileName);
    const { headers, rows } = await this.readUpload(command.path, format, PREVIEW_ROWS);
    const suggestion = await this.db.transaction((em) => this.suggest(em, headers, target));
    return { format, headers, sampleRows: rows, ...suggestion, target, fields: importFieldsOf(target) };
  }

  private async suggest(em: EntityManager, headers: string[], target: ImportTarget): Promise<{ suggestedMapping: ColumnMapping; remembered: boolean }> {
    const remembered = await rememberedMapping(em, headers, target);
    return remembered ? { suggestedMapping: remembered, remembered: true } : { suggestedMapping: suggestMapping(headers, target), remembered: false };
  }

  private async readUpload(path: string, format: ImportFileFormat, sampleSize: number): Promise<{ headers: string[]; rows: string[][] }> {
    const head = await readHead(createReadStream(path), format, sampleSize).catch((error: Error) => {
      throw AppError.badField('file', `is not a readable ${format.toUpperCase()} file: ${error.message}`);
    });
    if (head.headers.length === 0 || head.headers.every((h) => !h)) throw AppError.badField('file', 'has no header row');
    return head;
  }

  /** One import job the caller may see (their own, or any with customer:admin); NOT_FOUND otherwise. */
  async get(id: string): Promise<ImportJobEntity> {
    const principal = this.importer();
    return this.db.transaction((em) => this.visibleJob(em, principal, id));
  }

  /** The caller's imports (every one for customer admins), newest first; of one target when given. */
  async list(args: PageArgs, target?: ImportTarget | null): Promise<Page<ImportJobEntity>> {
    const principal = this.importer();
    return this.db.transaction((em) => {
      const qb = em.getRepository(ImportJobEntity).createQueryBuilder('j').where('TRUE');
      if (target) qb.andWhere('j.target = :target', { target: targetOf(target) });
      if (!can(principal, CUSTOMER_RECORD, 'admin')) qb.andWhere('j.createdById = :me', { me: principal.userId ?? null });
      return paginate(qb, { ...args, orderBy: [{ column: 'createdAt', direction: SortDirection.DESC }], maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE });
    });
  }

  /**
   * The per-row report as CSV: row, outcome, field, message, then the row's original cells under the
   * file's own headers. One line per problem. Read a page at a time, so a big report streams.
   */
  async errorReport(id: string): Promise<{ job: ImportJobEntity; csv: Readable }> {
    const principal = this.importer();
    const job = await this.db.transaction((em) => this.visibleJob(em, principal, id));
    const db = this.db;
    async function* lines(): AsyncGenerator<string[]> {
      yield ['row', 'outcome', 'field', 'message', ...job.headers];
      let after = 0;
      for (;;) {
        const rows = await db.transaction(
          (em) =>
            em
              .getRepository(ImportRowErrorEntity)
              .createQueryBuilder('e')
              .where('e.jobId = :id AND e.rowNumber > :after', { id, after })
              .orderBy('e.rowNumber', 'ASC')
              .limit(REPORT_PAGE)
              .getMany(),
          principal,
        );
        for (const row of rows) {
          for (const problem of row.problems) yield [String(row.rowNumber), row.outcome, problem.field, problem.message, ...row.cells];
        }
        if (rows.length < REPORT_PAGE) return;
        after = rows[rows.length - 1].rowNumber;
      }
    }
    return { job, csv: Readable.from(lines()).pipe(stringify({ bom: true })) };
  }

  private importer(): Principal {
    const principal = requirePrincipal();
    if (!mayImport(principal)) throw AppError.forbidden('customer:create or contact:create is needed to see imports');
    return principal;
  }

  private async visibleJob(em: EntityManager, principal: Principal, id: string): Promise<ImportJobEntity> {
    const job = await em.findOneBy(ImportJobEntity, { id });
    if (!job || !mayReadImportJob(principal, job)) throw AppError.notFound('Import job', id);
    return job;
  }
}

/** The import's target as sent (accounts when left out); a bad one names the field. */
export function targetOf(value: string | null | undefined): ImportTarget {
  const target = value?.trim().toLowerCase() || 'accounts';
  if (!(IMPORT_TARGETS as readonly string[]).includes(target)) throw AppError.badField('target', `must be one of ${IMPORT_TARGETS.join(', ')}`);
  return target as ImportTarget;
}

export type { ImportField };

async function formatOfUpload(path: string, fileName: string): Promise<ImportFileFormat> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
    return importFormatOf(fileName, buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}
