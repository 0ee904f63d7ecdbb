/**
 * CUS-05 tiers from customer value: a tenant names tiers with the smallest value (minor units of
 * one currency) that earns each, e.g. A from 1,000,000.00 CNY, B from 100,000.00, C from 0.
 */
export interface TierThreshold {
  tier: string;
  /** Smallest value in minor units that earns this tier. */
  minMinor: bigint;
}

export interface TierRules {
  currency: string;
  thresholds: TierThreshold[];
}

export interface Money {
  amountMinor: bigint;
  currency: string;
}

/**
 * The tier a value earns: the highest threshold it reaches. Null when there are no rules, no value,
 * the value is in another currency (no exchange rates yet) or below every threshold.
 */
export function tierFor(value: Money | null | undefined, rules: TierRules | null | undefined): string | null {
  if (!value || !rules || value.currency !== rules.currency) return null;
  const reached = rules.thresholds.filter((t) => value.amountMinor >= t.minMinor).sort((a, b) => (a.minMinor > b.minMinor ? -1 : a.minMinor < b.minMinor ? 1 : 0));
  return reached[0]?.tier ?? null;
}

/** Problems with rules a tenant submits: tier names unique and non-empty, thresholds distinct and not negative. */
export function tierRulesProblems(rules: TierRules, path = 'input'): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const names = new Set<string>();
  const mins = new Set<bigint>();
  rules.thresholds.forEach((t, i) => {
    const name = t.tier.trim();
    if (!name) problems.push({ field: `${path}.thresholds.${i}.tier`, message: 'must not be empty' });
    else if (names.has(name)) problems.push({ field: `${path}.thresholds.${i}.tier`, message: `${name} is named twice` });
    names.add(name);
    if (t.minMinor < 0n) problems.push({ field: `${path}.thresholds.${i}.minValue`, message: 'must not be negative' });
    else if (mins.has(t.minMinor)) problems.push({ field: `${path}.thresholds.${i}.minValue`, message: 'two tiers start at the same value' });
    mins.add(t.minMinor);
  });
  return problems;
}
