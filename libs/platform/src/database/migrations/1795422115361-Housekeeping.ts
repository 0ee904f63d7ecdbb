import { MigrationInterface, QueryRunner } from "typeorm";
import { APP_ROLE } from "../rls";

export class Housekeeping1795422115361 implements MigrationInterface {
    name = 'Housekeeping1795422115361'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_expires" ON "platform"."refresh_token" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_outbox_event_published" ON "platform"."outbox_event" ("published_at")
            WHERE "published_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_processed_event_processed_at" ON "platform"."processed_event" ("processed_at")
        `);
        // Hand-added: the worker's housekeeping job removes, across tenants, what nothing can use any more:
        // published outbox events and their processed-event ledger entries older than the retention, and
        // refresh tokens a day after they expired (an expired token is refused anyway, reuse included).
        // One narrow SECURITY DEFINER function owned by the migration role (as the outbox relay's, ADR 0003),
        // deleting at most `batch` rows of each kind per call so no call holds locks for long.
        for (const table of ['"platform"."processed_event"', '"platform"."refresh_token"']) {
            await queryRunner.query(`CREATE POLICY housekeeping ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`);
        }
        await queryRunner.query(`
            CREATE FUNCTION "platform"."purge_expired"(retention_days int, batch int)
            RETURNS TABLE (outbox_events int, processed_events int, refresh_tokens int)
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                WITH limits AS (
                    SELECT now() - make_interval(days => greatest(1, purge_expired.retention_days)) AS before,
                           greatest(1, least(purge_expired.batch, 100000)) AS n
                ),
                outbox AS (
                    DELETE FROM platform.outbox_event e
                    WHERE e.ctid = ANY (ARRAY(
                        SELECT o.ctid FROM platform.outbox_event o, limits
                        WHERE o.published_at IS NOT NULL AND o.published_at < limits.before
                        LIMIT (SELECT n FROM limits)))
                    RETURNING 1
                ),
                ledger AS (
                    DELETE FROM platform.processed_event p
                    WHERE p.ctid = ANY (ARRAY(
                        SELECT q.ctid FROM platform.processed_event q, limits
                        WHERE q.processed_at < limits.before
                        LIMIT (SELECT n FROM limits)))
                    RETURNING 1
                ),
                tokens AS (
                    DELETE FROM platform.refresh_token t
                    WHERE t.ctid = ANY (ARRAY(
                        SELECT r.ctid FROM platform.refresh_token r
                        WHERE r.expires_at < now() - interval '1 day'
                        LIMIT (SELECT n FROM limits)))
                    RETURNING 1
                )
                SELECT (SELECT count(*) FROM outbox)::int, (SELECT count(*) FROM ledger)::int, (SELECT count(*) FROM tokens)::int
            $$
        `);
        await queryRunner.query(`REVOKE ALL ON FUNCTION "platform"."purge_expired"(int, int) FROM PUBLIC`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION "platform"."purge_expired"(int, int) TO ${APP_ROLE}`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION "platform"."purge_expired"(int, int)`);
        await queryRunner.query(`DROP POLICY housekeeping ON "platform"."refresh_token"`);
        await queryRunner.query(`DROP POLICY housekeeping ON "platform"."processed_event"`);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_processed_event_processed_at"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_outbox_event_published"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_refresh_token_expires"
        `);
    }

}
