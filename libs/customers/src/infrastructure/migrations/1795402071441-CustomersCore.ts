import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class CustomersCore1795402071441 implements MigrationInterface {
    name = 'CustomersCore1795402071441'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."account" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "name" text NOT NULL,
                "name_key" text NOT NULL,
                "name_pinyin" text,
                "parent_account_id" uuid,
                "owner_id" uuid,
                "lifecycle_stage" text NOT NULL DEFAULT 'prospect',
                "tier" text,
                "value_minor" bigint,
                "value_currency" text,
                "industry" text,
                "source" text,
                "website" text,
                "tax_id" text,
                "credit_terms_days" integer,
                "notes" text NOT NULL DEFAULT '',
                "unknown_fields" text array NOT NULL DEFAULT '{}',
                "tags" text array NOT NULL DEFAULT '{}',
                "merged_into_id" uuid,
                "last_interaction_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_eb3035a55f86ed86677dcc946cc" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_account_name_key" ON "customers"."account" ("tenant_id", "name_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_account_parent" ON "customers"."account" ("tenant_id", "parent_account_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_account_owner" ON "customers"."account" ("tenant_id", "owner_id", "updated_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."address" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "party_type" text NOT NULL,
                "party_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "country" text NOT NULL DEFAULT 'CN',
                "province" text,
                "city" text,
                "district" text,
                "street" text NOT NULL,
                "postcode" text,
                "is_primary" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_4b4733808c7f5b51c33ede81047" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_address_party" ON "customers"."address" ("tenant_id", "party_type", "party_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."consent" (
                "tenant_id" uuid NOT NULL,
                "contact_id" uuid NOT NULL,
                "channel" text NOT NULL,
                "status" text NOT NULL DEFAULT 'unknown',
                "source" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b83e8cbf306ba23e0cdde55b01a" PRIMARY KEY ("tenant_id", "contact_id", "channel")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."contact_point" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "party_type" text NOT NULL,
                "party_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "value" text NOT NULL,
                "normalized" text NOT NULL,
                "label" text,
                "is_primary" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_55c718d5a7f426c8726f1dc3d5d" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_point_normalized" ON "customers"."contact_point" ("tenant_id", "kind", "normalized")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_point_party" ON "customers"."contact_point" ("tenant_id", "party_type", "party_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."contact" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid,
                "given_name" text NOT NULL DEFAULT '',
                "family_name" text NOT NULL DEFAULT '',
                "display_name" text NOT NULL,
                "name_key" text NOT NULL,
                "name_pinyin" text,
                "job_title" text,
                "department" text,
                "owner_id" uuid,
                "birthday" date,
                "profile_notes" text NOT NULL DEFAULT '',
                "unknown_fields" text array NOT NULL DEFAULT '{}',
                "tags" text array NOT NULL DEFAULT '{}',
                "merged_into_id" uuid,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_adcc7062038573c7e9ea41dab26" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_name_key" ON "customers"."contact" ("tenant_id", "name_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_owner" ON "customers"."contact" ("tenant_id", "owner_id", "updated_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_account" ON "customers"."contact" ("tenant_id", "account_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."document" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "file_name" text NOT NULL,
                "content_type" text NOT NULL,
                "size_bytes" bigint NOT NULL,
                "checksum" text NOT NULL,
                "storage_key" text NOT NULL,
                "uploaded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f5cb46e572ff78a51a049614620" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_document_account" ON "customers"."document" ("tenant_id", "account_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."interaction" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "contact_id" uuid,
                "kind" text NOT NULL,
                "direction" text,
                "subject" text NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "owner_id" uuid,
                "manager_reply" text,
                "reviewed_by_id" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_844adc4257825b87baa1e4caf9a" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_interaction_contact" ON "customers"."interaction" ("tenant_id", "contact_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_interaction_timeline" ON "customers"."interaction" ("tenant_id", "account_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "customers"."relationship" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "from_type" text NOT NULL,
                "from_id" uuid NOT NULL,
                "to_type" text NOT NULL,
                "to_id" uuid NOT NULL,
                "role" text NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_861466d107ee4dce9e2074f7e3d" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_relationship_to" ON "customers"."relationship" ("tenant_id", "to_type", "to_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_relationship_from" ON "customers"."relationship" ("tenant_id", "from_type", "from_id")
        `);
        // Hand-added: typo-tolerant name search for duplicates, and tenant isolation on every table.
        await queryRunner.query(`CREATE INDEX "ix_account_name_trgm" ON "customers"."account" USING gin ("name_key" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_contact_name_trgm" ON "customers"."contact" USING gin ("name_key" gin_trgm_ops)`);
        await enableTenantRls(queryRunner, '"customers"."account"');
        await enableTenantRls(queryRunner, '"customers"."contact"');
        await enableTenantRls(queryRunner, '"customers"."contact_point"');
        await enableTenantRls(queryRunner, '"customers"."address"');
        await enableTenantRls(queryRunner, '"customers"."relationship"');
        await enableTenantRls(queryRunner, '"customers"."consent"');
        await enableTenantRls(queryRunner, '"customers"."interaction"');
        await enableTenantRls(queryRunner, '"customers"."document"');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "customers"."ix_contact_name_trgm"`);
        await queryRunner.query(`DROP INDEX "customers"."ix_account_name_trgm"`);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_relationship_from"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_relationship_to"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."relationship"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_interaction_timeline"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_interaction_contact"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."interaction"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_document_account"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."document"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_account"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_owner"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."contact"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_point_party"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_point_normalized"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."contact_point"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."consent"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_address_party"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."address"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_owner"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."account"
        `);
    }

}
