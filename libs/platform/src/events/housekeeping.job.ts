import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { OnJob } from '../queue/on-job.decorator';

export interface HousekeepingOutcome {
  outboxEvents: number;
  processedEvents: number;
  refreshTokens: number;
}

const BATCH = 5_000;

/**
 * Removes, across tenants, what nothing can use any more: published outbox events and processed-event
 * ledger entries older than OUTBOX_RETENTION_DAYS, refresh tokens a day after they expired. Deletes in
 * batches (the SECURITY DEFINER function `platform.purge_expired` of migration Housekeeping), each its
 * own short transaction, until a batch comes back short. Scheduled every HOUSEKEEPING_INTERVAL_MINUTES.
 */
@Injectable()
export class HousekeepingJobHandler {
  private readonly logger = new Logger(HousekeepingJobHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  @OnJob('platform.housekeeping')
  async run(): Promise<HousekeepingOutcome> {
    const total: HousekeepingOutcome = { outboxEvents: 0, processedEvents: 0, refreshTokens: 0 };
    for (;;) {
      const [removed]: { outbox_events: number; processed_events: number; refresh_tokens: number }[] = await this.dataSource.query(
        'SELECT * FROM platform.purge_expired($1, $2)',
        [this.config.OUTBOX_RETENTION_DAYS, BATCH],
      );
      total.outboxEvents += removed.outbox_events;
      total.processedEvents += removed.processed_events;
      total.refreshTokens += removed.refresh_tokens;
      if (Math.max(removed.outbox_events, removed.processed_events, removed.refresh_tokens) < BATCH) break;
    }
    if (total.outboxEvents + total.processedEvents + total.refreshTokens > 0) {
      this.logger.log(
        `housekeeping removed ${total.outboxEvents} outbox events, ${total.processedEvents} ledger entries, ${total.refreshTokens} refresh tokens`,
      );
    }
    return total;
  }
}
