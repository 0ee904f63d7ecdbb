import { DiscoveryService, MetadataScanner } from '@nestjs/core';

export interface DiscoveredMethod<M> {
  meta: M;
  /** `ClassName.method`, for error messages and logs. */
  label: string;
  call: (...args: unknown[]) => Promise<unknown>;
}

/** Every provider method carrying `key` metadata, bound to its (singleton) instance. */
export function discoverMethods<M>(discovery: DiscoveryService, scanner: MetadataScanner, key: symbol): DiscoveredMethod<M>[] {
  const found: DiscoveredMethod<M>[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const fn = prototype[method];
      if (typeof fn !== 'function') continue;
      const meta = Reflect.getMetadata(key, fn) as M | undefined;
      if (meta === undefined) continue;
      found.push({
        meta,
        label: `${instance.constructor.name}.${method}`,
        call: (...args: unknown[]) => Promise.resolve(fn.apply(instance, args)),
      });
    }
  }
  return found;
}

/** What is wrong with the job handlers found: each declared job needs exactly one, and none may be undeclared. */
export function jobHandlerProblems(declared: readonly string[], handlers: { job: string; label: string }[]): string[] {
  const problems: string[] = [];
  for (const job of new Set(declared)) {
    const mine = handlers.filter((h) => h.job === job);
    if (mine.length === 0) problems.push(`job "${job}" has no @OnJob handler`);
    if (mine.length > 1) problems.push(`job "${job}" has ${mine.length} handlers: ${mine.map((h) => h.label).join(', ')}`);
  }
  for (const h of handlers) {
    if (!declared.includes(h.job)) problems.push(`${h.label} handles job "${h.job}", which is not declared`);
  }
  return problems;
}

export class JobHandlerError extends Error {
  constructor(readonly problems: string[]) {
    super(`The worker cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'JobHandlerError';
  }
}
