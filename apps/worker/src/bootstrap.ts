import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@crm/platform';
import { mountQueueDashboard } from './admin/queue-dashboard';
import { WorkerModule } from './worker.module';

export async function createWorkerApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  mountQueueDashboard(app);
  return app;
}
