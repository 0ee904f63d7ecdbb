// Generates a migration from the difference between entities and a freshly migrated database,
// then lists it in the folder's index.ts:
//   pnpm migration:generate libs/<context>/src/infrastructure/migrations/<Name>
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@crm/platform';
import { prepareScratchDatabase, typeormCli } from './scratch';

function listInIndex(dir: string, before: Set<string>) {
  const indexFile = path.join(dir, 'index.ts');
  const created = readdirSync(dir).filter((f) => !before.has(f) && f !== 'index.ts');
  if (!existsSync(indexFile) || created.length !== 1) return;
  const file = created[0].replace(/\.ts$/, '');
  const [timestamp, name] = file.split('-');
  const className = `${name}${timestamp}`;
  let index = readFileSync(indexFile, 'utf8');
  const imports = index.match(/^import .*$/gm) ?? [];
  const last = imports[imports.length - 1];
  const line = `import { ${className} } from './${file}';`;
  index = last ? index.replace(last, `${last}\n${line}`) : `${line}\n${index}`;
  index = index.replace(/= \[([^\]]*)\]/, (_m, list: string) => `= [${[list.trim().replace(/,$/, ''), className].filter(Boolean).join(', ')}]`);
  writeFileSync(indexFile, index);
  console.log(`Listed ${className} in ${indexFile}`);
}

async function main() {
  const target = process.argv[2];
  if (!target) throw new Error('Usage: pnpm migration:generate <path/to/migrations/Name>');
  const dir = path.dirname(path.resolve(target));
  const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
  const env = await prepareScratchDatabase(loadConfig(), 'crm_migration_generate');
  const result = spawnSync(process.execPath, [...typeormCli(), 'migration:generate', '--pretty', target], { stdio: 'inherit', env });
  if (result.status === 0) listInIndex(dir, before);
  process.exit(result.status ?? 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
