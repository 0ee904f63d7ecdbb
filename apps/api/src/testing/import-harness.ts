import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { ImportJobEntity, ImportJobHandler } from '@crm/customers';
import { AppConfig, LocalDiskStorage, tenantFileKey, waitFor } from '@crm/platform';
import { ApiHarness } from './api-harness';
import { startCustomersWorker, stopCustomersWorker } from './worker-harness';

const IMPORTS = '/api/customers/imports';

/**
 * What the CUS-04 import e2e tests share: the API on its own database with files kept in a temporary
 * directory, a worker running the import jobs, and the upload, preview, wait-for-the-job and report
 * calls as a client makes them. One per test file.
 */
export class ImportHarness {
  private constructor(
    readonly api: ApiHarness,
    readonly worker: INestApplication,
    readonly storageDir: string,
  ) {}

  static async start(overrides: Partial<AppConfig> = {}, dirPrefix = 'crm-import-'): Promise<ImportHarness> {
    const storageDir = await mkdtemp(join(tmpdir(), dirPrefix));
    let api: ApiHarness | undefined;
    try {
      api = await ApiHarness.start({ FILE_STORAGE_DIR: storageDir, ...overrides });
      return new ImportHarness(api, await startCustomersWorker(api.config), storageDir);
    } catch (error) {
      await api?.stop();
      await rm(storageDir, { recursive: true, force: true });
      throw error;
    }
  }

  async stop(): Promise<void> {
    await stopCustomersWorker(this.worker);
    await this.api.stop();
    await rm(this.storageDir, { recursive: true, force: true });
  }

  /** The worker's handler, for tests that run a stored job themselves. */
  get handler(): ImportJobHandler {
    return this.worker.get(ImportJobHandler);
  }

  /** `POST /api/customers/imports` with the file and the multipart fields (target, mapping, duplicatePolicy). */
  upload(token: string, file: Buffer | string, fields: Record<string, string> = {}, fileName = 'customers.csv'): request.Test {
    return this.multipart(IMPORTS, token, file, fields, fileName);
  }

  /** `POST /api/customers/imports/preview`: headers, sample rows, the suggested mapping and the target's fields. */
  preview(token: string, file: Buffer | string, fields: Record<string, string> = {}, fileName = 'customers.csv'): request.Test {
    return this.multipart(`${IMPORTS}/preview`, token, file, fields, fileName);
  }

  /** The job as `query` (an `importJob(id: $id)` query selecting at least `status`) shows it once COMPLETED or FAILED. */
  finished<J extends { status: string }>(query: string, id: string, token: string): Promise<J> {
    return waitFor(
      async () => {
        const job = (await this.api.gql<{ importJob: J }>(query, { id }, token)).data?.importJob;
        return job && (job.status === 'COMPLETED' || job.status === 'FAILED') ? job : undefined;
      },
      `import ${id} to finish`,
      30_000,
    );
  }

  /** The job's error report as the download gives it: status, content type and parsed rows (none unless 200). */
  async report(id: string, token: string): Promise<{ status: number; type: string | undefined; rows: string[][] }> {
    const res = await request(this.api.app.getHttpServer()).get(`${IMPORTS}/${id}/errors.csv`).set('authorization', `Bearer ${token}`);
    return { status: res.status, type: res.headers['content-type'] as string | undefined, rows: res.status === 200 ? (parse(res.text, { bom: true }) as string[][]) : [] };
  }

  /**
   * A job row and (unless `storeFile` is false) its stored file, as the API leaves them but not enqueued:
   * the test drives the handler itself. Headers default to the CSV's first line.
   */
  async storeJob(csv: string, values: Partial<ImportJobEntity> & Pick<ImportJobEntity, 'createdById' | 'mapping'>, storeFile = true): Promise<ImportJobEntity> {
    const repo = this.api.admin.getRepository(ImportJobEntity);
    const job = await repo.save({
      tenantId: this.api.demoTenantId,
      fileName: 'import.csv',
      storageKey: 'pending',
      fileSize: csv.length,
      headers: csv.split('\n')[0].split(','),
      duplicatePolicy: 'skip',
      ...values,
    } as ImportJobEntity);
    job.storageKey = tenantFileKey(this.api.demoTenantId, 'imports', `${job.id}.csv`);
    if (storeFile) await new LocalDiskStorage(this.storageDir).put(job.storageKey, Buffer.from(csv));
    await repo.save(job);
    return job;
  }

  async countAccountsNamed(name: string): Promise<number> {
    return Number((await this.api.admin.query('SELECT count(*) AS n FROM customers.account WHERE name = $1', [name]))[0].n);
  }

  private multipart(path: string, token: string, file: Buffer | string, fields: Record<string, string>, fileName: string): request.Test {
    const req = request(this.api.app.getHttpServer()).post(path).set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'), fileName);
  }
}
