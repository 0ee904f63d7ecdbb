import { MigrationInterface, QueryRunner } from "typeorm";

export class DataQuality1795411239198 implements MigrationInterface {
    name = 'DataQuality1795411239198'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."settings"
            ADD "tier_rules" jsonb
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."settings" DROP COLUMN "tier_rules"
        `);
    }

}
