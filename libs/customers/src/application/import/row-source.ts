import type { Readable } from 'node:stream';
import { CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';
import { csvRecords } from './csv-source';

export type ImportFileFormat = 'csv' | 'xlsx';

/** The file cannot be read as its format: the job fails with this reason (a retry would not mend it). */
export class UnreadableFileError extends Error {}

/** The format of an upload: XLSX by its name or its zip signature, CSV otherwise. */
export function importFormatOf(fileName: string, firstBytes?: Buffer): ImportFileFormat {
  if (/\.xlsx$/i.test(fileName)) return 'xlsx';
  if (firstBytes && firstBytes.length >= 4 && firstBytes.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  return 'csv';
}

/**
 * Every non-empty row of an import file as text cells, header first, streamed: a CSV through csv-parse,
 * an XLSX (its first worksheet) through exceljs' streaming WorkbookReader, so memory stays flat
 * whatever the file's size (only the workbook's shared-string table is held).
 */
export async function* importRows(input: Readable, format: ImportFileFormat): AsyncGenerator<string[]> {
  try {
    if (format === 'csv') {
      for await (const record of csvRecords(input)) yield record as string[];
      return;
    }
    yield* xlsxRows(input);
  } catch (error) {
    if (error instanceof CsvError) throw new UnreadableFileError(`not a readable CSV file: ${error.message}`);
    // the stored file is local and open: whatever breaks while unzipping and parsing it is the file's fault
    if (format === 'xlsx' && !(error instanceof UnreadableFileError)) {
      throw new UnreadableFileError(`not a readable XLSX file: ${error instanceof Error ? error.message : String(error)}`);
    }
    throw error;
  } finally {
    input.destroy();
  }
}

async function* xlsxRows(input: Readable): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // styles tell dates from numbers; hyperlinks come as their text
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1);
      const cells = Array.from({ length: values.length }, (_, i) => cellText(values[i]));
      if (cells.some((c) => c.trim() !== '')) yield cells;
    }
    return; // the first worksheet only
  }
}

/** One XLSX cell as the text a user would see: dates as ISO dates, formulas by their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; hyperlink?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
    if (v.hyperlink) return v.hyperlink;
  }
  return String(value);
}

/** The header row and the first `sampleSize` data rows, reading no further. */
export async function readHead(input: Readable, format: ImportFileFormat, sampleSize: number): Promise<{ headers: string[]; rows: string[][] }> {
  let headers: string[] | null = null;
  const rows: string[][] = [];
  const source = importRows(input, format);
  try {
    for await (const cells of source) {
      if (!headers) headers = cells.map((c) => c.trim());
      else rows.push(cells);
      if (rows.length >= sampleSize) break;
    }
  } finally {
    await source.return(undefined);
  }
  return { headers: headers ?? [], rows };
}
