import { MigrationInterface, QueryRunner } from "typeorm";

export class ContactMerge1795421386199 implements MigrationInterface {
    name = 'ContactMerge1795421386199'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."merge_record"
            ADD "record_type" text NOT NULL DEFAULT 'customer'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."merge_record" DROP COLUMN "record_type"
        `);
    }

}
