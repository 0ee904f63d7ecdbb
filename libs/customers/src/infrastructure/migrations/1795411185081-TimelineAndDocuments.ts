import { MigrationInterface, QueryRunner } from "typeorm";

export class TimelineAndDocuments1795411185081 implements MigrationInterface {
    name = 'TimelineAndDocuments1795411185081'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."document"
            ADD "title" text
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."document"
            ADD "category" text
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_interaction_unreviewed" ON "customers"."interaction" ("tenant_id", "occurred_at")
            WHERE reviewed_at IS NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_interaction_unreviewed"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."document" DROP COLUMN "category"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."document" DROP COLUMN "title"
        `);
    }

}
