import { fromMinorUnits, toMinorUnits, type MoneyValue } from '../data-quality/money';

/** One row of the tier rules form: a tier name and the smallest value (a decimal text in the currency). */
export interface TierRowValues {
  tier?: string;
  minValue?: string;
}

export interface TierRulesValues {
  currency: string;
  thresholds: TierRowValues[];
}

export interface StoredTierRules {
  currency: string;
  thresholds: { tier: string; minValue: MoneyValue }[];
}

/** The rules as the form shows them; no rules: an empty list in CNY. */
export function toTierRulesValues(rules: StoredTierRules | null | undefined): TierRulesValues {
  if (!rules) return { currency: 'CNY', thresholds: [] };
  return { currency: rules.currency, thresholds: rules.thresholds.map((t) => ({ tier: t.tier, minValue: fromMinorUnits(t.minValue.amountMinor, t.minValue.currency) })) };
}

/** The mutation's thresholds from the form (rows are checked by the form before: every amount parses). */
export function toTierThresholdsInput(values: TierRulesValues): { tier: string; minValue: MoneyValue }[] {
  return (values.thresholds ?? []).map((row) => ({
    tier: (row.tier ?? '').trim(),
    minValue: { amountMinor: toMinorUnits(row.minValue ?? '', values.currency) ?? '', currency: values.currency },
  }));
}

/** Whether the text is an amount of the currency, not negative (e.g. "10000" or "9999.99" CNY). */
export function isTierAmount(text: string | undefined, currency: string): boolean {
  const minor = toMinorUnits(text ?? '', currency);
  return minor !== null && !minor.startsWith('-');
}
