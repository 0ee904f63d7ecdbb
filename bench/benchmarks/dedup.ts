import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { Converter } from 'opencc-js';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, migrate } from '@crm/composition';
import { accountNameKeys, DuplicateFinder, normalizeEmail, normalizePhone, personNameKeys } from '@crm/customers';
import { createDataSource, dropDatabase, Principal, systemPrincipal, TenantDb, TenantEntity, withDatabase } from '@crm/platform';
import { benchConfig } from '../lib/bench-db';
import {
  Base,
  BRAND,
  CITIES,
  CN_SUFFIX,
  FIRST,
  generateBase,
  GIVEN,
  insertBase,
  LAST,
  LATIN_KIND,
  LATIN_SUFFIX,
  LATIN_WORDS,
  pick,
  random,
  resetRandom,
  SURNAMES,
} from '../lib/customer-data';
import { BenchResult, scored } from '../lib/result';

/**
 * `pnpm bench dedup -- --size=100000` for a quick local run; the figure is 1,000,000.
 * `--size` accounts and as many contacts (people at the companies) in the benchmark tenant.
 */
const SIZE = Number(/^--size=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--size=')) ?? '')?.[1] ?? 1_000_000);
/** `--reuse`: probe the database an earlier run seeded (same size) instead of seeding again. */
const REUSE = process.argv.includes('--reuse');
const PROBES_PER_KIND = 100;
/** Each size its own database, so a quick run does not drop the big one. */
const DATABASE = SIZE === 1_000_000 ? 'crm_bench_dedup' : `crm_bench_dedup_${SIZE}`;
const toTraditional = Converter({ from: 'cn', to: 'tw' });

interface Probe {
  kind: string;
  sourceId: string | null;
  input: { kind: 'company' | 'individual'; name: string; emails: string[]; phones: string[] };
}

interface ContactProbe {
  kind: string;
  sourceId: string | null;
  input: { name: string; emails: string[]; phones: string[]; accountId?: string };
}

/** A person working at one of the generated companies (customers.contact). */
interface ContactBase {
  id: string;
  accountId: string;
  name: string;
  phone: string;
  email: string;
  latinParts?: [string, string];
}

/** Names no generated record carries, for people who duplicate nobody. */
const FRESH_FIRST = ['Olivia', 'Liam', 'Sophia', 'Noah', 'Isabella', 'Mateo', 'Amelia', 'Elijah', 'Harper', 'Oliver'];
const FRESH_LAST = ['Okafor', 'Fitzgerald', 'Lindqvist', 'Papadopoulos', 'Kowalczyk', 'Abernathy', 'Castellanos', 'Dubois', 'Haraldsen', 'Yamamoto'];

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

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

let contactPhoneSeq = 0;
/** People at the companies: the same name mix as individual customers (60% Chinese), a mobile (138...) and a work e-mail each. */
function generateContacts(size: number, companies: Base[]): ContactBase[] {
  const rows: ContactBase[] = [];
  for (let i = 0; i < size; i++) {
    const n = contactPhoneSeq++;
    const company = pick(companies);
    const chinese = random() < 0.6;
    const latinParts: [string, string] | undefined = chinese ? undefined : [pick(FIRST), pick(LAST)];
    rows.push({
      id: randomUUID(),
      accountId: company.id,
      name: latinParts ? latinParts.join(' ') : `${pick(SURNAMES)}${pick(GIVEN)}${random() < 0.5 ? pick(GIVEN) : ''}`,
      phone: `138${String(10_000_000 + n).padStart(8, '0')}`,
      email: `c${n}@corp${n % 89}.example.com`,
      latinParts,
    });
  }
  return rows;
}

async function insertContacts(admin: DataSource, tenantId: string, rows: ContactBase[]): Promise<void> {
  const batch = 5000;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const keys = slice.map((r) => accountNameKeys('individual', r.name));
    await admin.query(
      `INSERT INTO customers.contact (tenant_id, id, account_id, display_name, name_key, name_pinyin, version)
       SELECT $1, *, 1 FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[])`,
      [tenantId, slice.map((r) => r.id), slice.map((r) => r.accountId), slice.map((r) => r.name), keys.map((k) => k.nameKey), keys.map((k) => k.namePinyin)],
    );
    const points = slice.flatMap((r) => [
      { party: r.id, kind: 'mobile', value: r.phone, normalized: normalizePhone(r.phone)! },
      { party: r.id, kind: 'email', value: r.email, normalized: normalizeEmail(r.email) },
    ]);
    await admin.query(
      `INSERT INTO customers.contact_point (tenant_id, party_type, party_id, kind, value, normalized)
       SELECT $1, 'contact', * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[])`,
      [tenantId, points.map((p) => p.party), points.map((p) => p.kind), points.map((p) => p.value), points.map((p) => p.normalized)],
    );
  }
}

