import type { Readable } from 'node:stream';
import { parse, type Parser } from 'csv-parse';

/** A streaming CSV parser for import files: BOM stripped, ragged rows allowed, every cell text. */
export function csvRecords(input: Readable, fromLine = 1): Parser {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, from_line: fromLine });
  input.on('error', (error) => parser.destroy(error));
  return input.pipe(parser);
}

/** The first record of a CSV stream (the header row), reading no further than it. */
export async function readHeaderRow(input: Readable): Promise<string[]> {
  const parser = csvRecords(input);
  try {
    for await (const record of parser) return (record as string[]).map((c) => c.trim());
    return [];
  } finally {
    parser.destroy();
    input.destroy();
  }
}
