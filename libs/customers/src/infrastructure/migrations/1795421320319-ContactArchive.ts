import { MigrationInterface, QueryRunner } from "typeorm";

export class ContactArchive1795421320319 implements MigrationInterface {
    name = 'ContactArchive1795421320319'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."contact"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."contact"
            ADD "archived_by_id" uuid
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_list_name" ON "customers"."contact" ("tenant_id", "display_name", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_list_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."contact" DROP COLUMN "archived_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."contact" DROP COLUMN "archived_at"
        `);
    }

}
