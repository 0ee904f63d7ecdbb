import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountListIndexes1795413077403 implements MigrationInterface {
    name = 'AccountListIndexes1795413077403'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_account_list_updated" ON "customers"."account" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_account_list_created" ON "customers"."account" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_account_list_name" ON "customers"."account" ("tenant_id", "name", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_list_name"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_list_created"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_list_updated"
        `);
    }

}
