import { MigrationInterface, QueryRunner } from "typeorm";
import { APP_ROLE, enableTenantRls } from "@crm/platform";

export class ImportMappingAndSweep1795411166599 implements MigrationInterface {
    name = 'ImportMappingAndSweep1795411166599'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."import_mapping" (
                "tenant_id" uuid NOT NULL,
                "header_key" text NOT NULL,
                "headers" jsonb NOT NULL,
                "mapping" jsonb NOT NULL,
                "updated_by_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b6546579c1b061096318fa0dd1e" PRIMARY KEY ("tenant_id", "header_key")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "customers"."import_job"
            ADD "attempts" integer NOT NULL DEFAULT '0'
        `);
        await enableTenantRls(queryRunner, '"customers"."import_mapping"');
        // The worker's sweep finds every tenant's stalled imports through one narrow SECURITY DEFINER
        // function owned by the migration role (as the outbox relay does, ADR 0003): ids only, read only.
        await queryRunner.query(`CREATE POLICY import_sweep ON "customers"."import_job" FOR SELECT TO CURRENT_USER USING (true)`);
        await queryRunner.query(`
            CREATE FUNCTION "customers"."stalled_import_jobs"(stale_seconds int)
            RETURNS TABLE (tenant_id uuid, id uuid, status text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                SELECT j.tenant_id, j.id, j.status FROM customers.import_job j
                WHERE j.status IN ('queued', 'running') AND j.updated_at < now() - make_interval(secs => stale_seconds)
                ORDER BY j.updated_at
                LIMIT 100
            $$
        `);
        await queryRunner.query(`REVOKE ALL ON FUNCTION "customers"."stalled_import_jobs"(int) FROM PUBLIC`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION "customers"."stalled_import_jobs"(int) TO ${APP_ROLE}`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION "customers"."stalled_import_jobs"(int)`);
        await queryRunner.query(`DROP POLICY import_sweep ON "customers"."import_job"`);
        await queryRunner.query(`
            ALTER TABLE "customers"."import_job" DROP COLUMN "attempts"
        `);
        await queryRunner.query(`
            DROP TABLE "customers"."import_mapping"
        `);
    }

}
