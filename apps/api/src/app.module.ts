import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ALL_DATABASE_PARTS } from '@crm/composition';
import { CustomersModule } from '@crm/customers';
import {
  AccessModule,
  AppConfig,
  GraphqlPlumbingModule,
  graphqlPlumbingOptions,
  HealthModule,
  IdentityModule,
  PlatformModule,
} from '@crm/platform';
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
        IdentityModule,
        AccessModule,
        CustomersModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: true,
          playground: false,
          // context (per-request DataLoaders), formatError, depth and complexity limits: libs/platform/src/graphql
          ...graphqlPlumbingOptions(config),
        }),
        GraphqlPlumbingModule,
      ],
      providers: [ServerInfoResolver],
    };
  }
}
