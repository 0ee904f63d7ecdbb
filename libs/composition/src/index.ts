export { ALL_DATABASE_PARTS } from './database-parts';
export { migrate } from './migrate';
export { createTestDatabase, templateDatabaseName } from './testing/test-database';
export type { TestDatabase } from './testing/test-database';
export { DEMO_TENANT, seedDemo } from './seed/seed';
