import os from 'node:os';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { ApiProcess } from '../lib/api-process';
import { benchAuthHeaders } from '../lib/auth';
import type { AppConfig } from '@crm/platform';
import { benchConfig, BenchData, seedBenchDatabase } from '../lib/bench-db';
import { BenchResult, scored } from '../lib/result';

const PAGE = 50;
const CONNECTIONS = 10;
const ROUNDS = 2;
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
 * It opens its transaction as TenantDb does (START TRANSACTION and set_config in one round trip), so
 * both sides make the same four round trips: begin with the tenant, page, actors, commit.
 */
async function rawLoop(pool: Pool, data: BenchData, seconds: number): Promise<Measured> {
  const deadline = Date.now() + seconds * 1000;
  let iterations = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < deadline) {
        await client.query(
          `START TRANSACTION; SELECT set_config('app.tenant_id', ${client.escapeLiteral(data.tenantId)}, true), ` +
            `set_config('app.user_id', ${client.escapeLiteral(data.userId)}, true)`,
        );
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
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return measured(iterations, started, cpuMsSince(cpu));
}

interface Measured {
  perSecond: number;
  count: number;
  seconds: number;
  /**
   * CPU per request/iteration of the process that does the work: for the raw loop this (bench) process,
   * for GraphQL the API process (read from /proc/<pid>/stat), without the load generator.
   */
  cpuMsEach: number;
  /** GraphQL only: CPU of autocannon (the bench process) per request. */
  loadGeneratorCpuMsEach?: number;
  p50Ms?: number;
  p99Ms?: number;
}

