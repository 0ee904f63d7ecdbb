import { QueryRunner } from 'typeorm';

/** The role the API and worker connect as (or a member of it). Fixed so migrations can grant to it. */
export const APP_ROLE = 'crm_app';

/** The tenant of the current transaction, or NULL when none is set (then no row matches). */
export const CURRENT_TENANT_SQL = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;

/** Creates a context schema and lets the application role use what is created in it. */
export async function createContextSchema(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await queryRunner.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${APP_ROLE}`);
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA "${schema}" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
  );
  await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "${schema}" GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
}

/**
 * Turns on row-level security for a tenant table, forced even for the table owner, with one
 * policy: rows of the transaction's tenant only (`SET LOCAL app.tenant_id`), for reads and writes.
 */
export async function enableTenantRls(queryRunner: QueryRunner, table: string): Promise<void> {
  const policy = `tenant_isolation`;
  await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`DROP POLICY IF EXISTS ${policy} ON ${table}`);
  await queryRunner.query(
    `CREATE POLICY ${policy} ON ${table} USING (tenant_id = ${CURRENT_TENANT_SQL}) WITH CHECK (tenant_id = ${CURRENT_TENANT_SQL})`,
  );
}
