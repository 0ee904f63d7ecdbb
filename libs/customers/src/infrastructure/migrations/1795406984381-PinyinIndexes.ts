import { MigrationInterface, QueryRunner } from "typeorm";

export class PinyinIndexes1795406984381 implements MigrationInterface {
    name = 'PinyinIndexes1795406984381'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_account_name_pinyin" ON "customers"."account" ("tenant_id", "name_pinyin")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_contact_name_pinyin" ON "customers"."contact" ("tenant_id", "name_pinyin")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "customers"."ix_contact_name_pinyin"
        `);
        await queryRunner.query(`
            DROP INDEX "customers"."ix_account_name_pinyin"
        `);
    }

}
