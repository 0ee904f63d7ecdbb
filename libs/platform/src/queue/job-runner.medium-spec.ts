import { INestApplication, Injectable, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { DeliverEventJob, DomainEvent, JobName, JobQueue, OnEvent, OnJob, PLATFORM_JOBS, PlatformModule, WorkerRuntimeModule } from '@crm/platform';

@Injectable()
class SecondDeliverHandler {
  @OnJob('event.deliver')
  async handle(_job: DeliverEventJob) {
    return 'mine too';
  }
}

@Injectable()
class ConsumerOne {
  @OnEvent('probe.started', { consumer: 'test.same-name' })
  async handle(_event: DomainEvent<'probe.started'>) {}
}

@Injectable()
class ConsumerTwo {
  @OnEvent('probe.started', { consumer: 'test.same-name' })
  async handle(_event: DomainEvent<'probe.started'>) {}
}

declare module '@crm/platform' {
  interface EventMap {
    'probe.started': Record<string, never>;
  }
}

describe('worker start-up checks the job map', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  async function startWorker(jobs: readonly string[], providers: Provider[] = []): Promise<INestApplication> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ config: db.config, database: ALL_DATABASE_PARTS }),
        WorkerRuntimeModule.forRoot({ jobs: jobs as JobName[], relay: false }),
      ],
      providers,
    }).compile();
    return moduleRef.createNestApplication({ logger: false });
  }

  async function startUpError(jobs: readonly string[], providers: Provider[] = []): Promise<string> {
    const app = await startWorker(jobs, providers);
    try {
      await app.init();
      return 'started';
    } catch (error) {
      return (error as Error).message;
    } finally {
      await app.close().catch(() => undefined);
    }
  }

  it('PLT-06 the worker starts when every declared job has exactly one handler', async () => {
    const app = await startWorker(PLATFORM_JOBS);
    await app.init();
    await app.get(JobQueue).queue.obliterate({ force: true });
    await app.close();
  });

  it('PLT-06 a job declared without a handler stops the worker from starting, naming the job', async () => {
    expect(await startUpError([...PLATFORM_JOBS, 'reports.rebuild'])).toMatch(/The worker cannot start:[\s\S]*job "reports\.rebuild" has no @OnJob handler/);
  });

  it('PLT-06 a job with two handlers stops the worker from starting, naming the job and both handlers', async () => {
    expect(await startUpError(PLATFORM_JOBS, [SecondDeliverHandler])).toMatch(
      /job "event\.deliver" has 2 handlers: .*SecondDeliverHandler\.handle/,
    );
  });

  it('PLT-06 two event consumers with one name stop the worker from starting', async () => {
    expect(await startUpError(PLATFORM_JOBS, [ConsumerOne, ConsumerTwo])).toMatch(/consumer "test\.same-name" is declared twice/);
  });
});
