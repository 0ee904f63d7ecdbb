import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, createContextSchema } from '../rls';

/** The application role (no superuser, no BYPASSRLS) and the platform schema. Hand-written: roles are not entities. */
export class Bootstrap1795401359076 implements MigrationInterface {
  name = 'Bootstrap1795401359076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    await queryRunner.query(`GRANT CONNECT ON DATABASE "${queryRunner.connection.driver.database}" TO ${APP_ROLE}`);
    await createContextSchema(queryRunner, 'platform');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA IF EXISTS "platform" CASCADE');
  }
}
