import { MigrationInterface, QueryRunner } from "typeorm";

export class ContactViews1795436346098 implements MigrationInterface {
    name = 'ContactViews1795436346098'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_customer_view_shared"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ux_customer_view_owner_name"
        `);
        // Views saved so far are of the customers (accounts) list: the default fills them in.
        await queryRunner.query(`
            ALTER TABLE "customers"."customer_view"
            ADD "list" text NOT NULL DEFAULT 'accounts'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_customer_view_list_shared" ON "customers"."customer_view" ("tenant_id", "list", "shared")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_customer_view_owner_list_name" ON "customers"."customer_view" ("tenant_id", "owner_id", "list", "name")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ux_customer_view_owner_list_name"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_customer_view_list_shared"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."customer_view" DROP COLUMN "list"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_customer_view_owner_name" ON "customers"."customer_view" ("tenant_id", "owner_id", "name")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_customer_view_shared" ON "customers"."customer_view" ("tenant_id", "shared")
        `);
    }

}
