import { MigrationInterface, QueryRunner } from 'typeorm';
import { createContextSchema } from '@crm/platform';

/** The customers schema and the trigram extension used for typo-tolerant duplicate search. Hand-written. */
export class CustomersSchema1795402064061 implements MigrationInterface {
  name = 'CustomersSchema1795402064061';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await createContextSchema(queryRunner, 'customers');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA IF EXISTS "customers" CASCADE');
  }
}
