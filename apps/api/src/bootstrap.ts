import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@crm/platform';
import { AppModule } from './app.module';

/** Builds the API application; `main.ts` listens on the configured port, tests on a free one. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableCors({ origin: config.CORS_ORIGIN ?? true, credentials: true });
  app.enableShutdownHooks();
  return app;
}
