import { AppError } from '../../errors/app-error';

/**
 * What a cursor holds: the sort key it was made for (so a cursor from another ordering is refused),
 * the row's sort values as PostgreSQL prints them (exact, e.g. microsecond timestamps) and its id.
 */
export interface CursorPayload {
  key: string;
  values: string[];
  id: string;
}

/** Opaque to clients: base64url of a small JSON array. */
export function encodeCursor({ key, values, id }: CursorPayload): string {
  return Buffer.from(JSON.stringify([key, values, id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by `encodeCursor` for the same sort key; anything else is the client's mistake. */
export function decodeCursor(cursor: string, expectedKey: string, argument: string): CursorPayload {
  const invalid = (why: string) => AppError.badField(argument, `is not a valid cursor for this list (${why})`);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid('not base64url');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('unreadable');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid('unreadable');
  const [key, values, id] = parsed as unknown[];
  if (typeof key !== 'string' || typeof id !== 'string' || !Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
    throw invalid('unreadable');
  }
  if (key !== expectedKey) throw invalid('made for another ordering');
  return { key, values: values as string[], id };
}
