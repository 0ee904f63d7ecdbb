import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { DocumentNode, GraphQLError, ValidationContext, ValidationRule, getNamedType } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError, PlatformErrorCode } from '../../errors/app-error';

function tooComplex(message: string, limit: 'depth' | 'complexity', maximum: number, actual?: number): AppError {
  return new AppError(PlatformErrorCode.QUERY_TOO_COMPLEX, message, 'bad_input', undefined, [], { limit, maximum, ...(actual === undefined ? {} : { actual }) });
}

/** graphql-depth-limit, its errors carrying QUERY_TOO_COMPLEX and the limit. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    const wrapped = Object.create(context) as ValidationContext;
    wrapped.reportError = (error: GraphQLError) =>
      context.reportError(
        new GraphQLError(error.message, {
          nodes: error.nodes,
          originalError: tooComplex(`The query is nested too deeply: at most ${maxDepth} levels (GRAPHQL_MAX_DEPTH)`, 'depth', maxDepth),
        }),
      );
    return rule(wrapped);
  };
}

/**
 * A list field with `first`/`last` (a connection) costs its page size times what one item costs;
 * without a size it is priced at the largest page allowed.
 */
export function connectionEstimator(maxPageSize: number): ComplexityEstimator {
  return ({ args, childComplexity, field }) => {
    const pageable = field.args.some((arg) => arg.name === 'first') || /Connection$/.test(getNamedType(field.type).name);
    if (!pageable) return undefined;
    const size = Number(args.first ?? args.last ?? maxPageSize);
    return 1 + Math.max(1, Number.isFinite(size) ? size : maxPageSize) * childComplexity;
  };
}

/** Refuses, before execution, an operation whose estimated cost exceeds `maxComplexity`. */
export function complexityPlugin(maxComplexity: number, maxPageSize: number): ApolloServerPlugin {
  // Apollo reuses one parsed document per query text, so a client repeating an operation is priced once
  // per distinct variables instead of on every request.
  const priced = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          const known = priced.get(document) ?? new Map<string, number>();
          let complexity = known.get(key) ?? -1;
          if (complexity < 0) {
            try {
              complexity = getComplexity({
                schema,
                operationName: request.operationName ?? undefined,
                query: document,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), connectionEstimator(maxPageSize), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Bad variables: execution refuses them with Apollo's own BAD_USER_INPUT; nothing runs.
              return;
            }
            if (known.size < 100) known.set(key, complexity);
            priced.set(document, known);
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError('query too complex', {
              originalError: tooComplex(
                `The query would cost ${complexity}, above the limit of ${maxComplexity} (GRAPHQL_MAX_COMPLEXITY); ask for smaller pages or fewer fields`,
                'complexity',
                maxComplexity,
                complexity,
              ),
              extensions: { http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
