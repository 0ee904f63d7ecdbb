import { customersDatabaseParts } from '@crm/customers';
import { DatabaseParts, platformDatabaseParts } from '@crm/platform';

/** Every context's entities and migrations; migrations run in timestamp order across contexts. */
export const ALL_DATABASE_PARTS: DatabaseParts = mergeParts([platformDatabaseParts, customersDatabaseParts]);

function mergeParts(parts: DatabaseParts[]): DatabaseParts {
  return {
    entities: parts.flatMap((p) => p.entities as unknown[]) as DatabaseParts['entities'],
    migrations: parts.flatMap((p) => p.migrations as unknown[]) as DatabaseParts['migrations'],
  };
}
