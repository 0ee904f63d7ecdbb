import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, trustProxySetting } from '@crm/platform';
import { AppModule } from './app.module';

/** Builds the API application; `main.ts` listens on the configured port, tests on a free one. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  // Answers are per user and mostly POST: an ETag (a hash of every response body) would buy nothing.
  app.set('etag', false);
  // Only proxies named in the configuration may say who the client is (X-Forwarded-For).
  if (config.TRUST_PROXY) app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.useLogger(app.get(Logger));
  app.enableCors({ origin: config.CORS_ORIGIN ?? true, credentials: true });
  app.enableShutdownHooks();
  return app;
}
