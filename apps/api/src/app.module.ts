import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ALL_DATABASE_PARTS } from '@crm/composition';
import { AccessModule, AppConfig, AppError, HealthModule, IdentityModule, PlatformModule } from '@crm/platform';
import type { GraphQLFormattedError } from 'graphql';
import { ServerInfoResolver } from './server-info.resolver';

/** The API process: GraphQL gateway and REST surface over every context's modules. It only enqueues jobs. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, database: ALL_DATABASE_PARTS }),
        HealthModule,
        AccessModule,
        IdentityModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: true,
          playground: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: surfaceAppErrors,
        }),
      ],
      providers: [ServerInfoResolver],
    };
  }
}

// TEMPORARY (branch auth): surfaces AppError codes until the shared GraphQL error mapping lands;
// replace with it at merge.
function surfaceAppErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  if (!(original instanceof AppError)) return formatted;
  return {
    message: original.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: original.code, field: original.field, problems: original.problems, ...original.extra },
  };
}
