import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { jitExecutionPlugin } from './jit-execution.plugin';

const typeDefs = `
  type Item { id: ID!, name: String! }
  type Query { items(n: Int!): [Item!]!, broken: String }
  type Mutation { touch: Int! }
`;

function server() {
  const calls = { items: 0, broken: 0, touch: 0 };
  const resolvers = {
    Query: {
      items: (_: unknown, { n }: { n: number }) => {
        calls.items++;
        return Array.from({ length: n }, (_x, i) => ({ id: String(i), name: `item ${i}` }));
      },
      broken: () => {
        calls.broken++;
        throw new GraphQLError('no luck', { extensions: { code: 'NOT_FOUND' } });
      },
    },
    Mutation: { touch: () => ++calls.touch },
  };
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    plugins: [jitExecutionPlugin()],
    formatError: (formatted) => ({ message: `formatted: ${formatted.message}`, extensions: formatted.extensions }),
  });
  return { apollo, calls };
}

describe('jitExecutionPlugin', () => {
  it('PLT-05 a query is answered by the compiled plan, each resolver run once, the same data as graphql-js', async () => {
    const { apollo, calls } = server();
    const response = await apollo.executeOperation({ query: 'query Q($n: Int!) { items(n: $n) { id name } }', variables: { n: 3 } });
    expect(response.body.kind === 'single' && response.body.singleResult).toEqual({
      data: { items: [{ id: '0', name: 'item 0' }, { id: '1', name: 'item 1' }, { id: '2', name: 'item 2' }] },
    });
    expect(calls.items).toBe(1);
    await apollo.executeOperation({ query: 'query Q($n: Int!) { items(n: $n) { id name } }', variables: { n: 1 } });
    expect(calls.items).toBe(2);
  });

  it('PLT-05 a query with errors is answered again by graphql-js, so errors keep the one error mapping', async () => {
    const { apollo, calls } = server();
    const response = await apollo.executeOperation({ query: '{ broken }' });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0]).toMatchObject({ message: 'formatted: no luck', extensions: { code: 'NOT_FOUND' } });
    expect(result?.data).toEqual({ broken: null });
    // once compiled, once interpreted: the compiled run's errors are never sent as they are
    expect(calls.broken).toBe(2);
  });

  it('PLT-05 a mutation runs once, by graphql-js', async () => {
    const { apollo, calls } = server();
    const response = await apollo.executeOperation({ query: 'mutation { touch }' });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ touch: 1 });
    expect(calls.touch).toBe(1);
  });
});
