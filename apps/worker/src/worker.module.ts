import { DynamicModule, Module } from '@nestjs/common';
import { ALL_DATABASE_PARTS } from '@crm/composition';
import { AppConfig, HealthModule, PlatformModule } from '@crm/platform';

/** The worker process: every context's job processors and the outbox relay; its HTTP port serves health only. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ config, database: ALL_DATABASE_PARTS }), HealthModule],
    };
  }
}
