import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { selectsField, selectsPath } from './selection';

const schema = buildSchema(`
  type User { id: ID! }
  type Entry { id: ID! actor: User }
  type Edge { node: Entry! }
  type Conn { totalCount: Int! edges: [Edge!]! }
  type Query { trail: Conn }
`);

/** The resolve info the `trail` resolver receives for a query. */
function infoFor(query: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  execute({
    schema,
    document: parse(query),
    rootValue: {
      trail: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return null;
      },
    },
  });
  if (!captured) throw new Error('trail was not resolved');
  return captured;
}

describe('selection look-ahead', () => {
  it('PLT-05 a nested field is found by its path, also through fragments', () => {
    expect(selectsPath(infoFor('{ trail { edges { node { id actor { id } } } } }'), ['edges', 'node', 'actor'])).toBe(true);
    expect(selectsPath(infoFor('{ trail { ...T } } fragment T on Conn { edges { ... on Edge { node { actor { id } } } } }'), ['edges', 'node', 'actor'])).toBe(true);
  });

  it('PLT-05 a path the client did not ask for is not selected', () => {
    const info = infoFor('{ trail { edges { node { id } } } }');
    expect(selectsPath(info, ['edges', 'node', 'actor'])).toBe(false);
    expect(selectsPath(info, ['node'])).toBe(false);
    expect(selectsField(info, 'totalCount')).toBe(false);
  });
});
