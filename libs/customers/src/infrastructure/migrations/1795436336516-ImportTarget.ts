import { MigrationInterface, QueryRunner } from "typeorm";

export class ImportTarget1795436336516 implements MigrationInterface {
    name = 'ImportTarget1795436336516'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."import_job"
            ADD "target" text NOT NULL DEFAULT 'accounts'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."import_job" DROP COLUMN "target"
        `);
    }

}