/**
 * Bulk load as a migration or restore would: the tables' secondary indexes (as the migrations define
 * them) are dropped before the rows go in and built again afterwards, which is far quicker than
 * growing a GiST trigram index row by row. Primary keys stay.
 */
async function withoutIndexes(admin: DataSource, tables: string[], load: () => Promise<void>): Promise<void> {
  const indexes: { indexname: string; indexdef: string }[] = await admin.query(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'customers' AND tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [tables],
  );
  for (const index of indexes) await admin.query(`DROP INDEX customers."${index.indexname}"`);
  await load();
  const startedAt = Date.now();
  for (const index of indexes) await admin.query(`SET maintenance_work_mem = '512MB'; ${index.indexdef}`);
  console.log(`rebuilt ${indexes.length} indexes in ${(Date.now() - startedAt) / 1000} s`);
}

/** Messy duplicates of sampled accounts, one kind of mess each, and fresh records that duplicate nothing. */
function accountProbes(base: Base[]): Probe[] {
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

/**
 * Messy duplicates of sampled contacts as a user adds a person again: at the same customer with the
 * name in Traditional characters, in pinyin, or with a slip of the keyboard (no contact points; the
 * names are shared by hundreds of people elsewhere), or anywhere with a reformatted phone or an
 * e-mail in other case; and new people who duplicate nobody.
 */
function contactProbes(contacts: ContactBase[]): ContactProbe[] {
  const chinese = contacts.filter((c) => !c.latinParts);
  const latin = contacts.filter((c) => c.latinParts);
  // a one-letter slip leaves a name recognisable only when it is long enough (the scorer's trigram threshold)
  const longLatin = latin.filter((c) => c.name.length >= 10);
  const out: ContactProbe[] = [];
  const add = (kind: string, source: ContactBase, name: string, extra: Partial<ContactProbe['input']> = {}) =>
    out.push({ kind, sourceId: source.id, input: { name, emails: [], phones: [], ...extra } });
  for (let i = 0; i < PROBES_PER_KIND; i++) {
    const tp = pick(chinese);
    add('traditional-at-account', tp, toTraditional(tp.name), { accountId: tp.accountId });
    const pp = pick(chinese);
    add('pinyin-at-account', pp, personNameKeys(pp.name).sortedParts.split(' ').map(capitalise).join(' '), { accountId: pp.accountId });
    const yp = pick(longLatin);
    add('typo-at-account', yp, typo(yp.name), { accountId: yp.accountId });
    const sp = pick(latin);
    add('swapped-name', sp, `${sp.latinParts![1]} ${sp.latinParts![0]}`, { phones: [reformat(sp.phone)] });
    const ep = pick(contacts);
    add('email-case', ep, ep.name, { emails: [ep.email.toUpperCase()] });
    out.push({
      kind: 'not-a-duplicate',
      sourceId: null,
      input: { name: `${pick(FRESH_FIRST)} ${pick(FRESH_LAST)}`, emails: [`new.person${i}@fresh.example.org`], phones: [`136${String(i).padStart(8, '0')}`] },
    });
  }
  return out;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

type KindStats = Record<string, { probes: number; found: number; flagged: number; topCorrect: number; p95Ms?: number; times?: number[] }>;

interface Measured {
  dedupTimes: number[];
  pkTimes: number[];
  perKind: KindStats;
}

/** Runs each probe as the API does (one tenant transaction), each after a primary-key lookup of the same table, interleaved so both see the same load. */
async function measure<P extends { kind: string; sourceId: string | null }>(
  probes: P[],
  pkLookup: () => Promise<unknown>,
  check: (probe: P) => Promise<string[]>,
): Promise<Measured> {
  for (const probe of probes.slice(0, 20)) {
    await pkLookup();
    await check(probe);
  }
  const out: Measured = { dedupTimes: [], pkTimes: [], perKind: {} };
  for (const probe of probes) {
    let start = process.hrtime.bigint();
    await pkLookup();
    out.pkTimes.push(ms(start));
    start = process.hrtime.bigint();
    const ids = await check(probe);
    out.dedupTimes.push(ms(start));
    const stats = (out.perKind[probe.kind] ??= { probes: 0, found: 0, flagged: 0, topCorrect: 0, times: [] });
    stats.probes++;
    stats.times!.push(out.dedupTimes[out.dedupTimes.length - 1]);
    if (ids.length > 0) stats.flagged++;
    if (probe.sourceId && ids.includes(probe.sourceId)) stats.found++;
    if (probe.sourceId && ids[0] === probe.sourceId) stats.topCorrect++;
  }
  for (const stats of Object.values(out.perKind)) {
    stats.p95Ms = Math.round(p95(stats.times!) * 10) / 10;
    delete stats.times;
  }
  return out;
}

function results(prefix: string, measured: Measured, notes: string, details: Record<string, unknown>): BenchResult[] {
  const { dedupTimes, pkTimes, perKind } = measured;
  const duplicates = Object.entries(perKind).filter(([kind]) => kind !== 'not-a-duplicate');
  const found = duplicates.reduce((n, [, s]) => n + s.found, 0);
  const total = duplicates.reduce((n, [, s]) => n + s.probes, 0);
  const flagged = Object.values(perKind).reduce((n, s) => n + s.flagged, 0);
  const topCorrect = duplicates.reduce((n, [, s]) => n + s.topCorrect, 0);
  const recall = found / total;
  const precision = flagged ? topCorrect / flagged : 1;
  const all = {
    ...details,
    probes: dedupTimes.length,
    perKind,
    definitions:
      'recall: share of messy duplicates whose source is among the candidates; precision: share of flagged probes (duplicates and fresh records alike) whose top candidate is the true source',
  };
  const latency = scored(`${prefix}-check-latency`, 'ms p95', p95(dedupTimes), p95(pkTimes), 10, false, `${notes}; baseline: primary-key lookup of the same table in the same kind of tenant transaction, interleaved with the checks`);
  Object.assign(latency, { dedupP50Ms: p50(dedupTimes), pkP50Ms: p50(pkTimes), ...all });
  return [
    latency,
    Object.assign(scored(`${prefix}-recall`, 'share of duplicates found', recall, 1, 0.95, true, notes), all),
    Object.assign(scored(`${prefix}-precision`, 'share of flags that are right', precision, 1, 0.9, true, notes), all),
  ];
}

export async function dedup(): Promise<BenchResult[]> {
  const base0 = benchConfig();
  const config = Object.assign(base0, {
    DATABASE_URL: withDatabase(base0.DATABASE_URL, DATABASE),
    DATABASE_ADMIN_URL: withDatabase(base0.DATABASE_ADMIN_URL, DATABASE),
  });
  if (!REUSE) await dropDatabase(config.DATABASE_ADMIN_URL);
  await migrate(config);
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  const app = await createDataSource(config, ALL_DATABASE_PARTS, 'app').initialize();
  try {
    resetRandom();
    contactPhoneSeq = 0;
    const reused = REUSE ? await loadSeeded(admin) : null;
    if (reused) {
      // a migration since the seeding may have filled a table (the contacts' name keys) that no statistics know yet
      await admin.query('ANALYZE customers.contact_name_key');
      return await probeAll(app, reused.tenantId, reused.base, reused.contacts, null);
    }
    const tenant = await admin.getRepository(TenantEntity).save({ slug: 'dedup', name: 'Dedup benchmark' });
    const seededAt = Date.now();
    const base = generateBase(SIZE);
    const companies = base.filter((b) => b.kind === 'company');
    const contacts = generateContacts(SIZE, companies);
    console.log(`seeding ${SIZE.toLocaleString('en')} accounts and ${SIZE.toLocaleString('en')} contacts plus two noise tenants ...`);
    // the contacts' name-key table (ADR 0006) is filled once after the load, as the migration's backfill
    // does, instead of by its insert trigger for every batch
    await admin.query('ALTER TABLE customers.contact DISABLE TRIGGER contact_name_key_insert');
    try {
      await withoutIndexes(admin, ['account', 'contact', 'contact_point', 'contact_name_key'], async () => {
        await insertBase(admin, tenant.id, base);
        await insertContacts(admin, tenant.id, contacts);
        for (const noise of ['noise-a', 'noise-b']) {
          const other = await admin.getRepository(TenantEntity).save({ slug: noise, name: noise });
          const noiseSize = Math.max(1000, Math.floor(SIZE / 10));
          const noiseBase = generateBase(noiseSize);
          await insertBase(admin, other.id, noiseBase);
          await insertContacts(admin, other.id, generateContacts(noiseSize, noiseBase.filter((b) => b.kind === 'company')));
        }
        await admin.query(
          `INSERT INTO customers.contact_name_key (tenant_id, name_key, contacts)
           SELECT tenant_id, name_key, count(*) FROM customers.contact WHERE merged_into_id IS NULL GROUP BY tenant_id, name_key`,
        );
      });
    } finally {
      await admin.query('ALTER TABLE customers.contact ENABLE TRIGGER contact_name_key_insert');
    }
    await admin.query('ANALYZE customers.account; ANALYZE customers.contact; ANALYZE customers.contact_point; ANALYZE customers.contact_name_key');
    const seedSeconds = (Date.now() - seededAt) / 1000;
    console.log(`seeded in ${seedSeconds} s; probing ...`);
    return await probeAll(app, tenant.id, base, contacts, seedSeconds);
  } finally {
    await app.destroy();
    await admin.destroy();
  }
}

/** The records of an earlier run's benchmark tenant, in a stable order, when it has SIZE accounts and contacts. */
async function loadSeeded(admin: DataSource): Promise<{ tenantId: string; base: Base[]; contacts: ContactBase[] } | null> {
  const [tenant] = await admin.query(`SELECT id FROM platform.tenant WHERE slug = 'dedup'`);
  if (!tenant) return null;
  const point = (kind: string, party: string) =>
    `(SELECT cp.value FROM customers.contact_point cp WHERE cp.tenant_id = p.tenant_id AND cp.party_type = '${party}' AND cp.party_id = p.id AND cp.kind = '${kind}' LIMIT 1)`;
  const accounts: { id: string; kind: Base['kind']; name: string; phone: string; email: string | null }[] = await admin.query(
    `SELECT p.id, p.kind, p.name, ${point('mobile', 'account')} AS phone, ${point('email', 'account')} AS email FROM customers.account p WHERE p.tenant_id = $1 ORDER BY p.id`,
    [tenant.id],
  );
  const people: { id: string; account_id: string; name: string; phone: string; email: string }[] = await admin.query(
    `SELECT p.id, p.account_id, p.display_name AS name, ${point('mobile', 'contact')} AS phone, ${point('email', 'contact')} AS email FROM customers.contact p WHERE p.tenant_id = $1 ORDER BY p.id`,
    [tenant.id],
  );
  if (accounts.length !== SIZE || people.length !== SIZE) return null;
  const latinParts = (kind: string, name: string) => (kind !== 'company' && !/[\u4e00-\u9fff]/.test(name) ? (name.split(' ') as [string, string]) : undefined);
  console.log(`reusing the ${SIZE.toLocaleString('en')} accounts and contacts seeded by an earlier run`);
  return {
    tenantId: tenant.id,
    base: accounts.map((a) => ({ ...a, latinParts: latinParts(a.kind, a.name) })),
    contacts: people.map((c) => ({ id: c.id, accountId: c.account_id, name: c.name, phone: c.phone, email: c.email, latinParts: latinParts('individual', c.name) })),
  };
}

async function probeAll(app: DataSource, tenantId: string, base: Base[], contacts: ContactBase[], seedSeconds: number | null): Promise<BenchResult[]> {
  {
    const principal: Principal = systemPrincipal(tenantId, { channel: 'web' });
    const db = new TenantDb(app);
    const finder = new DuplicateFinder();
    const loadBefore = loadAverage();

    const accountRun = await measure(
      accountProbes(base),
      () => db.asTenant(principal, (em) => em.query('SELECT * FROM customers.account WHERE id = $1', [pick(base).id])),
      async (probe) => (await db.asTenant(principal, (em) => finder.findAccounts(em, principal, probe.input))).map((c) => c.accountId),
    );
    const contactRun = await measure(
      contactProbes(contacts),
      () => db.asTenant(principal, (em) => em.query('SELECT * FROM customers.contact WHERE id = $1', [pick(contacts).id])),
      async (probe) => (await db.asTenant(principal, (em) => finder.findContacts(em, principal, probe.input))).map((c) => c.contactId),
    );
    const loadAfter = loadAverage();

    const details = { size: SIZE, contacts: SIZE, seedSeconds: seedSeconds ?? 'reused an earlier run\'s data', loadAverageBefore: loadBefore, loadAverageAfter: loadAfter };
    const load = `load average (1, 5, 15 min) ${loadBefore.join(', ')} before probing and ${loadAfter.join(', ')} after, on ${os.cpus().length} cores shared with other work`;
    const seeded = `${SIZE.toLocaleString('en')} accounts (60% companies, 40% people, Chinese and Latin names) and ${SIZE.toLocaleString('en')} contacts (people at the companies) in one tenant plus two noise tenants of a tenth the size`;
    return [
      ...results('dedup', accountRun, `accounts (checkAccountDuplicates' finder path): ${seeded}; ${PROBES_PER_KIND} probes per kind of mess; DuplicateFinder through TenantDb (RLS) as the API runs it; ${load}`, details),
      ...results('dedup-contact', contactRun, `contacts (checkContactDuplicates' finder path): ${seeded}; ${PROBES_PER_KIND} probes per kind of mess; DuplicateFinder through TenantDb (RLS) as the API runs it; ${load}`, details),
    ];
  }
}
