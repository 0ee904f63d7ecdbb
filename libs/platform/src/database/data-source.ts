import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { AppConfig } from '../config/app-config';

/** What each context contributes to the one database: its entities and its migrations. */
export interface DatabaseParts {
  // TypeORM's own list type: entity classes of any shape.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export type ConnectionRole = 'app' | 'admin';

/** `synchronize` is off everywhere, tests included: the schema only changes through migrations. */
export function dataSourceOptions(config: AppConfig, parts: DatabaseParts, role: ConnectionRole = 'app'): DataSourceOptions {
  return {
    type: 'postgres',
    url: role === 'app' ? config.DATABASE_URL : config.DATABASE_ADMIN_URL,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: role === 'admin',
    migrationsRun: false,
    logging: false,
    extra: { max: role === 'app' ? config.DATABASE_POOL_SIZE : 2, application_name: `crm-${role}` },
  };
}

export function createDataSource(config: AppConfig, parts: DatabaseParts, role: ConnectionRole = 'app'): DataSource {
  return new DataSource(dataSourceOptions(config, parts, role));
}

/** Returns the URL with another database name: used to make test databases and to reach `postgres`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}
