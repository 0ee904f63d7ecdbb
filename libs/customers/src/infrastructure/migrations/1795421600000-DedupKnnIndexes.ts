import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DQ-02 at a million records: the duplicate search takes its name candidates top-k straight from a
 * GiST trigram index walked in order of distance (`ORDER BY name_key <-> $1 LIMIT k`), instead of
 * collecting every `%` match from the GIN index and ranking them all (a common name such as
 * "wei zhang" matched tens of thousands of rows). tenant_id leads the index (btree_gist), so the walk
 * stays inside the tenant row-level security filters to; a signature of 128 bytes (the default is 12)
 * keeps short names such as people's from saturating the inner pages. The GIN indexes served only
 * this search and are dropped. Hand-written: TypeORM cannot express operator classes.
 */
export class DedupKnnIndexes1795421600000 implements MigrationInterface {
  name = 'DedupKnnIndexes1795421600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(
      `CREATE INDEX "ix_account_name_knn" ON "customers"."account" USING gist ("tenant_id", "name_key" gist_trgm_ops(siglen=128))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_name_knn" ON "customers"."contact" USING gist ("tenant_id", "name_key" gist_trgm_ops(siglen=128))`,
    );
    await queryRunner.query(`DROP INDEX "customers"."ix_account_name_trgm"`);
    await queryRunner.query(`DROP INDEX "customers"."ix_contact_name_trgm"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_contact_name_trgm" ON "customers"."contact" USING gin ("name_key" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_account_name_trgm" ON "customers"."account" USING gin ("name_key" gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX "customers"."ix_contact_name_knn"`);
    await queryRunner.query(`DROP INDEX "customers"."ix_account_name_knn"`);
  }
}
