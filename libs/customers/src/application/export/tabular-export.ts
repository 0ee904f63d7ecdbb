import { PassThrough, Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { AuditService, RequestContext, requirePrincipal, TenantDb } from '@crm/platform';

export type ExportFormat = 'csv' | 'xlsx';

/** Records read per transaction while streaming: memory holds one batch, never the whole list. */
export const EXPORT_BATCH = 500;

/** One batch of cells and where the next one starts (null: this was the last). */
export interface ExportBatch {
  rows: string[][];
  next: string | null;
}

export interface TabularExport {
  format: ExportFormat;
  /** File name before the date and extension, e.g. `customers`; also the XLSX sheet's name. */
  fileStem: string;
  headers: readonly string[];
  /** Where the audit row goes (`record_type`, action `export`) and what it says besides the count. */
  auditRecordType: string;
  auditDetails: Record<string, unknown>;
  /** Reads the batch after `after` (null: the first) in its own transaction, through the visibility predicate. */
  readBatch(em: EntityManager, after: string | null): Promise<ExportBatch>;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

const logger = new Logger('TabularExport');

/**
 * CUS-04: streams a list as CSV or XLSX in keyset batches, each read in a transaction of its own under the
 * caller's principal, and audits who exported what and how many rows left once the download ends (or stops).
 * The caller checks the permission before calling; the batches apply the visibility rule.
 */
export function streamTabularExport(db: TenantDb, audit: AuditService, spec: TabularExport): ExportFile {
  const principal = requirePrincipal();
  // the body is read after the handler returned, from socket events outside the request's context:
  // each batch runs in a context of its own with the same principal and request id
  const requestId = RequestContext.current()?.requestId ?? `export-${Date.now()}`;
  const inContext = <T>(fn: (em: EntityManager) => Promise<T>) => RequestContext.run({ requestId, principal }, () => db.transaction(fn, principal));
  const rows = exportRows(spec, audit, inContext);
  const date = new Date().toISOString().slice(0, 10);
  if (spec.format === 'xlsx') {
    return {
      fileName: `${spec.fileStem}-${date}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: xlsxStream(rows, spec.fileStem),
    };
  }
  return { fileName: `${spec.fileStem}-${date}.csv`, contentType: 'text/csv; charset=utf-8', body: Readable.from(rows).pipe(stringify({ bom: true })) };
}

/** The filter as the audit shows it: set values only. */
export function auditedFilter(filter: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

type InContext = <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>;

/** Header, then the batches' rows; audits when the last row has gone (or the download stopped). */
async function* exportRows(spec: TabularExport, audit: AuditService, inContext: InContext): AsyncGenerator<string[]> {
  let count = 0;
  let complete = false;
  try {
    yield [...spec.headers];
    let after: string | null = null;
    for (;;) {
      const batch: ExportBatch = await inContext((em) => spec.readBatch(em, after));
      for (const row of batch.rows) {
        count += 1;
        yield row;
      }
      if (!batch.next) break;
      after = batch.next;
    }
    complete = true;
  } finally {
    await inContext((em) =>
      audit.record(em, { recordType: spec.auditRecordType, recordId: 'export', action: 'export', after: { format: spec.format, ...spec.auditDetails, count, complete } }),
    ).catch((error: Error) => logger.error(`export audit not written: ${error.message}`));
  }
}

/** An XLSX written row by row into the returned stream (exceljs' streaming writer, no shared strings). */
function xlsxStream(rows: AsyncGenerator<string[]>, sheetName: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  void (async () => {
    for await (const row of rows) {
      sheet.addRow(row).commit();
      // let the zip catch up with a slow client instead of buffering the whole file
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  out.on('close', () => void rows.return(undefined));
  return out;
}
