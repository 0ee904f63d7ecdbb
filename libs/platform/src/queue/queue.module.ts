import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** Lets any process enqueue jobs. Processing lives in the worker's WorkerRuntimeModule only. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class QueueModule {}
