import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppConfig, JobQueue, TenantDb, workerPrincipal } from '@crm/platform';
import { ImportJobEntity } from '../../infrastructure/import-job.entity';

/**
 * Finds imports that stopped moving: `running` with a worker that died (a batch commits progress at
 * least every few seconds), or `queued` whose queue entry was lost. Each is queued again; the handler
 * resumes after the last committed row, or fails the job with its reason when it keeps dying or its
 * file is gone. Runs when the worker starts and then every quarter of IMPORT_STALL_SECONDS.
 */
@Injectable()
export class ImportSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportSweeper.name);
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDb,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => {
      this.sweeping ??= this.sweep()
        .catch((error: Error) => {
          this.logger.error(`import sweep failed: ${error.message}`);
          return 0;
        })
        .finally(() => (this.sweeping = undefined));
    };
    run();
    this.timer = setInterval(run, Math.max(1, this.config.IMPORT_STALL_SECONDS / 4) * 1000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** Queues every stalled import again; returns how many. */
  async sweep(staleSeconds = this.config.IMPORT_STALL_SECONDS): Promise<number> {
    // every tenant's, through the SECURITY DEFINER function of migration ImportMappingAndSweep (ids only)
    const stalled: { tenant_id: string; id: string; status: string }[] = await this.dataSource.query(
      'SELECT tenant_id, id, status FROM customers.stalled_import_jobs($1)',
      [staleSeconds],
    );
    for (const job of stalled) {
      // touched first, so the next sweep does not queue it again while it waits for a worker
      const claimed = await this.db.asTenant(workerPrincipal(job.tenant_id), (em) =>
        em.update(ImportJobEntity, { id: job.id, status: In(['queued', 'running']) }, { updatedAt: new Date() }),
      );
      if (!claimed.affected) continue;
      this.logger.warn(`import ${job.id} (${job.status}) made no progress for ${staleSeconds}s: queued again`);
      await this.jobs.enqueue('customers.import', { tenantId: job.tenant_id, importJobId: job.id }, { jobId: `customers-import-${job.id}-sweep-${Date.now()}` });
    }
    return stalled.length;
  }
}
