// Writes the code-first GraphQL schema to apps/api/schema.graphql, or with --check fails when the
// committed file differs from what the code produces.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig, withDatabase } from '@crm/platform';
import { createApiApp } from './bootstrap';

export const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

async function main() {
  const base = loadConfig();
  // The schema does not depend on data: connect to the always-present maintenance database.
  const config = Object.assign(base, { LOG_LEVEL: 'silent', DATABASE_URL: withDatabase(base.DATABASE_ADMIN_URL, 'postgres') });
  const app = await createApiApp(config);
  await app.init();
  const printed = `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  await app.close();

  if (process.argv.includes('--check')) {
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== printed) {
      console.error(`schema:check: ${path.relative(process.cwd(), SCHEMA_FILE)} is stale; run pnpm schema:print and commit it`);
      process.exit(1);
    }
    console.log('schema:check: schema.graphql is current');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
