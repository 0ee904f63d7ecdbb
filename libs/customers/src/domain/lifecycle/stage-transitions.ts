import type { LifecycleStage } from '../account-types';

/**
 * CUS-07: the lifecycle stages a customer may move to from each stage. A prospect becomes a customer
 * (or is lost); a customer goes quiet (inactive) or leaves (churned); inactive and churned customers
 * can be won back. `unknown` (imported or legacy data) may be settled to any stage, never re-entered.
 */
export const STAGE_TRANSITIONS: Readonly<Record<LifecycleStage, readonly LifecycleStage[]>> = {
  unknown: ['prospect', 'customer', 'inactive', 'churned'],
  prospect: ['customer', 'churned'],
  customer: ['inactive', 'churned'],
  inactive: ['customer', 'churned'],
  churned: ['prospect', 'customer'],
};

/** Staying on the same stage is always allowed (nothing changes). */
export function canChangeStage(from: LifecycleStage, to: LifecycleStage): boolean {
  return from === to || STAGE_TRANSITIONS[from].includes(to);
}

/** A message for a refused transition naming where one can go instead, or null when allowed. */
export function stageChangeProblem(from: LifecycleStage, to: LifecycleStage): string | null {
  if (canChangeStage(from, to)) return null;
  return `cannot go from ${from} to ${to}; from ${from} a customer can become ${STAGE_TRANSITIONS[from].join(' or ')}`;
}
