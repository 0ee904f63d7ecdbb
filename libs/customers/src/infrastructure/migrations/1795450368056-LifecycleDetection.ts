import { MigrationInterface, QueryRunner } from "typeorm";

/** CUS-07 automatic inactive/churned detection: when a person last set the stage, and the tenant thresholds (ADR 0018). */
export class LifecycleDetection1795450368056 implements MigrationInterface {
    name = 'LifecycleDetection1795450368056'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."account"
            ADD "stage_set_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."settings"
            ADD "inactive_after_months" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."settings"
            ADD "churned_after_months" integer
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "customers"."settings" DROP COLUMN "churned_after_months"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."settings" DROP COLUMN "inactive_after_months"
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."account" DROP COLUMN "stage_set_at"
        `);
    }

}
