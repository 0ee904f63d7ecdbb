import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Numbers written without a country code are read as numbers of this region. */
export const DEFAULT_PHONE_REGION: CountryCode = 'CN';

/** A phone number as E.164 (`+8613812345678`), or undefined when the text is no valid number. */
export function toE164(text: string, region: CountryCode = DEFAULT_PHONE_REGION): string | undefined {
  const parsed = parsePhoneNumberFromString(text, region);
  return parsed?.isValid() ? parsed.number : undefined;
}

function parse(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(`Phone must be a string, got ${typeof value}`);
  const e164 = toE164(value);
  if (!e164) {
    throw new GraphQLError(`"${value}" is not a valid phone number; use international form (+86 138 1234 5678) or a Chinese national number`);
  }
  return e164;
}

/** A phone number: E.164 on output; on input international or national (default region CN) formats. */
export const PhoneScalar = new GraphQLScalarType<string, string>({
  name: 'Phone',
  description: 'A phone number. Output is E.164 (+8613812345678); input also accepts national formats (default region CN) with spaces, dashes or brackets.',
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Phone must be a string', { nodes: ast });
    return parse(ast.value);
  },
  serialize(value) {
    const e164 = typeof value === 'string' ? toE164(value) : undefined;
    if (!e164) throw new GraphQLError('A stored phone number is not valid E.164');
    return e164;
  },
});
