import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { AppConfig } from '@crm/platform';

const ROOT = path.resolve(__dirname, '../..');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;
/** Output of the API kept for the error message when it fails to start or dies during the run. */
const OUTPUT_KEPT = 8_000;

/** The API as a deployment runs it: its own Node process (`main.ts`), reached over HTTP on a free port. */
export class ApiProcess {
  private output = '';
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exit: Promise<void>;
  private readonly killOnExit = () => this.child.kill('SIGKILL');

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-OUTPUT_KEPT));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exited = { code, signal };
        resolve();
      }),
    );
    // Never leave the API behind, even when the benchmark process ends abruptly.
    process.once('exit', this.killOnExit);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the API process has no pid');
    return this.child.pid;
  }

  /**
   * Starts `node -r ./scripts/register.js apps/api/src/main.ts` with exactly the given configuration
   * (nothing inherited from this process's environment) on a free port, and waits for /health/ready.
   */
  static async start(config: AppConfig): Promise<ApiProcess> {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(config)) {
      if (value !== undefined) env[key] = String(value);
    }
    return ApiProcess.spawnServer('apps/api/src/main.ts', env, 'API_PORT');
  }

  /**
   * Starts any server script of this repository the same way (own process, only `env`, the free port in
   * `portVariable`) and waits until it answers GET /health/ready.
   */
  static async spawnServer(script: string, env: Record<string, string>, portVariable: string, nodeFlags: string[] = []): Promise<ApiProcess> {
    const port = await freePort();
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server (read it with Chrome DevTools or speedscope).
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...nodeFlags, ...profile, '-r', './scripts/register.js', script], {
      cwd: ROOT,
      env: { ...env, [portVariable]: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ApiProcess(child, `http://127.0.0.1:${port}`);
    try {
      await server.waitUntilReady();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** Starts the worker as `pnpm start:worker` does (its V8 flags: `workerNodeFlags`). */
  static spawnWorker(env: Record<string, string>): Promise<ApiProcess> {
    return ApiProcess.spawnServer('apps/worker/src/main.ts', env, 'WORKER_PORT', workerNodeFlags());
  }

  /**
   * Total CPU time (user + system, all threads) the API has used so far, in milliseconds: the process and,
   * with API_PROCESSES > 1, the API processes it forked.
   */
  cpuMs(): number {
    this.assertRunning();
    const ticks = processTree(this.pid).reduce((sum, pid) => sum + cpuTicks(pid), 0);
    return (ticks * 1000) / clockTicksPerSecond();
  }

  /** Throws with the API's last output when it is no longer running. */
  assertRunning(): void {
    if (this.exited) {
      throw new Error(
        `the API process exited (code ${this.exited.code}, signal ${this.exited.signal}); its last output:\n${this.output}`,
      );
    }
  }

  /** SIGTERM (Nest's shutdown hooks close the server, the pools and Redis), SIGKILL if it does not end in time. */
  async stop(): Promise<void> {
    process.removeListener('exit', this.killOnExit);
    if (this.exited) return;
    this.child.kill('SIGTERM');
    const timedOut = await Promise.race([
      this.exit.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, true).unref()),
    ]);
    if (timedOut) {
      console.warn(`the API process did not stop within ${STOP_TIMEOUT_MS / 1000}s of SIGTERM; killing it`);
      this.child.kill('SIGKILL');
      await this.exit;
    }
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      this.assertRunning();
      try {
        const response = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
        if (response.ok) return;
        last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the API process was not ready within ${READY_TIMEOUT_MS / 1000}s (${last}); its last output:\n${this.output}`);
  }
}

let clockTicks: number | undefined;

/** USER_HZ, the unit of utime and stime in /proc/<pid>/stat (100 on Linux almost everywhere). */
function clockTicksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** A port that was free a moment ago (the API binds it right after; nothing else on the machine races for it in practice). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** utime + stime of one process; 0 once it is gone. */
function cpuTicks(pid: number): number {
  try {
    // /proc/<pid>/stat: the command name (field 2) may contain spaces; utime and stime are fields 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The process and its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const listed = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (listed) children = children.concat(listed.split(/\s+/).map(Number));
    }
  } catch {
    // the process ended meanwhile
  }
  return [pid, ...children.flatMap(processTree)];
}

/**
 * The V8 flags `pnpm start:worker` (package.json) gives the worker: its heap ceiling,
 * `--max-old-space-size=${WORKER_HEAP_MB:-N}`, and its young generation's semi-space,
 * `--max-semi-space-size=${WORKER_SEMI_SPACE_MB:-N}`, so a benchmark runs the worker as it is deployed.
 */
export function workerNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const script = scripts['start:worker'] ?? '';
  const heap = /--max-old-space-size=\$\{WORKER_HEAP_MB:-(\d+)\}/.exec(script);
  if (!heap) throw new Error('package.json start:worker no longer sets --max-old-space-size=${WORKER_HEAP_MB:-N}: update workerNodeFlags');
  const semiSpace = /--max-semi-space-size=\$\{WORKER_SEMI_SPACE_MB:-(\d+)\}/.exec(script);
  if (!semiSpace) throw new Error('package.json start:worker no longer sets --max-semi-space-size=${WORKER_SEMI_SPACE_MB:-N}: update workerNodeFlags');
  return [`--max-old-space-size=${process.env.WORKER_HEAP_MB || heap[1]}`, `--max-semi-space-size=${process.env.WORKER_SEMI_SPACE_MB || semiSpace[1]}`];
}
