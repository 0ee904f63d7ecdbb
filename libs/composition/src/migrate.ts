import { AppConfig, createDataSource, ensureDatabase } from '@crm/platform';
import { ALL_DATABASE_PARTS } from './database-parts';

/** Creates the database when missing and applies every pending migration as the owner. */
export async function migrate(config: AppConfig): Promise<string[]> {
  await ensureDatabase(config.DATABASE_ADMIN_URL);
  const ds = createDataSource(config, ALL_DATABASE_PARTS, 'admin');
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
