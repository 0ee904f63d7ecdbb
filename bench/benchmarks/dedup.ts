import { Converter } from 'opencc-js';
import { ALL_DATABASE_PARTS, migrate } from '@crm/composition';
import { DuplicateFinder } from '@crm/customers';
import { createDataSource, dropDatabase, Principal, systemPrincipal, TenantDb, TenantEntity, withDatabase } from '@crm/platform';
import { benchConfig } from '../lib/bench-db';
import { Base, BRAND, CITIES, CN_SUFFIX, generateBase, insertBase, LATIN_KIND, LATIN_SUFFIX, LATIN_WORDS, pick, random, resetRandom } from '../lib/customer-data';
import { BenchResult, scored } from '../lib/result';

/** `pnpm bench dedup -- --size=100000` for a quick local run; the figure is 1,000,000. */
const SIZE = Number(/^--size=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--size=')) ?? '')?.[1] ?? 1_000_000);
const PROBES_PER_KIND = 100;
const DATABASE = 'crm_bench_dedup';
const toTraditional = Converter({ from: 'cn', to: 'tw' });

interface Probe {
  kind: string;
  sourceId: string | null;
  input: { kind: 'company' | 'individual'; name: string; emails: string[]; phones: string[] };
}

const reformat = (phone: string) => `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;

function typo(name: string): string {
  const chars = Array.from(name);
  const at = 1 + Math.floor(random() * Math.min(chars.length - 2, 6));
  chars[at] = /[a-z]/i.test(chars[at]) ? String.fromCharCode(97 + Math.floor(random() * 26)) : pick(BRAND);
  return chars.join('');
}

function swapSuffix(name: string): string {
  for (const suffix of CN_SUFFIX) if (name.endsWith(suffix)) return name.slice(0, -suffix.length) + pick(CN_SUFFIX.filter((s) => s !== suffix));
  for (const suffix of LATIN_SUFFIX) if (name.endsWith(suffix)) return name.slice(0, -suffix.length) + pick(LATIN_SUFFIX.filter((s) => s !== suffix));
  return name;
}

/** Messy duplicates of sampled base records, one kind of mess each, and fresh records that duplicate nothing. */
function probes(base: Base[]): Probe[] {
  const companies = base.filter((b) => b.kind === 'company');
  const chineseCompanies = companies.filter((b) => /[\u4e00-\u9fff]/.test(b.name));
  const latinCompanies = companies.filter((b) => !/[\u4e00-\u9fff]/.test(b.name));
  const people = base.filter((b) => b.kind === 'individual');
  const latinPeople = people.filter((b) => b.latinParts);
  const chinesePeople = people.filter((b) => !b.latinParts);
  const out: Probe[] = [];
  const add = (kind: string, source: Base, name: string, extra: Partial<Probe['input']> = {}) =>
    out.push({ kind, sourceId: source.id, input: { kind: source.kind, name, emails: [], phones: [], ...extra } });
  for (let i = 0; i < PROBES_PER_KIND; i++) {
    const cc = pick(chineseCompanies);
    add('traditional-chinese', cc, toTraditional(cc.name));
    const sc = pick(companies);
    add('company-suffix', sc, swapSuffix(sc.name));
    const tc = pick(latinCompanies);
    add('typo', tc, typo(tc.name));
    const pc = pick(companies);
    add('reformatted-phone', pc, `${pick(LATIN_WORDS)} ${pick(LATIN_KIND)} Holdings`, { phones: [reformat(pc.phone)] });
    const lp = pick(latinPeople);
    add('swapped-name', lp, `${lp.latinParts![1]} ${lp.latinParts![0]}`, { phones: [reformat(lp.phone)] });
    const cp = pick(chinesePeople);
    add('traditional-person', cp, toTraditional(cp.name), { phones: [cp.phone] });
    const ep = pick(people);
    add('email-case', ep, ep.name, { emails: [ep.email!.toUpperCase()] });
    out.push({
      kind: 'not-a-duplicate',
      sourceId: null,
      input: { kind: 'company', name: `${pick(CITIES)}新${pick(BRAND)}${pick(BRAND)}${pick(BRAND)}研究院有限公司`, emails: [], phones: [`137${String(i).padStart(8, '0')}`] },
    });
  }
  return out;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function dedup(): Promise<BenchResult[]> {
  const base0 = benchConfig();
  const config = Object.assign(base0, {
    DATABASE_URL: withDatabase(base0.DATABASE_URL, DATABASE),
    DATABASE_ADMIN_URL: withDatabase(base0.DATABASE_ADMIN_URL, DATABASE),
  });
  await dropDatabase(config.DATABASE_ADMIN_URL);
  await migrate(config);
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  const app = await createDataSource(config, ALL_DATABASE_PARTS, 'app').initialize();
  try {
    const tenant = await admin.getRepository(TenantEntity).save({ slug: 'dedup', name: 'Dedup benchmark' });
    const seededAt = Date.now();
    resetRandom();
    const base = generateBase(SIZE);
    await insertBase(admin, tenant.id, base);
    for (const noise of ['noise-a', 'noise-b']) {
      const other = await admin.getRepository(TenantEntity).save({ slug: noise, name: noise });
      await insertBase(admin, other.id, generateBase(Math.max(1000, Math.floor(SIZE / 10))));
    }
    await admin.query('ANALYZE customers.account; ANALYZE customers.contact_point');
    const seedSeconds = (Date.now() - seededAt) / 1000;

    const principal: Principal = systemPrincipal(tenant.id, { channel: 'web' });
    const db = new TenantDb(app);
    const finder = new DuplicateFinder();
    const set = probes(base);

    // warm up both paths
    for (const probe of set.slice(0, 20)) await db.asTenant(principal, (em) => finder.findAccounts(em, principal, probe.input));

    const dedupTimes: number[] = [];
    const pkTimes: number[] = [];
    const perKind: Record<string, { probes: number; found: number; flagged: number; topCorrect: number }> = {};
    for (const probe of set) {
      const pkId = pick(base).id;
      let start = process.hrtime.bigint();
      await db.asTenant(principal, (em) => em.query('SELECT * FROM customers.account WHERE id = $1', [pkId]));
      pkTimes.push(ms(start));
      start = process.hrtime.bigint();
      const candidates = await db.asTenant(principal, (em) => finder.findAccounts(em, principal, probe.input));
      dedupTimes.push(ms(start));
      const stats = (perKind[probe.kind] ??= { probes: 0, found: 0, flagged: 0, topCorrect: 0 });
      stats.probes++;
      if (candidates.length > 0) stats.flagged++;
      if (probe.sourceId && candidates.some((c) => c.accountId === probe.sourceId)) stats.found++;
      if (probe.sourceId && candidates[0]?.accountId === probe.sourceId) stats.topCorrect++;
    }

    const duplicates = Object.entries(perKind).filter(([kind]) => kind !== 'not-a-duplicate');
    const found = duplicates.reduce((n, [, s]) => n + s.found, 0);
    const total = duplicates.reduce((n, [, s]) => n + s.probes, 0);
    const flagged = Object.values(perKind).reduce((n, s) => n + s.flagged, 0);
    const topCorrect = duplicates.reduce((n, [, s]) => n + s.topCorrect, 0);
    const recall = found / total;
    const precision = flagged ? topCorrect / flagged : 1;
    const details = {
      size: SIZE,
      seedSeconds,
      probes: set.length,
      perKind,
      definitions:
        'recall: share of messy duplicates whose source is among the candidates; precision: share of flagged probes (duplicates and fresh records alike) whose top candidate is the true source',
    };
    const notes = `${SIZE.toLocaleString('en')} accounts (60% companies, 40% people, Chinese and Latin names) in one tenant plus two noise tenants; ${PROBES_PER_KIND} probes per kind of mess; DuplicateFinder through TenantDb (RLS) as the API runs it`;
    const latency = scored('dedup-check-latency', 'ms p95', p95(dedupTimes), p95(pkTimes), 10, false, `${notes}; baseline: primary-key lookup in the same kind of tenant transaction`);
    Object.assign(latency, { dedupP50Ms: [...dedupTimes].sort((a, b) => a - b)[Math.floor(dedupTimes.length / 2)], pkP50Ms: [...pkTimes].sort((a, b) => a - b)[Math.floor(pkTimes.length / 2)], ...details });
    const recallResult = Object.assign(scored('dedup-recall', 'share of duplicates found', recall, 1, 0.95, true, notes), details);
    const precisionResult = Object.assign(scored('dedup-precision', 'share of flags that are right', precision, 1, 0.9, true, notes), details);
    return [latency, recallResult, precisionResult];
  } finally {
    await app.destroy();
    await admin.destroy();
  }
}
