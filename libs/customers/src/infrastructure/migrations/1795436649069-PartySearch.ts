import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Partial-text search over addresses and contact points (CUS-02, ADR 0016). Hand-edited:
 * - `search_text` is written by a trigger from the row, in the form of `searchText()` in
 *   domain/search/search-text.ts (NFKC, lower case, no whitespace, every character twice, so a
 *   two-character fragment still has trigrams);
 * - GIN trigram indexes on `search_text` alone: led by `tenant_id` (btree_gin) they measured slower
 *   and the planner priced them out (ADR 0016);
 * - `textlike` (LIKE) is marked LEAKPROOF: under row-level security the planner uses an index only
 *   for leakproof operators (as for `similarity_op`, migration TrigramLeakproof). Needs a superuser.
 */
export class PartySearch1795436649069 implements MigrationInterface {
    name = 'PartySearch1795436649069'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER FUNCTION textlike(text, text) LEAKPROOF`);
        await queryRunner.query(`
            CREATE FUNCTION customers.search_text(source text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            RETURN regexp_replace(regexp_replace(lower(normalize(source, NFKC)), '\\s+', '', 'g'), '(.)', '\\1\\1', 'g')
        `);
        await queryRunner.query(`
            CREATE FUNCTION customers.address_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_text := customers.search_text(
                    coalesce(NEW.province, '') || coalesce(NEW.city, '') || coalesce(NEW.district, '') || NEW.street || coalesce(NEW.postcode, ''));
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION customers.contact_point_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_text := customers.search_text(NEW.normalized);
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`ALTER TABLE "customers"."address" ADD "search_text" text`);
        await queryRunner.query(`ALTER TABLE "customers"."contact_point" ADD "search_text" text`);
        await queryRunner.query(`
            CREATE TRIGGER address_search_text BEFORE INSERT OR UPDATE ON "customers"."address"
            FOR EACH ROW EXECUTE FUNCTION customers.address_search_text()
        `);
        await queryRunner.query(`
            CREATE TRIGGER contact_point_search_text BEFORE INSERT OR UPDATE ON "customers"."contact_point"
            FOR EACH ROW EXECUTE FUNCTION customers.contact_point_search_text()
        `);
        // the triggers fill the column for the rows already there
        await queryRunner.query(`UPDATE "customers"."address" SET "search_text" = NULL`);
        await queryRunner.query(`UPDATE "customers"."contact_point" SET "search_text" = NULL`);
        await queryRunner.query(`ALTER TABLE "customers"."address" ALTER COLUMN "search_text" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "customers"."contact_point" ALTER COLUMN "search_text" SET NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_address_search" ON "customers"."address" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_contact_point_search" ON "customers"."contact_point" USING gin ("search_text" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "customers"."ix_contact_point_search"`);
        await queryRunner.query(`DROP INDEX "customers"."ix_address_search"`);
        await queryRunner.query(`DROP TRIGGER contact_point_search_text ON "customers"."contact_point"`);
        await queryRunner.query(`DROP TRIGGER address_search_text ON "customers"."address"`);
        await queryRunner.query(`ALTER TABLE "customers"."contact_point" DROP COLUMN "search_text"`);
        await queryRunner.query(`ALTER TABLE "customers"."address" DROP COLUMN "search_text"`);
        await queryRunner.query(`DROP FUNCTION customers.contact_point_search_text()`);
        await queryRunner.query(`DROP FUNCTION customers.address_search_text()`);
        await queryRunner.query(`DROP FUNCTION customers.search_text(text)`);
        await queryRunner.query(`ALTER FUNCTION textlike(text, text) NOT LEAKPROOF`);
    }
}
