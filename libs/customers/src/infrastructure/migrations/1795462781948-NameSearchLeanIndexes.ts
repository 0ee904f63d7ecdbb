import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The name-search GIN indexes again (CUS-03, ADR 0021), after NameSearchLean rewrote every row in its own
 * transaction, so the build sees only the rows' new versions. Hand-written.
 */
export class NameSearchLeanIndexes1795462781948 implements MigrationInterface {
    name = 'NameSearchLeanIndexes1795462781948'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_account_name_search" ON "customers"."account" USING gin ("name_search" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_contact_name_search" ON "customers"."contact" USING gin ("name_search" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "customers"."ix_contact_name_search"`);
        await queryRunner.query(`DROP INDEX "customers"."ix_account_name_search"`);
    }
}
