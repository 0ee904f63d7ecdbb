import type { Money } from './tier';

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Currency names seen in Chinese sheets, for the ISO code they mean. */
const CURRENCY_NAMES: Record<string, string> = {
  RMB: 'CNY',
  人民币: 'CNY',
  元: 'CNY',
  美元: 'USD',
  欧元: 'EUR',
  港币: 'HKD',
  港元: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
};

/** The most minor units a value may have: well inside PostgreSQL's bigint. */
const MAX_MINOR_DIGITS = 17;

/** A currency cell as an ISO 4217 code ("cny", "RMB", "人民币" → CNY), or null when it names none. */
export function currencyCode(text: string): string | null {
  const trimmed = text.trim();
  const code = CURRENCY_NAMES[trimmed] ?? CURRENCY_NAMES[trimmed.toUpperCase()] ?? trimmed.toUpperCase();
  return /^[A-Z]{3}$/.test(code) && ISO_CURRENCIES.has(code) ? code : null;
}

/** How many minor units the currency has (2 for CNY, 0 for JPY). */
export function fractionDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount as a person writes it ("1234.5", "1,234.50", "１２３４") in the currency, as Money: exact
 * string arithmetic, never a float. Either the money or why the text is not an amount of it.
 */
export function moneyFromText(text: string, currency: string): { ok: true; money: Money } | { ok: false; message: string } {
  const plain = text.normalize('NFKC').replace(/[\s,，]/g, '');
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return { ok: false, message: `"${text}" is not an amount` };
  const [, sign, whole, fraction = ''] = match;
  const digits = fractionDigits(currency);
  if (fraction.replace(/0+$/, '').length > digits) return { ok: false, message: `"${text}" has more decimals than ${currency} has (${digits})` };
  const minor = `${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  if (sign === '-' && /[1-9]/.test(minor)) return { ok: false, message: `"${text}" must not be negative` };
  if (minor.length > MAX_MINOR_DIGITS) return { ok: false, message: `"${text}" is too large` };
  return { ok: true, money: { amountMinor: BigInt(minor), currency } };
}