function cpuMsSince(cpu: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

function measured(
  count: number,
  started: bigint,
  cpuMs: number,
  extra?: { loadGeneratorCpuMs: number; p50: number; p99: number },
): Measured {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const each = (ms: number) => (count > 0 ? ms / count : 0);
  return {
    perSecond: count / seconds,
    count,
    seconds,
    cpuMsEach: each(cpuMs),
    ...(extra ? { loadGeneratorCpuMsEach: each(extra.loadGeneratorCpuMs), p50Ms: extra.p50, p99Ms: extra.p99 } : {}),
  };
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

/** autocannon against one server process for `seconds`; the CPU figure is that server's (all its processes). */
async function httpLoad(server: ApiProcess, path: string, headers: Record<string, string>, body: string, seconds: number): Promise<Measured> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const serverCpuBefore = server.cpuMs();
  const result = await autocannon({
    url: `${server.url}${path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const serverCpuMs = server.cpuMs() - serverCpuBefore;
  const loadGeneratorCpuMs = cpuMsSince(cpu);
  if (result.non2xx > 0 || result.errors > 0) {
    server.assertRunning();
    throw new Error(`load on ${path} had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return measured(result.requests.total, started, serverCpuMs, { loadGeneratorCpuMs, p50: result.latency.p50, p99: result.latency.p99 });
}

const GRAPHQL_BODY = JSON.stringify({ query: QUERY, variables: { recordType: RECORD.type, recordId: RECORD.id, first: PAGE } });
const RAW_BODY = JSON.stringify({ recordType: RECORD.type, recordId: RECORD.id, first: PAGE });

/** The raw HTTP server (bench/lib/raw-http-server.ts) as its own process on the bench database. */
function startRawServer(config: AppConfig, data: BenchData): Promise<ApiProcess> {
  return ApiProcess.spawnServer(
    'bench/lib/raw-http-server.ts',
    { DATABASE_URL: config.DATABASE_URL, RAW_POOL_SIZE: String(CONNECTIONS), BENCH_TENANT_ID: data.tenantId, BENCH_USER_ID: data.userId, NODE_ENV: 'production' },
    'RAW_PORT',
  );
}

async function checkRawServer(url: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: RAW_BODY });
  const body = (await response.json()) as { data?: { rows: { actor: unknown }[] } };
  const rows = body.data?.rows ?? [];
  if (rows.length !== PAGE || rows.some((r) => !r.actor)) throw new Error(`the raw server does not return ${PAGE} rows with actors: ${JSON.stringify(body).slice(0, 300)}`);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

function summary(rounds: Measured[]) {
  const count = rounds.reduce((sum, r) => sum + r.count, 0);
  return {
    rounds: rounds.map((r) => round1(r.perSecond)),
    cpuMsEach: round2(rounds.reduce((sum, r) => sum + r.cpuMsEach * r.count, 0) / Math.max(1, count)),
    ...(rounds[0]?.loadGeneratorCpuMsEach === undefined
      ? {}
      : { loadGeneratorCpuMsEach: round2(rounds.reduce((sum, r) => sum + (r.loadGeneratorCpuMsEach ?? 0) * r.count, 0) / Math.max(1, count)) }),
    ...(rounds[0]?.p50Ms === undefined ? {} : { p50Ms: rounds.map((r) => r.p50Ms), p99Ms: rounds.map((r) => r.p99Ms) }),
  };
}

/**
 * GraphQL throughput of a 50-entry connection with a DataLoader field, against the same rows served by a
 * raw pg query loop behind a bare node:http server; both driven by autocannon on loopback in the same run.
 * The raw loop without HTTP (in the bench process) is reported too, as a further figure.
 */
export async function graphqlConnection(): Promise<BenchResult> {
  const config = benchConfig();
  console.log('graphql-connection: seeding 10,000 audit rows ...');
  const data = await seedBenchDatabase(config, 10_000);

  let api: ApiProcess | undefined;
  let raw: ApiProcess | undefined;
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: CONNECTIONS });
  try {
    // Both servers run as their own processes (the API as a deployment runs it, main.ts with the bench
    // configuration); autocannon drives them from this process.
    console.log('graphql-connection: starting the API and the raw HTTP server as their own processes ...');
    api = await ApiProcess.start(Object.assign(config, { DATABASE_POOL_SIZE: CONNECTIONS, API_PROCESSES: 1 }));
    raw = await startRawServer(config, data);
    const headers = await benchAuthHeaders(api.url);
    await checkOneQuery(api.url, headers);
    await checkRawServer(raw.url);
    // Warm every path (JIT, connections, caches) before anything is counted.
    await rawLoop(pool, data, 1);
    await httpLoad(raw, '/', {}, RAW_BODY, 1);
    await httpLoad(api, '/graphql', headers, GRAPHQL_BODY, 1);

    // The sides alternate in ROUNDS rounds, so a change in the machine's load during the run (other
    // processes share its cores) falls on all of them; each side runs DURATION_SECONDS in all.
    const loadBefore = os.loadavg()[0];
    const loop: Measured[] = [];
    const rawHttp: Measured[] = [];
    const graphql: Measured[] = [];
    const slice = DURATION_SECONDS / ROUNDS;
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`graphql-connection: round ${round}/${ROUNDS}: raw HTTP, GraphQL (autocannon, ${CONNECTIONS} connections), raw loop; ${slice}s each ...`);
      rawHttp.push(await httpLoad(raw, '/', {}, RAW_BODY, slice));
      graphql.push(await httpLoad(api, '/graphql', headers, GRAPHQL_BODY, slice));
      loop.push(await rawLoop(pool, data, slice));
    }
    const loadAfter = os.loadavg()[0];
    const rate = (rounds: Measured[]) => rounds.reduce((sum, r) => sum + r.count, 0) / rounds.reduce((sum, r) => sum + r.seconds, 0);
    const value = rate(graphql);
    const baseline = rate(rawHttp);
    const loopRate = rate(loop);
    console.log(
      `graphql-connection: raw HTTP ${JSON.stringify(summary(rawHttp))}, GraphQL ${JSON.stringify(summary(graphql))}, raw loop without HTTP ${JSON.stringify(summary(loop))}`,
    );
    return {
      ...scored(
        'graphql-connection',
        'requests/s',
        value,
        baseline,
        0.3,
        true,
        `auditTrail(first: ${PAGE}) with actor (DataLoader) vs a bare node:http server running raw pg (begin + set tenant, page, actors, commit); ` +
          `both its own process, autocannon with ${CONNECTIONS} connections on loopback, ${ROUNDS} alternating rounds of ${slice}s per side`,
      ),
      api: {
        process: 'own',
        command: 'node -r ./scripts/register.js apps/api/src/main.ts (API_PROCESSES=1)',
        cpu: 'cpuMsEach of graphql / rawHttp is the server process (utime + stime from /proc/<pid>/stat); loadGeneratorCpuMsEach is autocannon',
      },
      graphql: summary(graphql),
      rawHttp: summary(rawHttp),
      rawLoopWithoutHttp: { ...summary(loop), perSecond: Math.round(loopRate * 10) / 10, ratioToIt: Math.round((value / loopRate) * 1000) / 1000 },
      loadAverage1m: { before: round2(loadBefore), after: round2(loadAfter) },
    };
  } finally {
    await api?.stop();
    await raw?.stop();
    await pool.end();
  }
}
