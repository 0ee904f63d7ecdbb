import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * CUS-04 at scale: the relay's two statements stay cheap however many events wait (a bulk import writes
 * one per customer, faster than the relay publishes them).
 *
 * The claim takes the oldest unpublished events of every tenant (`ORDER BY occurred_at LIMIT n`): the
 * partial index of unpublished events led by `tenant_id` could not give that order, so each claim read
 * and sorted the whole backlog (71 ms a claim of 100 at a 20,000-event backlog). Led by `occurred_at`, the
 * claim reads the index from its start and stops after `n` due events.
 *
 * Hand-written: `mark_outbox_published` finds each event by its primary key. With `published_at IS NULL` in
 * its condition the planner could answer it from the partial index of unpublished events (tenant, time),
 * filtering by id: with the table's statistics taken while it was near empty it did, and a bulk import's
 * thousands of unpublished events made every call read all of them once per id (0.76 s for 100 events,
 * more than the import's own writes). Without that condition only the primary key fits; an event another
 * relay marked already keeps its first `published_at`.
 */
export class OutboxRelayAtScale1795450504455 implements MigrationInterface {
    name = 'OutboxRelayAtScale1795450504455'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "platform"."ix_outbox_event_unpublished"`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_event_unpublished" ON "platform"."outbox_event" ("occurred_at") WHERE "published_at" IS NULL`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "platform"."mark_outbox_published"(tenant_ids uuid[], ids uuid[])
            RETURNS int
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
                WITH done AS (
                    UPDATE platform.outbox_event e
                    SET published_at = coalesce(e.published_at, now()), claimed_until = NULL
                    FROM unnest(mark_outbox_published.tenant_ids, mark_outbox_published.ids) AS t(tenant_id, id)
                    WHERE e.tenant_id = t.tenant_id AND e.id = t.id
                    RETURNING 1
                )
                SELECT count(*)::int FROM done
            $$
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "platform"."ix_outbox_event_unpublished"`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_event_unpublished" ON "platform"."outbox_event" ("tenant_id", "occurred_at") WHERE "published_at" IS NULL`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "platform"."mark_outbox_published"(tenant_ids uuid[], ids uuid[])
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
    }
}
