import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class ChangeRequests1795404987105 implements MigrationInterface {
    name = 'ChangeRequests1795404987105'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."change_request" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "record_type" text NOT NULL,
                "record_id" uuid NOT NULL,
                "changes" jsonb NOT NULL,
                "status" text NOT NULL DEFAULT 'pending',
                "requested_by_id" uuid,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_by_id" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decision_note" text,
                CONSTRAINT "PK_3ef1ea87ec458c0cc867d43676b" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_change_request_status" ON "customers"."change_request" ("tenant_id", "status", "requested_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_change_request_record" ON "customers"."change_request" ("tenant_id", "record_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."settings" (
                "tenant_id" uuid NOT NULL,
                "protected_account_fields" text array NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e65434954fe8a9ed32298b933a6" PRIMARY KEY ("tenant_id")
            )
        `);
        // Hand-added: tenant isolation.
        await enableTenantRls(queryRunner, '"customers"."change_request"');
        await enableTenantRls(queryRunner, '"customers"."settings"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "customers"."settings"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_change_request_record"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_change_request_status"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."change_request"
        `);
    }

}
