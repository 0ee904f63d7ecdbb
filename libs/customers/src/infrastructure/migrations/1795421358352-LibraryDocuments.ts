import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

export class LibraryDocuments1795421358352 implements MigrationInterface {
    name = 'LibraryDocuments1795421358352'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."library_document" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" text NOT NULL,
                "folder" text NOT NULL DEFAULT '',
                "tags" text array NOT NULL DEFAULT '{}',
                "description" text,
                "file_name" text NOT NULL,
                "content_type" text NOT NULL,
                "size_bytes" bigint NOT NULL,
                "checksum" text NOT NULL,
                "storage_key" text NOT NULL,
                "uploaded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5155f6b3c6d4faa4af57d9cf602" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_library_document_folder" ON "customers"."library_document" ("tenant_id", "folder", "title")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_library_document_title" ON "customers"."library_document" ("tenant_id", "title", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_library_document_created" ON "customers"."library_document" ("tenant_id", "created_at", "id")
        `);
        await enableTenantRls(queryRunner, '"customers"."library_document"');
        // Hand-added: tenants made before the library get its permission on their built-in sales roles, as
        // new tenants do (built-in-roles.ts); a role an administrator changed keeps what it has besides.
        // Per tenant with the tenant set, so forced row-level security lets an owner that is no superuser through.
        const tenants: { id: string }[] = await queryRunner.query(`SELECT id FROM "platform"."tenant"`);
        for (const { id } of tenants) {
            await queryRunner.query(`SELECT set_config('app.tenant_id', $1, true)`, [id]);
            for (const [role, permission] of [['Sales representative', 'library_document:view'], ['Sales manager', 'library_document:*']]) {
                await queryRunner.query(
                    `UPDATE "platform"."role" SET "permissions" = array_append("permissions", $2)
                      WHERE "tenant_id" = $1 AND "is_system" AND "name" = $3 AND NOT ($2 = ANY ("permissions"))`,
                    [id, permission, role],
                );
            }
        }
        await queryRunner.query(`SELECT set_config('app.tenant_id', '', true)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_library_document_created"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_library_document_title"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_library_document_folder"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."library_document"
        `);
    }

}
