// The data source the TypeORM CLI uses to generate and check migrations (owner connection).
import 'reflect-metadata';
import { createDataSource, loadConfig } from '@crm/platform';
import { ALL_DATABASE_PARTS } from './database-parts';

export default createDataSource(loadConfig(), ALL_DATABASE_PARTS, 'admin');
