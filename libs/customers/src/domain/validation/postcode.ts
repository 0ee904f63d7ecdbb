/** Postcode formats of the countries our customers trade with most; others accept 2-10 letters/digits. */
const POSTCODE_FORMATS: Record<string, RegExp> = {
  CN: /^\d{6}$/,
  HK: /^$/,
  TW: /^\d{3}(\d{2,3})?$/,
  US: /^\d{5}(-\d{4})?$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  JP: /^\d{3}-?\d{4}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  SG: /^\d{6}$/,
};

const GENERIC = /^[A-Z0-9][A-Z0-9 -]{1,9}$/i;

export function isValidPostcode(country: string, postcode: string): boolean {
  const format = POSTCODE_FORMATS[country.toUpperCase()] ?? GENERIC;
  return format.test(postcode.trim());
}
