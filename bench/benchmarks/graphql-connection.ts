import autocannon from 'autocannon';
import { Pool } from 'pg';
import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the harness boots the real API in-process, as main.ts does
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchAuthHeaders } from '../lib/auth';
import { benchConfig, BenchData, seedBenchDatabase } from '../lib/bench-db';
import { BenchResult, scored } from '../lib/result';

const PAGE = 50;
const CONNECTIONS = 10;
/** `pnpm bench -- --duration=5` shortens a local run; results are comparable only at equal durations. */
const DURATION_SECONDS = Number(/^--duration=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--duration=')) ?? '')?.[1] ?? 10);
const RECORD = { type: 'customer', id: 'bench-0' };

const QUERY = `query Trail($recordType: String!, $recordId: String!, $first: Int) {
  auditTrail(recordType: $recordType, recordId: $recordId, first: $first) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt action channel changes { field before after } actor { id email displayName } } }
  }
}`;

/**
 * The same rows read the plainest way: per iteration one transaction with the tenant set (as RLS needs),
 * the newest 50 entries of the record and their actors, over CONNECTIONS concurrent pg connections.
 */
async function rawLoop(config: ReturnType<typeof benchConfig>, data: BenchData): Promise<number> {
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: CONNECTIONS });
  const deadline = Date.now() + DURATION_SECONDS * 1000;
  let iterations = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < deadline) {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [data.tenantId, data.userId]);
        const { rows } = await client.query(
          `SELECT id, occurred_at, actor_user_id, channel, action, changes FROM platform.audit_log
           WHERE record_type = $1 AND record_id = $2 ORDER BY occurred_at DESC, id DESC LIMIT $3`,
          [RECORD.type, RECORD.id, PAGE + 1],
        );
        const actorIds = [...new Set(rows.map((r: { actor_user_id: string }) => r.actor_user_id))];
        await client.query(`SELECT id, email, display_name FROM platform."user" WHERE id = ANY($1::uuid[])`, [actorIds]);
        await client.query('COMMIT');
        if (rows.length !== PAGE + 1) throw new Error(`raw loop read ${rows.length} rows, expected ${PAGE + 1}`);
        iterations++;
      }
    } finally {
      client.release();
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (Date.now() - started) / 1000;
  await pool.end();
  return iterations / seconds;
}

async function checkOneQuery(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY, variables: { recordType: RECORD.type, recordId: RECORD.id, first: PAGE } }),
  });
  const body = (await response.json()) as { data?: { auditTrail: { edges: { node: { actor: unknown } }[] } }; errors?: unknown[] };
  const edges = body.data?.auditTrail.edges ?? [];
  if (body.errors || edges.length !== PAGE || edges.some((e) => !e.node.actor)) {
    throw new Error(`the benchmark query does not return ${PAGE} entries with actors: ${JSON.stringify(body).slice(0, 500)}`);
  }
}

async function graphqlLoad(url: string, headers: Record<string, string>): Promise<number> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY, variables: { recordType: RECORD.type, recordId: RECORD.id, first: PAGE } }),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`GraphQL load had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result.requests.average;
}

/** GraphQL throughput of a 50-entry connection with a DataLoader field, against the raw pg loop. */
export async function graphqlConnection(): Promise<BenchResult> {
  const config = benchConfig();
  console.log('graphql-connection: seeding 10,000 audit rows ...');
  const data = await seedBenchDatabase(config, 10_000);

  console.log(`graphql-connection: raw pg loop, ${CONNECTIONS} connections, ${DURATION_SECONDS}s ...`);
  const baseline = await rawLoop(config, data);
  console.log(`graphql-connection: raw pg loop ${baseline.toFixed(1)} iterations/s`);

  let app: INestApplication | undefined;
  try {
    app = await createApiApp(Object.assign(config, { DATABASE_POOL_SIZE: CONNECTIONS }));
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const headers = await benchAuthHeaders(url);
    await checkOneQuery(url, headers);
    console.log(`graphql-connection: GraphQL via autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS}s ...`);
    const value = await graphqlLoad(url, headers);
    return scored(
      'graphql-connection',
      'requests/s',
      value,
      baseline,
      0.3,
      true,
      `auditTrail(first: ${PAGE}) with actor (DataLoader) vs raw pg (BEGIN, set tenant, page, actors, COMMIT); ${CONNECTIONS} connections, ${DURATION_SECONDS}s each, API in-process`,
    );
  } finally {
    await app?.close();
  }
}
