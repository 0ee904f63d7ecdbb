import type { FieldChange } from './audit-log.entity';

type Snapshot = Record<string, unknown> | null | undefined;

const comparable = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

/** The fields whose values differ between two snapshots of a record, with both values. */
export function diffFields(before: Snapshot, after: Snapshot, ignore: readonly string[] = []): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const was = comparable(before?.[key] ?? null);
    const now = comparable(after?.[key] ?? null);
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}
