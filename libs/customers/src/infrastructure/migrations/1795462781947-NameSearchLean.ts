import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A leaner `name_search` (CUS-03, ADR 0021, superseding the column's form in ADR 0020). Hand-written:
 * - `customers.name_search(name, key, pinyin)` drops a part found inside another (the key of a Simplified
 *   name is the name without its legal form; a person's key is often their pinyin), and replaces the
 *   doubled copy and the tripled characters by one section of words, each character with the one after
 *   it (` ab bc c`): a two-character fragment is the word `% ab %`, one character a word start `% c%`.
 *   No subquery, so the trigger runs without the executor; the same function as `nameSearchText()`
 *   in domain/search/name-search.ts. The triggers of migration NameSearch call it unchanged;
 * - the backfill rewrites every row with the GIN indexes dropped; migration NameSearchLeanIndexes builds
 *   them again in a transaction of its own. Built in this one, they would also index the old versions of
 *   every row (an index build keeps the rows its own transaction deleted): 161 MB instead of 65 MB at
 *   360,000 accounts. Row by row, the update maintaining them, took 16.6 min at 1,000,000 (ADR 0020).
 */
export class NameSearchLean1795462781947 implements MigrationInterface {
    name = 'NameSearchLean1795462781947'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION customers.name_search(name text, name_key text, name_pinyin text) RETURNS text
            LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
            DECLARE
                n text := regexp_replace(lower(normalize(coalesce(name, ''), NFKC)), '\\s+', '', 'g');
                k text := regexp_replace(lower(normalize(coalesce(name_key, ''), NFKC)), '\\s+', '', 'g');
                p text := regexp_replace(lower(normalize(coalesce(name_pinyin, ''), NFKC)), '\\s+', '', 'g');
                plain text;
            BEGIN
                -- a part found inside another adds no fragment
                IF strpos(n, k) > 0 THEN k := ''; END IF;
                IF strpos(n, p) > 0 OR strpos(k, p) > 0 THEN p := ''; END IF;
                IF strpos(k, n) > 0 OR strpos(p, n) > 0 THEN n := ''; END IF;
                IF strpos(p, k) > 0 THEN k := ''; END IF;
                plain := concat_ws(' ', nullif(n, ''), nullif(k, ''), nullif(p, ''));
                -- every character and the one after it as a word: doubled, less the first character, cut in pairs
                RETURN plain || E'\\n ' || regexp_replace(substr(regexp_replace(plain, '(.)', '\\1\\1', 'g'), 2), '(..)', '\\1 ', 'g');
            END $$
        `);
        await this.rebuild(queryRunner);
    }

    /** Back to ADR 0020's form; NameSearchLeanIndexes' down has dropped the indexes, its up built them. */
    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION customers.name_search(name text, name_key text, name_pinyin text) RETURNS text
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
        await this.rebuild(queryRunner);
        await queryRunner.query(`CREATE INDEX "ix_account_name_search" ON "customers"."account" USING gin ("name_search" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_contact_name_search" ON "customers"."contact" USING gin ("name_search" gin_trgm_ops)`);
    }

    /** Every row's column written again by the triggers (which fire on `SET name_search`), without its indexes. */
    private async rebuild(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "customers"."ix_account_name_search"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "customers"."ix_contact_name_search"`);
        await queryRunner.query(`UPDATE "customers"."account" SET "name_search" = NULL`);
        await queryRunner.query(`UPDATE "customers"."contact" SET "name_search" = NULL`);
    }
}
