import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from './audit/audit.service';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseParts, dataSourceOptions } from './database/data-source';
import { AccessEpochService } from './identity/access-epoch.service';
import { OutboxService } from './events/outbox.service';
import { loggingModule } from './logging/logging.module';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';
import { StorageModule } from './storage/storage.module';
import { TenantDb } from './tenancy/tenant-db';

export interface PlatformOptions {
  config: AppConfig;
  database: DatabaseParts;
}

/** Config, logging, the application's database connection, Redis, the outbox, job enqueueing and file storage: what every process needs. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot({ config, database }: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule(config),
        TypeOrmModule.forRoot(dataSourceOptions(config, database, 'app')),
        RedisModule,
        QueueModule,
        StorageModule,
      ],
      providers: [TenantDb, AuditService, OutboxService, AccessEpochService],
      exports: [TenantDb, AuditService, OutboxService, AccessEpochService, ConfigModule, RedisModule, QueueModule, StorageModule],
    };
  }
}
