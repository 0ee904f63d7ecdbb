import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * CUS-08: the library's search box served by an index under row-level security, as ADR 0016 did for
 * addresses and contact points. `search_text` is written by a trigger: title, file name, description and
 * each tag, each in the form of `customers.search_text()` (NFKC, lower case, no whitespace, every character
 * twice), one per line, so a word never matches across two fields. A GIN trigram index on it alone (as
 * ix_address_search); `textlike` is already LEAKPROOF (migration PartySearch), so `search_text LIKE …` is
 * an index condition. The search keeps its ILIKE per field as a recheck of the rows the index finds.
 */
export class LibrarySearch1795462890000 implements MigrationInterface {
    name = 'LibrarySearch1795462890000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION customers.library_document_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_text := array_to_string(
                    ARRAY[customers.search_text(NEW.title), customers.search_text(NEW.file_name), coalesce(customers.search_text(NEW.description), '')]
                    || ARRAY(SELECT customers.search_text(t) FROM unnest(NEW.tags) t),
                    E'\\n');
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`ALTER TABLE "customers"."library_document" ADD "search_text" text`);
        await queryRunner.query(`
            CREATE TRIGGER library_document_search_text BEFORE INSERT OR UPDATE ON "customers"."library_document"
            FOR EACH ROW EXECUTE FUNCTION customers.library_document_search_text()
        `);
        // the trigger fills the column for the documents already there
        await queryRunner.query(`UPDATE "customers"."library_document" SET "search_text" = NULL`);
        await queryRunner.query(`ALTER TABLE "customers"."library_document" ALTER COLUMN "search_text" SET NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_library_document_search" ON "customers"."library_document" USING gin ("search_text" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "customers"."ix_library_document_search"`);
        await queryRunner.query(`DROP TRIGGER library_document_search_text ON "customers"."library_document"`);
        await queryRunner.query(`ALTER TABLE "customers"."library_document" DROP COLUMN "search_text"`);
        await queryRunner.query(`DROP FUNCTION customers.library_document_search_text()`);
    }
}
