import type { FieldProblem } from '@crm/platform';
import type { LifecycleStage } from '../account-types';
import { STAGE_TRANSITIONS } from './stage-transitions';

/** CUS-07: a tenant's months without interaction after which a customer counts as inactive, then churned. */
export interface LifecycleThresholds {
  /** Null: no automatic detection at all. */
  inactiveAfterMonths: number | null;
  /** Null: nobody becomes churned automatically. More than `inactiveAfterMonths`. */
  churnedAfterMonths: number | null;
}

export const DEFAULT_LIFECYCLE_THRESHOLDS: LifecycleThresholds = { inactiveAfterMonths: null, churnedAfterMonths: null };
export const MAX_LIFECYCLE_MONTHS = 120;

/** The stages the job looks at; it never touches prospects, churned or unsettled (`unknown`) accounts. */
export const AUTOMATIC_FROM_STAGES: readonly LifecycleStage[] = ['customer', 'inactive'];

/** Problems with thresholds, each naming its input field. */
export function lifecycleThresholdProblems(t: LifecycleThresholds, prefix = 'input.'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const whole = (value: number | null, min: number) => value === null || (Number.isInteger(value) && value >= min && value <= MAX_LIFECYCLE_MONTHS);
  if (!whole(t.inactiveAfterMonths, 1)) problems.push({ field: `${prefix}inactiveAfterMonths`, message: `must be a whole number of months from 1 to ${MAX_LIFECYCLE_MONTHS}, or empty (off)` });
  if (!whole(t.churnedAfterMonths, 2)) {
    problems.push({ field: `${prefix}churnedAfterMonths`, message: `must be a whole number of months from 2 to ${MAX_LIFECYCLE_MONTHS}, or empty (off)` });
  } else if (t.churnedAfterMonths !== null && t.inactiveAfterMonths === null) {
    problems.push({ field: `${prefix}churnedAfterMonths`, message: 'needs inactiveAfterMonths: customers become inactive before they churn' });
  } else if (t.churnedAfterMonths !== null && t.inactiveAfterMonths !== null && t.churnedAfterMonths <= t.inactiveAfterMonths) {
    problems.push({ field: `${prefix}churnedAfterMonths`, message: `must be more than inactiveAfterMonths (${t.inactiveAfterMonths})` });
  }
  return problems;
}

/** `months` calendar months before `now` (UTC), the day clamped to the month's end like PostgreSQL's interval arithmetic. */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(now.getTime());
  const day = now.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The quiet-since dates before which an account counts as inactive or churned at `now`; null: that rule is off. */
export interface LifecycleCutoffs {
  inactiveBefore: Date | null;
  churnedBefore: Date | null;
}

export function lifecycleCutoffs(now: Date, t: LifecycleThresholds): LifecycleCutoffs {
  if (t.inactiveAfterMonths === null) return { inactiveBefore: null, churnedBefore: null };
  return { inactiveBefore: monthsBefore(now, t.inactiveAfterMonths), churnedBefore: t.churnedAfterMonths === null ? null : monthsBefore(now, t.churnedAfterMonths) };
}

/**
 * Where an account quiet since `quietSince` (its last interaction, or when its stage was last set by hand
 * or it was created, whichever is latest) moves automatically, or null: customers go inactive, inactive or
 * customers past the churn threshold go churned, and only along the allowed moves (STAGE_TRANSITIONS).
 * Never back: a new interaction does not make an inactive customer active again (ADR 0018).
 */
export function automaticStage(stage: LifecycleStage, quietSince: Date, cutoffs: LifecycleCutoffs): LifecycleStage | null {
  if (!AUTOMATIC_FROM_STAGES.includes(stage)) return null;
  const to: LifecycleStage | null =
    cutoffs.churnedBefore && quietSince < cutoffs.churnedBefore ? 'churned' : cutoffs.inactiveBefore && quietSince < cutoffs.inactiveBefore ? 'inactive' : null;
  if (!to || to === stage || !STAGE_TRANSITIONS[stage].includes(to)) return null;
  return to;
}
