/**
 * The plainest HTTP server reading what the GraphQL benchmark reads, run as its own process by the bench
 * (`ApiProcess.spawnServer`): node:http, a `pg` pool, no framework, no auth, no validation. Per POST it
 * reads the JSON body ({ recordType, recordId, first }), opens a transaction with the tenant set (begin and
 * set_config in one round trip, as TenantDb does), reads the page and its actors, commits, and answers the
 * rows with their actors as JSON. GET /health/ready answers 200 once the pool has a connection.
 *
 * Configuration from the environment: DATABASE_URL, RAW_PORT, RAW_POOL_SIZE, BENCH_TENANT_ID, BENCH_USER_ID.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.RAW_POOL_SIZE ?? 10) });
const tenantId = process.env.BENCH_TENANT_ID ?? '';
const userId = process.env.BENCH_USER_ID ?? '';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string;
  channel: string;
  action: string;
  changes: unknown;
}

async function page(recordType: string, recordId: string, first: number) {
  const client = await pool.connect();
  try {
    await client.query(
      `START TRANSACTION; SELECT set_config('app.tenant_id', ${client.escapeLiteral(tenantId)}, true), ` +
        `set_config('app.user_id', ${client.escapeLiteral(userId)}, true)`,
    );
    const { rows } = await client.query<AuditRow>(
      `SELECT id, occurred_at, actor_user_id, channel, action, changes FROM platform.audit_log
       WHERE record_type = $1 AND record_id = $2 ORDER BY occurred_at DESC, id DESC LIMIT $3`,
      [recordType, recordId, first + 1],
    );
    const actorIds = [...new Set(rows.map((r) => r.actor_user_id))];
    const actors = await client.query<{ id: string; email: string; display_name: string }>(
      `SELECT id, email, display_name FROM platform."user" WHERE id = ANY($1::uuid[])`,
      [actorIds],
    );
    await client.query('COMMIT');
    const byId = new Map(actors.rows.map((a) => [a.id, a]));
    return {
      hasNextPage: rows.length > first,
      rows: rows.slice(0, first).map((r) => ({ ...r, actor: byId.get(r.actor_user_id) ?? null })),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health/ready') {
    pool.query('SELECT 1').then(
      () => answer(res, 200, { status: 'ok' }),
      (error: Error) => answer(res, 503, { error: error.message }),
    );
    return;
  }
  readBody(req)
    .then((body) => {
      const { recordType, recordId, first } = JSON.parse(body) as { recordType: string; recordId: string; first: number };
      return page(recordType, recordId, first);
    })
    .then(
      (data) => answer(res, 200, { data }),
      (error: Error) => answer(res, 500, { error: error.message }),
    );
});

server.listen(Number(process.env.RAW_PORT), '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
