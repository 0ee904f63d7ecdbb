import type { ConnectionOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config';

/**
 * Connection options for BullMQ's own clients. `maxRetriesPerRequest: null` is what BullMQ's
 * blocking worker connections require; every key lives under `REDIS_PREFIX`.
 */
export function bullConnection(config: AppConfig): { connection: ConnectionOptions; prefix: string } {
  return { connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.REDIS_PREFIX };
}
