import { MigrationInterface, QueryRunner } from "typeorm";
import { APP_ROLE, enableTenantRls } from "../rls";

export class AuditLog1795401459869 implements MigrationInterface {
    name = 'AuditLog1795401459869'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "platform"."audit_log" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_api_key_id" uuid,
                "channel" text NOT NULL,
                "record_type" text NOT NULL,
                "record_id" text NOT NULL,
                "action" text NOT NULL,
                "changes" jsonb NOT NULL,
                "request_id" text,
                CONSTRAINT "PK_7265cf4ae3bb55c806e54e54364" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_record" ON "platform"."audit_log" (
                "tenant_id",
                "record_type",
                "record_id",
                "occurred_at"
            )
        `);
        // Hand-added: tenant isolation, and the log is append-only for the application.
        await enableTenantRls(queryRunner, '"platform"."audit_log"');
        await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "platform"."audit_log" FROM ${APP_ROLE}`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "platform"."ix_audit_log_record"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."audit_log"
        `);
    }

}
