import { GraphQLError, GraphQLScalarType, Kind, ObjectValueNode, valueFromASTUntyped } from 'graphql';

/** An amount in integer minor units (fen, cents) with its ISO 4217 currency. Never a float. */
export interface Money {
  amountMinor: bigint;
  currency: string;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function fail(message: string): never {
  throw new GraphQLError(`Money: ${message}`);
}

/** Reads `{ amountMinor: "12345", currency: "CNY" }`, refusing fractions, floats and unknown currencies. */
export function parseMoney(value: unknown): Money {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('expected an object like {"amountMinor": "12345", "currency": "CNY"}');
  }
  const { amountMinor, currency, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) fail(`unknown field ${unknown.join(', ')}; only amountMinor and currency`);
  let minor: bigint;
  if (typeof amountMinor === 'string' && /^-?\d{1,30}$/.test(amountMinor)) minor = BigInt(amountMinor);
  else if (typeof amountMinor === 'number' && Number.isSafeInteger(amountMinor)) minor = BigInt(amountMinor);
  else fail(`amountMinor must be a whole number of minor units as a string (e.g. "12345" for 123.45), got ${JSON.stringify(amountMinor)}`);
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    fail(`currency must be an ISO 4217 code in capitals (e.g. "CNY"), got ${JSON.stringify(currency)}`);
  }
  if (!CURRENCIES.has(currency)) fail(`currency "${currency}" is not an ISO 4217 currency`);
  return { amountMinor: minor, currency };
}

export function serializeMoney(value: unknown): { amountMinor: string; currency: string } {
  const { amountMinor, currency } = value as { amountMinor: bigint | string | number; currency: string };
  if (typeof amountMinor === 'number' && !Number.isSafeInteger(amountMinor)) fail('a stored amount is not a whole number of minor units');
  return { amountMinor: String(parseMoney({ amountMinor: String(amountMinor), currency }).amountMinor), currency };
}

export const MoneyScalar = new GraphQLScalarType<Money, { amountMinor: string; currency: string }>({
  name: 'Money',
  description: 'An amount of money: {"amountMinor": "12345", "currency": "CNY"} = 123.45 CNY. amountMinor is a whole number of minor units written as a string; currency an ISO 4217 code.',
  parseValue: parseMoney,
  parseLiteral(ast, variables) {
    if (ast.kind !== Kind.OBJECT) fail('expected an object like {amountMinor: "12345", currency: "CNY"}');
    return parseMoney(valueFromASTUntyped(ast as ObjectValueNode, variables));
  },
  serialize: serializeMoney,
});
