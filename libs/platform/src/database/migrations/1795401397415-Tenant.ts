import { MigrationInterface, QueryRunner } from "typeorm";

export class Tenant1795401397415 implements MigrationInterface {
    name = 'Tenant1795401397415'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "platform"."tenant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "name" text NOT NULL,
                "base_currency" text NOT NULL DEFAULT 'CNY',
                "default_locale" text NOT NULL DEFAULT 'zh-CN',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_da8c6efd67bb301e810e56ac139" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_tenant_slug" ON "platform"."tenant" ("slug")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "platform"."uq_tenant_slug"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."tenant"
        `);
    }

}
