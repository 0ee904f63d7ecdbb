import { GraphQLScalarType, ValueNode } from 'graphql';
import { EmailAddressResolver } from 'graphql-scalars';

const base = EmailAddressResolver.toConfig();

const normalise = (value: unknown): string => (value as string).trim().toLowerCase();

/** An e-mail address (graphql-scalars' EmailAddress rules), lower-cased and trimmed on input. */
export const EmailScalar = new GraphQLScalarType<string, string>({
  ...base,
  name: 'Email',
  description: 'An e-mail address (RFC 5322 syntax). Lower-cased on input, so comparisons ignore case.',
  specifiedByURL: undefined,
  parseValue: (value) => normalise(base.parseValue?.(typeof value === 'string' ? value.trim() : value)),
  parseLiteral: (ast: ValueNode, variables) =>
    normalise(base.parseLiteral?.(ast.kind === 'StringValue' ? { ...ast, value: ast.value.trim() } : ast, variables)),
  serialize: (value) => String(base.serialize?.(value)),
});
