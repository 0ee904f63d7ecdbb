import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { ExportFile } from '../application/export/tabular-export';

/** Sends a streamed export as a download; a client that goes away destroys the body, which stops reading the database. */
export async function sendExport(res: Response, file: ExportFile): Promise<void> {
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
  await pipeline(file.body, res).catch(() => undefined);
}

export const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const upperCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
