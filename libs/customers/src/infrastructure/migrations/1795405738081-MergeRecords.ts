import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class MergeRecords1795405738081 implements MigrationInterface {
    name = 'MergeRecords1795405738081'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."merge_record" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "survivor_id" uuid NOT NULL,
                "merged_ids" uuid array NOT NULL,
                "provenance" jsonb NOT NULL,
                "merged_snapshots" jsonb NOT NULL,
                "moved_counts" jsonb NOT NULL,
                "merged_by_id" uuid,
                "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_38c795973852bcf7b86796f73fb" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_merge_record_survivor" ON "customers"."merge_record" ("tenant_id", "survivor_id", "merged_at")
        `);
        // Hand-added: tenant isolation.
        await enableTenantRls(queryRunner, '"customers"."merge_record"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_merge_record_survivor"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."merge_record"
        `);
    }

}
