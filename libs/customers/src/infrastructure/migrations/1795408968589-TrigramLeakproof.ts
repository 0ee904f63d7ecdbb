import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security lets the planner use an index only for LEAKPROOF operators; without this the
 * trigram `%` of the duplicate search scans the whole table. similarity_op only compares its two
 * arguments and raises no data-dependent errors, so it cannot leak rows. Hand-written; needs the
 * migration owner to be a superuser, as it is for every migration here.
 */
export class TrigramLeakproof1795408968589 implements MigrationInterface {
  name = 'TrigramLeakproof1795408968589';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER FUNCTION similarity_op(text, text) LEAKPROOF');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER FUNCTION similarity_op(text, text) NOT LEAKPROOF');
  }
}
