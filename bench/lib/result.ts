import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  ratio: number;
  target: number;
  higherIsBetter: boolean;
  pass: boolean;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  at: string;
  notes?: string;
  /** Further figures of the benchmark (per-round rates, CPU per request, machine load). */
  [figure: string]: unknown;
}

export const RESULTS_DIR = path.resolve(__dirname, '../results');

/** Scores a measurement against its baseline: ratio = value / baseline, compared with the target ratio. */
export function scored(
  name: string,
  unit: string,
  value: number,
  baseline: number,
  target: number,
  higherIsBetter: boolean,
  notes?: string,
): BenchResult {
  const ratio = baseline > 0 ? value / baseline : 0;
  return {
    name,
    unit,
    value: round(value),
    baseline: round(baseline),
    ratio: round(ratio, 3),
    target,
    higherIsBetter,
    pass: higherIsBetter ? ratio >= target : ratio <= target,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    at: new Date().toISOString(),
    ...(notes ? { notes } : {}),
  };
}

export function writeResult(result: BenchResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${result.name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A benchmark that cannot run yet (a dependency is not built): reported, and the run fails. */
export class BenchBlocked extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchBlocked';
  }
}
