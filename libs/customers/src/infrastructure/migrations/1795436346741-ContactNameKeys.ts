import { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantRls } from "@crm/platform";

/**
 * DQ-02 (ADR 0006): the distinct name keys of each tenant's live contacts, for the similar-name search.
 * Kept by statement-level triggers with transition tables on customers.contact, so every write path
 * (one contact, the set-wise import, merges, edits, deletes) keeps it in step without knowing of it.
 * A row counts while it is not merged away (merged_into_id IS NULL); a key whose count reaches zero is
 * deleted. The function runs as the caller (SECURITY INVOKER): the application role may write the table
 * and its rows are those of the tenant the contact rows belong to, which RLS on contact already checks.
 */
export class ContactNameKeys1795436346741 implements MigrationInterface {
    name = 'ContactNameKeys1795436346741'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customers"."contact_name_key" (
                "tenant_id" uuid NOT NULL,
                "name_key" text NOT NULL,
                "contacts" integer NOT NULL,
                CONSTRAINT "PK_a16624c3df4716cb8c2c154244b" PRIMARY KEY ("tenant_id", "name_key")
            )
        `);
        await enableTenantRls(queryRunner, '"customers"."contact_name_key"');
        // one function for the three triggers: each statement's change per key, live rows after minus before
        await queryRunner.query(`
            CREATE FUNCTION "customers"."contact_name_key_sync"() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $fn$
            DECLARE
                d_tenants uuid[];
                d_keys text[];
                d_counts int[];
                emptied_tenants uuid[];
                emptied_keys text[];
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO "customers"."contact_name_key" AS k (tenant_id, name_key, contacts)
                    SELECT tenant_id, name_key, count(*) FROM new_rows WHERE merged_into_id IS NULL
                    GROUP BY tenant_id, name_key ORDER BY tenant_id, name_key
                    ON CONFLICT (tenant_id, name_key) DO UPDATE SET contacts = k.contacts + EXCLUDED.contacts;
                    RETURN NULL;
                ELSIF TG_OP = 'UPDATE' THEN
                    SELECT array_agg(tenant_id ORDER BY tenant_id, name_key), array_agg(name_key ORDER BY tenant_id, name_key), array_agg(n ORDER BY tenant_id, name_key)
                    INTO d_tenants, d_keys, d_counts
                    FROM (
                        SELECT tenant_id, name_key, sum(n)::int AS n FROM (
                            SELECT tenant_id, name_key, -1 AS n FROM old_rows WHERE merged_into_id IS NULL
                            UNION ALL
                            SELECT tenant_id, name_key, 1 FROM new_rows WHERE merged_into_id IS NULL
                        ) d GROUP BY tenant_id, name_key HAVING sum(n) <> 0
                    ) delta;
                ELSE
                    SELECT array_agg(tenant_id ORDER BY tenant_id, name_key), array_agg(name_key ORDER BY tenant_id, name_key), array_agg(-n ORDER BY tenant_id, name_key)
                    INTO d_tenants, d_keys, d_counts
                    FROM (SELECT tenant_id, name_key, count(*)::int AS n FROM old_rows WHERE merged_into_id IS NULL GROUP BY tenant_id, name_key) delta;
                END IF;
                IF d_keys IS NULL THEN
                    RETURN NULL;
                END IF;
                WITH changed AS (
                    INSERT INTO "customers"."contact_name_key" AS k (tenant_id, name_key, contacts)
                    SELECT * FROM unnest(d_tenants, d_keys, d_counts)
                    ON CONFLICT (tenant_id, name_key) DO UPDATE SET contacts = k.contacts + EXCLUDED.contacts
                    RETURNING k.tenant_id, k.name_key, k.contacts
                )
                SELECT array_agg(tenant_id), array_agg(name_key) INTO emptied_tenants, emptied_keys FROM changed WHERE contacts <= 0;
                IF emptied_keys IS NOT NULL THEN
                    DELETE FROM "customers"."contact_name_key" k
                    USING unnest(emptied_tenants, emptied_keys) AS e(tenant_id, name_key)
                    WHERE k.tenant_id = e.tenant_id AND k.name_key = e.name_key AND k.contacts <= 0;
                END IF;
                RETURN NULL;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "contact_name_key_insert" AFTER INSERT ON "customers"."contact"
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customers"."contact_name_key_sync"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "contact_name_key_update" AFTER UPDATE ON "customers"."contact"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customers"."contact_name_key_sync"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "contact_name_key_delete" AFTER DELETE ON "customers"."contact"
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "customers"."contact_name_key_sync"()
        `);
        await queryRunner.query(`
            INSERT INTO "customers"."contact_name_key" (tenant_id, name_key, contacts)
            SELECT tenant_id, name_key, count(*) FROM "customers"."contact" WHERE merged_into_id IS NULL GROUP BY tenant_id, name_key
        `);
        await queryRunner.query(`CREATE INDEX "ix_contact_name_key_trgm" ON "customers"."contact_name_key" USING gin ("name_key" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "contact_name_key_delete" ON "customers"."contact"`);
        await queryRunner.query(`DROP TRIGGER "contact_name_key_update" ON "customers"."contact"`);
        await queryRunner.query(`DROP TRIGGER "contact_name_key_insert" ON "customers"."contact"`);
        await queryRunner.query(`DROP FUNCTION "customers"."contact_name_key_sync"()`);
        await queryRunner.query(`
            DROP TABLE "customers"."contact_name_key"
        `);
    }

}
