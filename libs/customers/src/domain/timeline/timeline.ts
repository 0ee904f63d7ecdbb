/**
 * The customer timeline (INT-01, CUS-05): entries from several providers (this context's interactions
 * and documents, later orders, cases, campaign touches) merged newest first and paged by keyset.
 */

/** A place in the timeline: the entry's time exact to the microsecond (ISO text, UTC) and its id. */
export interface TimelinePosition {
  at: string;
  id: string;
}

/** Where the entry leads: the record it reports, and a path to open it when there is one. */
export interface TimelineLink {
  recordType: string;
  recordId: string;
  path?: string | null;
}

export interface TimelineEntry {
  /** Unique across providers: `<source>:<record id>`. */
  id: string;
  /** What happened: an interaction kind (call, email, ...), `document`, `milestone`, later `order`, `case`, ... */
  kind: string;
  occurredAt: Date;
  /** `occurredAt` as PostgreSQL keeps it (microseconds), ISO 8601 UTC: the keyset value. */
  at: string;
  title: string;
  /** A stable code a client may translate instead of showing `title` (e.g. `customer.created`). */
  titleKey?: string | null;
  summary: string | null;
  actorId: string | null;
  /** The provider: `<context>.<record type>`, e.g. `customers.interaction`. */
  source: string;
  link: TimelineLink | null;
}

/** Newer first; on equal times the larger id first, so every entry has one place. */
export function compareEntries(a: TimelinePosition, b: TimelinePosition): number {
  if (a.at !== b.at) return a.at > b.at ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id > b.id ? -1 : 1;
}

/**
 * The page: the newest `size` of the providers' answers (each already newest first and strictly
 * before the cursor), and whether more remain. Correct as long as each provider returned up to
 * `size + 1` entries: the newest `size` of the union lie within the union of each one's newest `size`.
 */
export function mergePage(answers: readonly (readonly TimelineEntry[])[], size: number): { entries: TimelineEntry[]; hasMore: boolean } {
  const all = answers.flat().sort(compareEntries);
  return { entries: all.slice(0, size), hasMore: all.length > size };
}

/** The SQL text of a timestamptz as an ISO string exact to the microsecond, in UTC (fixed width, so text order is time order). */
export function isoMicros(sqlExpression: string): string {
  return `to_char(${sqlExpression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Cursor text for a timeline position (base64url JSON), and back; anything else is the client's mistake. */
export function encodeTimelineCursor(position: TimelinePosition): string {
  return Buffer.from(JSON.stringify(['timeline', position.at, position.id]), 'utf8').toString('base64url');
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function decodeTimelineCursor(cursor: string): TimelinePosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== 'timeline') return null;
    const [, at, id] = parsed as unknown[];
    if (typeof at !== 'string' || !AT.test(at) || typeof id !== 'string' || id.length > 200) return null;
    return { at, id };
  } catch {
    return null;
  }
}
