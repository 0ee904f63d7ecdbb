import { MigrationInterface, QueryRunner } from "typeorm";
import { APP_ROLE, enableTenantRls } from "../rls";

export class Outbox1795402040202 implements MigrationInterface {
    name = 'Outbox1795402040202'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "platform"."outbox_event" (
                "tenant_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_type" text NOT NULL,
                "aggregate_type" text NOT NULL,
                "aggregate_id" text NOT NULL,
                "payload" jsonb NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "request_id" text,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "claimed_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5bab5ae3baf1da4c484e195ab21" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_outbox_event_unpublished" ON "platform"."outbox_event" ("tenant_id", "occurred_at")
            WHERE "published_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "platform"."processed_event" (
                "tenant_id" uuid NOT NULL,
                "consumer" text NOT NULL,
                "event_id" uuid NOT NULL,
                "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_49e77876ccdbf474fe1a93ef257" PRIMARY KEY ("tenant_id", "consumer", "event_id")
            )
        `);
        // Hand-added: tenant isolation; the application only inserts and reads its tenant's rows.
        await enableTenantRls(queryRunner, '"platform"."outbox_event"');
        await enableTenantRls(queryRunner, '"platform"."processed_event"');
        await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "platform"."outbox_event" FROM ${APP_ROLE}`);
        await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "platform"."processed_event" FROM ${APP_ROLE}`);
        // The relay reads every tenant's unpublished events through two narrow SECURITY DEFINER functions
        // owned by the migration role (ADR 0003). The policy lets that owner through forced RLS even
        // when it is not a superuser; the application role itself stays confined to its tenant.
        await queryRunner.query(`CREATE POLICY outbox_relay ON "platform"."outbox_event" TO CURRENT_USER USING (true) WITH CHECK (true)`);
        await queryRunner.query(`
            CREATE FUNCTION "platform"."claim_outbox_events"(batch int, lease_seconds int)
            RETURNS TABLE (tenant_id uuid, id uuid, event_type text, attempts int)
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                WITH due AS (
                    SELECT e.tenant_id, e.id
                    FROM platform.outbox_event e
                    WHERE e.published_at IS NULL AND (e.claimed_until IS NULL OR e.claimed_until < now())
                    ORDER BY e.occurred_at
                    LIMIT greatest(1, least(claim_outbox_events.batch, 1000))
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE platform.outbox_event e
                SET claimed_until = now() + make_interval(secs => greatest(1, claim_outbox_events.lease_seconds)),
                    attempts = e.attempts + 1
                FROM due
                WHERE e.tenant_id = due.tenant_id AND e.id = due.id
                RETURNING e.tenant_id, e.id, e.event_type, e.attempts
            $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION "platform"."mark_outbox_published"(tenant_ids uuid[], ids uuid[])
            RETURNS int
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                WITH done AS (
                    UPDATE platform.outbox_event e
                    SET published_at = now(), claimed_until = NULL
                    FROM unnest(mark_outbox_published.tenant_ids, mark_outbox_published.ids) AS t(tenant_id, id)
                    WHERE e.tenant_id = t.tenant_id AND e.id = t.id AND e.published_at IS NULL
                    RETURNING 1
                )
                SELECT count(*)::int FROM done
            $$
        `);
        for (const fn of ['"platform"."claim_outbox_events"(int, int)', '"platform"."mark_outbox_published"(uuid[], uuid[])']) {
            await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
            await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION "platform"."mark_outbox_published"(uuid[], uuid[])`);
        await queryRunner.query(`DROP FUNCTION "platform"."claim_outbox_events"(int, int)`);
        await queryRunner.query(`
            DROP TABLE "platform"."processed_event"
        `);
        await queryRunner.query(`
            DROP INDEX "platform"."ix_outbox_event_unpublished"
        `);
        await queryRunner.query(`
            DROP TABLE "platform"."outbox_event"
        `);
    }

}
