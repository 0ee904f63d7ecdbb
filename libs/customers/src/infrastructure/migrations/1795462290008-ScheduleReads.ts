import { MigrationInterface, QueryRunner } from "typeorm";
import { APP_ROLE } from "@crm/platform";

/**
 * CUS-07 / DQ-05: the lifecycle and duplicate-cluster schedules find their due tenants in one query each
 * instead of one transaction per tenant, through narrow SECURITY DEFINER functions owned by the migration
 * role (as the import sweep and the outbox relay do, ADR 0003): tenant ids only, read only. Everything
 * they then do in a tenant still runs as that tenant, under RLS.
 */
export class ScheduleReads1795462290008 implements MigrationInterface {
    name = 'ScheduleReads1795462290008'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['settings', 'account', 'duplicate_cluster_run']) {
            await queryRunner.query(`CREATE POLICY schedule_read ON "customers"."${table}" FOR SELECT TO CURRENT_USER USING (true)`);
        }
        // import_job is readable to the owner already (policy import_sweep)
        await queryRunner.query(`
            CREATE FUNCTION "customers"."lifecycle_detection_tenants"()
            RETURNS TABLE (tenant_id uuid)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                SELECT s.tenant_id FROM customers.settings s WHERE s.inactive_after_months IS NOT NULL ORDER BY s.tenant_id
            $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION "customers"."duplicate_cluster_due_tenants"(max_age_hours int)
            RETURNS TABLE (tenant_id uuid)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                SELECT t.id FROM platform.tenant t
                  LEFT JOIN customers.duplicate_cluster_run r ON r.tenant_id = t.id
                 WHERE EXISTS (SELECT 1 FROM customers.account a WHERE a.tenant_id = t.id)
                   AND NOT EXISTS (SELECT 1 FROM customers.import_job j WHERE j.tenant_id = t.id AND j.status IN ('queued', 'running'))
                   AND (r.computed_at IS NULL
                        OR r.computed_at < now() - make_interval(hours => max_age_hours)
                        OR EXISTS (SELECT 1 FROM customers.account a WHERE a.tenant_id = t.id AND a.updated_at > r.computed_at))
                 ORDER BY t.id
            $$
        `);
        for (const fn of ['"customers"."lifecycle_detection_tenants"()', '"customers"."duplicate_cluster_due_tenants"(int)']) {
            await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
            await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION "customers"."duplicate_cluster_due_tenants"(int)`);
        await queryRunner.query(`DROP FUNCTION "customers"."lifecycle_detection_tenants"()`);
        for (const table of ['duplicate_cluster_run', 'account', 'settings']) {
            await queryRunner.query(`DROP POLICY schedule_read ON "customers"."${table}"`);
        }
    }
}
