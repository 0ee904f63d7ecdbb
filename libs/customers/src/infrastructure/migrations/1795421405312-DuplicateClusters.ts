import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class DuplicateClusters1795421405312 implements MigrationInterface {
    name = 'DuplicateClusters1795421405312'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."duplicate_cluster" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL,
                "size" integer NOT NULL,
                "reasons" jsonb NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_bbc229d5717bc8df2e4b823054f" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_duplicate_cluster_order" ON "customers"."duplicate_cluster" ("tenant_id", "size", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."duplicate_cluster_member" (
                "tenant_id" uuid NOT NULL,
                "account_id" uuid NOT NULL,
                "cluster_id" uuid NOT NULL,
                CONSTRAINT "PK_ecb73ccfe781cbfc646ed12b650" PRIMARY KEY ("tenant_id", "account_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_duplicate_cluster_member_cluster" ON "customers"."duplicate_cluster_member" ("tenant_id", "cluster_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."duplicate_cluster_run" (
                "tenant_id" uuid NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE,
                "requested_at" TIMESTAMP WITH TIME ZONE,
                "duration_ms" integer,
                "cluster_count" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_9a6f10206d07f9b0f52e955e7bb" PRIMARY KEY ("tenant_id")
            )
        `);
        await enableTenantRls(queryRunner, '"customers"."duplicate_cluster"');
        await enableTenantRls(queryRunner, '"customers"."duplicate_cluster_member"');
        await enableTenantRls(queryRunner, '"customers"."duplicate_cluster_run"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "customers"."duplicate_cluster_run"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_duplicate_cluster_member_cluster"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."duplicate_cluster_member"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_duplicate_cluster_order"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."duplicate_cluster"
        `);
    }

}
