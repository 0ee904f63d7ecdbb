import { EntityManager } from 'typeorm';
import { AppError } from '@crm/platform';
import { MergePlanError } from '../domain/merge/merge-plan';

/** Shared by the account and contact merges (DQ-03). */

/** Runs a pure merge plan, turning its refusal into a validation error naming the input field. */
export function planOrFail<P>(plan: () => P): P {
  try {
    return plan();
  } catch (error) {
    // a choice naming a record outside the merge is a problem of the fieldChoices input
    if (error instanceof MergePlanError) throw AppError.badField(`input.${error.field.startsWith('choices.') ? 'fieldChoices' : error.field}`, error.message);
    throw error;
  }
}

/** Runs "move these rows from the merged ids to the survivor" statements ($1 survivor, $2 merged ids); counts per kind. */
export async function moveRelated(em: EntityManager, statements: readonly { kind: string; sql: string }[], survivorId: string, mergedIds: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const statement of statements) {
    const [, affected] = (await em.query(statement.sql, [survivorId, mergedIds])) as [unknown, number];
    counts[statement.kind] = affected;
  }
  return counts;
}

/**
 * DQ-06 after moving links: a link between two merged records would now point from the survivor to
 * itself, and the same link (from, to, role) may now exist twice; the older one stays. Returns how many went.
 */
export async function collapseRelationships(em: EntityManager, survivorId: string): Promise<number> {
  const [, removed] = (await em.query(
    `DELETE FROM customers.relationship r
      WHERE $1 IN (r.from_id, r.to_id)
        AND ((r.from_type = r.to_type AND r.from_id = r.to_id)
          OR EXISTS (SELECT 1 FROM customers.relationship o
                      WHERE o.from_type = r.from_type AND o.from_id = r.from_id AND o.to_type = r.to_type AND o.to_id = r.to_id
                        AND o.role = r.role AND (o.created_at, o.id) < (r.created_at, r.id)))`,
    [survivorId],
  )) as [unknown, number];
  return removed;
}
