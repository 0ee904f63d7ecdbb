import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class ImportJobs1795406585079 implements MigrationInterface {
    name = 'ImportJobs1795406585079'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."import_job" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_by_id" uuid NOT NULL,
                "file_name" text NOT NULL,
                "storage_key" text NOT NULL,
                "file_size" bigint NOT NULL,
                "headers" jsonb NOT NULL,
                "mapping" jsonb NOT NULL,
                "duplicate_policy" text NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "total_rows" integer,
                "processed_rows" integer NOT NULL DEFAULT '0',
                "created_rows" integer NOT NULL DEFAULT '0',
                "updated_rows" integer NOT NULL DEFAULT '0',
                "skipped_rows" integer NOT NULL DEFAULT '0',
                "failed_rows" integer NOT NULL DEFAULT '0',
                "error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_acbd66180fc8d81f2acfe71496e" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_import_job_created" ON "customers"."import_job" ("tenant_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."import_row_error" (
                "tenant_id" uuid NOT NULL,
                "job_id" uuid NOT NULL,
                "row_number" integer NOT NULL,
                "outcome" text NOT NULL,
                "problems" jsonb NOT NULL,
                "cells" jsonb NOT NULL,
                CONSTRAINT "PK_c4b9816c69cb5be6f2c6a377ae2" PRIMARY KEY ("tenant_id", "job_id", "row_number")
            )
        `);
        // Hand-added: tenant isolation.
        await enableTenantRls(queryRunner, '"customers"."import_job"');
        await enableTenantRls(queryRunner, '"customers"."import_row_error"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "customers"."import_row_error"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_import_job_created"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."import_job"
        `);
    }

}
