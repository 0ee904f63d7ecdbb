// `pnpm bench [name...]`: runs the benchmarks against the real services on seeded data and writes
// bench/results/<name>.json ({ name, unit, value, baseline, ratio, target, higherIsBetter, pass, machine, at }).
import { customerImport } from './benchmarks/customer-import';
import { customerList } from './benchmarks/customer-list';
import { dataQuality } from './benchmarks/data-quality';
import { dedup } from './benchmarks/dedup';
import { graphqlConnection } from './benchmarks/graphql-connection';
import { nameSearchWrite } from './benchmarks/name-search-write';
import { BenchBlocked, BenchResult, writeResult } from './lib/result';

const BENCHMARKS: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  'graphql-connection': graphqlConnection,
  dedup,
  'customer-list': customerList,
  'customer-import': customerImport,
  'data-quality': dataQuality,
  'name-search-write': nameSearchWrite,
};

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const unknown = asked.filter((name) => !BENCHMARKS[name]);
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`);
    return 2;
  }
  let failed = 0;
  for (const name of asked.length > 0 ? asked : Object.keys(BENCHMARKS)) {
    try {
      const outcome = await BENCHMARKS[name]();
      for (const result of Array.isArray(outcome) ? outcome : [outcome]) {
        const file = writeResult(result);
        const verdict = result.pass ? 'PASS' : 'FAIL';
        console.log(`${verdict} ${result.name}: ${result.value} ${result.unit} vs baseline ${result.baseline} (ratio ${result.ratio}, target ${result.target}) -> ${file}`);
        if (!result.pass) failed++;
      }
    } catch (error) {
      failed++;
      if (error instanceof BenchBlocked) console.error(`BLOCKED ${name}: ${error.message}`);
      else console.error(`ERROR ${name}:`, error);
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
