import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { AppConfig } from '../config/app-config';
import { formatGraphqlError } from './errors/error-mapping';
import { jitExecutionPlugin } from './jit-execution.plugin';
import { complexityPlugin, depthLimitRule } from './limits/query-limits';
import { GraphqlContext, LoaderRegistry } from './loaders/loader-registry';

/** A fresh context per GraphQL request: the request, and its own DataLoader registry. */
export function graphqlContext({ req, res }: { req: unknown; res: unknown }): GraphqlContext {
  return { req, res, loaders: new LoaderRegistry() };
}

/** The Apollo options that carry the house rules: error shape, depth and complexity limits. */
export function graphqlPlumbingOptions(config: AppConfig) {
  return {
    context: graphqlContext,
    formatError: formatGraphqlError,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH)],
    // No HTTP cache hints are used; the cache-control plugin would otherwise run for every resolved field.
    plugins: [complexityPlugin(config.GRAPHQL_MAX_COMPLEXITY, config.GRAPHQL_MAX_PAGE_SIZE), ApolloServerPluginCacheControlDisabled(), jitExecutionPlugin<GraphqlContext>()],
  };
}
