import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "../rls";

export class IdentityAccess1795401761360 implements MigrationInterface {
    name = 'IdentityAccess1795401761360'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "platform"."org_unit" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "parent_id" uuid,
                "name" text NOT NULL,
                "path" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d804d4328b236efe2fd428954a6" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_org_unit_parent" ON "platform"."org_unit" ("tenant_id", "parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_org_unit_path" ON "platform"."org_unit" ("tenant_id", "path")
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."record_share" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "record_type" text NOT NULL,
                "record_id" uuid NOT NULL,
                "shared_with_user_id" uuid,
                "shared_with_unit_id" uuid,
                "access" text NOT NULL DEFAULT 'view',
                "created_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2ed5daf7430d1f610cf9980d10b" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_record_share_record" ON "platform"."record_share" ("tenant_id", "record_type", "record_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_record_share_unit" ON "platform"."record_share" (
                "tenant_id",
                "record_type",
                "shared_with_unit_id",
                "record_id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_record_share_user" ON "platform"."record_share" (
                "tenant_id",
                "record_type",
                "shared_with_user_id",
                "record_id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."role" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "data_scope" text NOT NULL DEFAULT 'own',
                "permissions" text array NOT NULL DEFAULT '{}',
                "is_system" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2b394366739f89a92b09a90aea4" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_role_name" ON "platform"."role" ("tenant_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."user_role" (
                "tenant_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role_id" uuid NOT NULL,
                CONSTRAINT "PK_3519efaa4367923ff47c845c52b" PRIMARY KEY ("tenant_id", "user_id", "role_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_user_role_role" ON "platform"."user_role" ("tenant_id", "role_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."api_key" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "prefix" text NOT NULL,
                "secret_hash" text NOT NULL,
                "scopes" text array NOT NULL,
                "created_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d63104d57aadffab05951dc40be" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_api_key_created_by" ON "platform"."api_key" ("tenant_id", "created_by_user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."refresh_token" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "replaced_by_id" uuid,
                CONSTRAINT "PK_7350829b615b902ed8e029e7cea" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_family" ON "platform"."refresh_token" ("tenant_id", "family_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."user" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "password_hash" text NOT NULL,
                "unit_id" uuid,
                "locale" text NOT NULL DEFAULT 'zh-CN',
                "is_active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_sign_in_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9a56c21022d9a4dc056d9c37575" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_user_unit" ON "platform"."user" ("tenant_id", "unit_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_user_email" ON "platform"."user" ("tenant_id", "email")
        `);
        // Hand-added: tenant isolation on every table.
        await enableTenantRls(queryRunner, '"platform"."user"');
        await enableTenantRls(queryRunner, '"platform"."refresh_token"');
        await enableTenantRls(queryRunner, '"platform"."api_key"');
        await enableTenantRls(queryRunner, '"platform"."org_unit"');
        await enableTenantRls(queryRunner, '"platform"."role"');
        await enableTenantRls(queryRunner, '"platform"."user_role"');
        await enableTenantRls(queryRunner, '"platform"."record_share"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "platform"."uq_user_email"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_user_unit"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."user"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_refresh_token_family"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."refresh_token"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_api_key_created_by"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."api_key"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_user_role_role"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."user_role"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."uq_role_name"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."role"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_record_share_user"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_record_share_unit"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_record_share_record"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."record_share"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_org_unit_path"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_org_unit_parent"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."org_unit"
        `);
    }

}
