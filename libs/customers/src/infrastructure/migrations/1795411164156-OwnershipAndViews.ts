import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class OwnershipAndViews1795411164156 implements MigrationInterface {
    name = 'OwnershipAndViews1795411164156'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."customer_view" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "name" text NOT NULL,
                "filter" jsonb NOT NULL DEFAULT '{}',
                "order_by" jsonb,
                "columns" text array,
                "shared" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a308fd2219add3f815e3246159b" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_customer_view_shared" ON "customers"."customer_view" ("tenant_id", "shared")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_customer_view_owner_name" ON "customers"."customer_view" ("tenant_id", "owner_id", "name")
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."account"
            ADD "claimed_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."settings"
            ADD "pool_claim_limit" integer NOT NULL DEFAULT '20'
        `);
        // Hand-added: tenant isolation.
        await enableTenantRls(queryRunner, '"customers"."customer_view"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."settings" DROP COLUMN "pool_claim_limit"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."account" DROP COLUMN "claimed_at"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ux_customer_view_owner_name"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_customer_view_shared"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."customer_view"
        `);
    }

}
