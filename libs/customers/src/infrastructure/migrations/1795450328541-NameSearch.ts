import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexable name search for the accounts and contacts lists (CUS-03, ADR 0020). Hand-edited:
 * - `name_search` is written by a trigger from the name, its key and its pinyin, in the form of
 *   `nameSearchText()` in domain/search/name-search.ts: each part NFKC, lower case, no whitespace,
 *   the parts separated by a space, then a newline, then the same text with every character twice
 *   (a two-character fragment, doubled, still has trigrams; ADR 0016), then a newline and each
 *   distinct character written three times (a one-character fragment's one trigram);
 * - the triggers fire on insert and on updates of the name columns only; the backfill sets the name
 *   to itself so they fill the rows already there;
 * - GIN trigram indexes on `name_search` alone (as `search_text`, ADR 0016). `textlike` is already
 *   LEAKPROOF (migration PartySearch), so `name_search LIKE …` is an index condition under RLS.
 */
export class NameSearch1795450328541 implements MigrationInterface {
    name = 'NameSearch1795450328541'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION customers.name_search(name text, name_key text, name_pinyin text) RETURNS text
            LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
            DECLARE
                plain text := concat_ws(' ',
                    regexp_replace(lower(normalize(coalesce(name, ''), NFKC)), '\\s+', '', 'g'),
                    regexp_replace(lower(normalize(coalesce(name_key, ''), NFKC)), '\\s+', '', 'g'),
                    regexp_replace(lower(normalize(coalesce(name_pinyin, ''), NFKC)), '\\s+', '', 'g'));
                -- every distinct character written three times, once: "宏宏宏" is one trigram
                characters text := (SELECT string_agg(DISTINCT (c || c || c) COLLATE "C", ' ' ORDER BY (c || c || c) COLLATE "C")
                    FROM regexp_split_to_table(replace(plain, ' ', ''), '') AS c);
            BEGIN
                RETURN plain || E'\\n' || regexp_replace(plain, '(.)', '\\1\\1', 'g') || E'\\n' || coalesce(characters, '');
            END $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION customers.account_name_search() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.name_search := customers.name_search(NEW.name, NEW.name_key, NEW.name_pinyin);
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION customers.contact_name_search() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.name_search := customers.name_search(NEW.display_name, NEW.name_key, NEW.name_pinyin);
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`ALTER TABLE "customers"."account" ADD "name_search" text`);
        await queryRunner.query(`ALTER TABLE "customers"."contact" ADD "name_search" text`);
        await queryRunner.query(`
            CREATE TRIGGER account_name_search BEFORE INSERT OR UPDATE OF name, name_key, name_pinyin, name_search ON "customers"."account"
            FOR EACH ROW EXECUTE FUNCTION customers.account_name_search()
        `);
        await queryRunner.query(`
            CREATE TRIGGER contact_name_search BEFORE INSERT OR UPDATE OF display_name, name_key, name_pinyin, name_search ON "customers"."contact"
            FOR EACH ROW EXECUTE FUNCTION customers.contact_name_search()
        `);
        // the triggers fill the column for the rows already there
        await queryRunner.query(`UPDATE "customers"."account" SET "name_search" = NULL`);
        await queryRunner.query(`UPDATE "customers"."contact" SET "name_search" = NULL`);
        await queryRunner.query(`ALTER TABLE "customers"."account" ALTER COLUMN "name_search" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "customers"."contact" ALTER COLUMN "name_search" SET NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_account_name_search" ON "customers"."account" USING gin ("name_search" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_contact_name_search" ON "customers"."contact" USING gin ("name_search" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "customers"."ix_contact_name_search"`);
        await queryRunner.query(`DROP INDEX "customers"."ix_account_name_search"`);
        await queryRunner.query(`DROP TRIGGER contact_name_search ON "customers"."contact"`);
        await queryRunner.query(`DROP TRIGGER account_name_search ON "customers"."account"`);
        await queryRunner.query(`ALTER TABLE "customers"."contact" DROP COLUMN "name_search"`);
        await queryRunner.query(`ALTER TABLE "customers"."account" DROP COLUMN "name_search"`);
        await queryRunner.query(`DROP FUNCTION customers.contact_name_search()`);
        await queryRunner.query(`DROP FUNCTION customers.account_name_search()`);
        await queryRunner.query(`DROP FUNCTION customers.name_search(text, text, text)`);
    }
}
