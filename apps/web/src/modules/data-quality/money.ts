/** Money as the API sends it: a whole number of minor units as a string, and an ISO 4217 currency. */
export interface MoneyValue {
  amountMinor: string;
  currency: string;
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const;

/** How many minor units a currency has (2 for CNY, 0 for JPY). */
export function fractionDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * "1234.5" CNY → "123450": exact string arithmetic, never a float. Null when the text is not an amount
 * or has more decimals than the currency has minor units.
 */
export function toMinorUnits(amount: string, currency: string): string | null {
  const match = /^\s*(-?)(\d+)(?:\.(\d*))?\s*$/.exec(amount);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const digits = fractionDigits(currency);
  if (fraction.length > digits) return null;
  const minor = `${whole}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  return minor === '0' ? '0' : `${sign}${minor}`;
}

/** "123450" CNY → "1234.50". */
export function fromMinorUnits(minor: string, currency: string): string {
  const digits = fractionDigits(currency);
  const negative = minor.startsWith('-');
  const abs = (negative ? minor.slice(1) : minor).padStart(digits + 1, '0');
  const text = digits ? `${abs.slice(0, -digits)}.${abs.slice(-digits)}` : abs;
  return negative ? `-${text}` : text;
}

/** ¥1,234.50 in the reader's language. */
export function formatMoney(value: MoneyValue, locale: string): string {
  const decimal = fromMinorUnits(value.amountMinor, value.currency);
  // A decimal string keeps every digit (no float); Intl formats strings exactly.
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(decimal as unknown as number);
}
