import { MigrationInterface, QueryRunner } from "typeorm";

export class AccessEpoch1795461844387 implements MigrationInterface {
    name = 'AccessEpoch1795461844387'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "platform"."tenant"
            ADD "access_epoch" integer NOT NULL DEFAULT '0'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "platform"."tenant" DROP COLUMN "access_epoch"
        `);
    }

}
