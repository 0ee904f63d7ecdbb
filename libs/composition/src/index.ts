export { ALL_DATABASE_PARTS } from './database-parts';
export { migrate } from './migrate';
export { createTestDatabase, templateDatabaseName } from './testing/test-database';
export type { TestDatabase } from './testing/test-database';
export { seedDemo, DEMO_TENANT, DEMO_ADMIN } from './seed/seed';
export { ALL_JOBS, ALL_SCHEDULES } from './jobs';
