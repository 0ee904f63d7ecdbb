import { Client } from 'pg';
import { accountNameKeys } from '@crm/customers';
import { withDatabase } from '@crm/platform';
import { benchConfig, BENCH_TENANT } from '../lib/bench-db';
import { CUSTOMERS_BENCH_DATABASE, generateBase, resetRandom, seedCustomers } from '../lib/customer-data';
import { BenchResult, scored } from '../lib/result';

/** `pnpm bench name-search-write -- --size=300000`: the database the customer-list bench seeded (same --size). */
const SIZE = Number(/^--size=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--size=')) ?? '')?.[1] ?? 1_000_000);
const ROWS = Number(/^--rows=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--rows=')) ?? '')?.[1] ?? 50_000);
const ROUNDS = 3;
/** `-- --gin-option=fastupdate=off` or `=gin_pending_list_limit=16384`: set on the name-search indexes for the run's inserts (rolled back too). */
const GIN_OPTION = /^--gin-option=(\w+=\w+)$/.exec(process.argv.find((a) => a.startsWith('--gin-option=')) ?? '')?.[1];

/**
 * What the name search costs a writer (CUS-03, ADR 0021): one `INSERT … SELECT` of ROWS generated accounts
 * (Chinese and Latin companies and people, with `name_key` / `name_pinyin` as the import computes them) into
 * the bench tenant of SIZE customers, timed on the server's clock, then rolled back; alternating with the same
 * insert after dropping the name-search triggers and indexes inside the transaction (also rolled back). The
 * value is ms per row with the name search, the baseline ms per row without it. The database is left as it was.
 */
export async function nameSearchWrite(): Promise<BenchResult> {
  const base = benchConfig();
  const config = Object.assign(base, {
    DATABASE_URL: withDatabase(base.DATABASE_URL, CUSTOMERS_BENCH_DATABASE),
    DATABASE_ADMIN_URL: withDatabase(base.DATABASE_ADMIN_URL, CUSTOMERS_BENCH_DATABASE),
  });
  await seedCustomers(config, SIZE);
  resetRandom(7);
  const rows = generateBase(ROWS);
  const keys = rows.map((r) => accountNameKeys(r.kind, r.name));
  const client = new Client({ connectionString: config.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    const [{ id: tenantId }] = (await client.query<{ id: string }>('SELECT id FROM platform.tenant WHERE slug = $1', [BENCH_TENANT.slug])).rows;
    const params = [tenantId, rows.map((r) => r.kind), rows.map((r) => r.name), keys.map((k) => k.nameKey), keys.map((k) => k.namePinyin)];
    const insert = async (withNameSearch: boolean): Promise<number> => {
      await client.query('VACUUM customers.account');
      await client.query('BEGIN');
      try {
        if (!withNameSearch) await dropNameSearch(client);
        else if (GIN_OPTION) for (const index of await nameSearchIndexes(client)) await client.query(`ALTER INDEX ${index} SET (${GIN_OPTION})`);
        const { rows: timed } = await client.query<{ ms: number }>(
'SELECT pg_temp.timed_insert($1, $2, $3, $4, $5) AS ms', params
        );
        return timed[0].ms;
      } finally {
        await client.query('ROLLBACK');
      }
    };
    await client.query(TIMED_INSERT);
    const withIt: number[] = [];
    const without: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      withIt.push(await insert(true));
      without.push(await insert(false));
      console.log(`name-search-write: round ${round + 1}: ${withIt[round].toFixed(0)} ms with the name search, ${without[round].toFixed(0)} ms without (${ROWS.toLocaleString('en')} rows)`);
    }
    const { rows: sizes } = await client.query<{ name: string; mb: number }>(
      `SELECT c.relname AS name, round(pg_relation_size(c.oid) / 1048576.0, 1)::float AS mb FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'customers' AND c.relkind = 'i' AND c.relname LIKE 'ix_account_name%' ORDER BY 1`,
    );
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const perRow = (ms: number) => ms / ROWS;
    const result = scored(
      'name-search-write',
      'ms per row',
      perRow(median(withIt)),
      perRow(median(without)),
      1.5,
      false,
      `INSERT … SELECT of ${ROWS.toLocaleString('en')} generated accounts (name, name_key, name_pinyin as the import sends them) into the bench tenant of ` +
        `${SIZE.toLocaleString('en')} customers, rolled back, against the same insert with the name-search triggers and indexes dropped in the transaction; median of ${ROUNDS} rounds`,
    );
    return Object.assign(result, {
      size: SIZE,
      rows: ROWS,
      ginOption: GIN_OPTION ?? null,
      nameSearchMsPerRow: Math.round((perRow(median(withIt)) - perRow(median(without))) * 1000) / 1000,
      roundsMs: { withNameSearch: withIt.map(Math.round), withoutNameSearch: without.map(Math.round) },
      indexMb: Object.fromEntries(sizes.map((s) => [s.name, s.mb])),
    });
  } finally {
    await client.end();
  }
}

/** The insert, timed by the server (clock_timestamp), so the client's round trip and parameter transfer are not counted. */
const TIMED_INSERT = `
CREATE FUNCTION pg_temp.timed_insert(tenant uuid, kinds text[], names text[], name_keys text[], pinyins text[]) RETURNS float LANGUAGE plpgsql AS $$
DECLARE started timestamptz := clock_timestamp();
BEGIN
  INSERT INTO customers.account (tenant_id, kind, name, name_key, name_pinyin, lifecycle_stage, version)
  SELECT tenant, k, n, nk, np, 'prospect', 1 FROM unnest(kinds, names, name_keys, pinyins) AS t(k, n, nk, np);
  RETURN extract(epoch FROM clock_timestamp() - started) * 1000;
END $$`;

/** Drops, inside the caller's transaction, every trigger and index of the account table that serves the name search (its columns stay, empty). */
async function dropNameSearch(client: Client): Promise<void> {
  const { rows: triggers } = await client.query<{ name: string }>(
    `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'customers.account'::regclass AND NOT tgisinternal AND tgname LIKE '%name_search%'`,
  );
  for (const t of triggers) await client.query(`DROP TRIGGER ${t.name} ON customers.account`);
  for (const index of await nameSearchIndexes(client)) await client.query(`DROP INDEX ${index}`);
  const { rows: columns } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = 'customers.account'::regclass AND attnotnull AND attname LIKE '%search%'`,
  );
  for (const c of columns) await client.query(`ALTER TABLE customers.account ALTER COLUMN ${c.name} DROP NOT NULL`);
}

async function nameSearchIndexes(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = 'customers.account'::regclass AND indexrelid::regclass::text LIKE '%name_search%'`,
  );
  return rows.map((r) => r.name);
}
