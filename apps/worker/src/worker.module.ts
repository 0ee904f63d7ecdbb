import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ALL_DATABASE_PARTS, ALL_JOBS, ALL_SCHEDULES } from '@crm/composition';
import { CustomersWorkerModule } from '@crm/customers';
import { AppConfig, HealthModule, PlatformModule, WorkerRuntimeModule } from '@crm/platform';
import { AdminSessionController } from './admin/admin-session.controller';

/**
 * The worker process: every context's job processors, the event consumers and the outbox relay.
 * Its HTTP port serves health and the admin-only queue dashboard.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, database: ALL_DATABASE_PARTS }),
        HealthModule,
        WorkerRuntimeModule.forRoot({ jobs: ALL_JOBS, schedules: ALL_SCHEDULES }),
        CustomersWorkerModule,
        JwtModule.register({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      controllers: [AdminSessionController],
    };
  }
}
