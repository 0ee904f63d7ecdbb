import { randomUUID } from 'node:crypto';
import { Converter } from 'opencc-js';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, migrate } from '@crm/composition';
import { accountNameKeys, DuplicateFinder, normalizeEmail, normalizePhone } from '@crm/customers';
import { createDataSource, dropDatabase, Principal, systemPrincipal, TenantDb, TenantEntity, withDatabase } from '@crm/platform';
import { benchConfig } from '../lib/bench-db';
import { BenchResult, scored } from '../lib/result';

/** `pnpm bench dedup -- --size=100000` for a quick local run; the figure is 1,000,000. */
const SIZE = Number(/^--size=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--size=')) ?? '')?.[1] ?? 1_000_000);
const PROBES_PER_KIND = 100;
const DATABASE = 'crm_bench_dedup';
const toTraditional = Converter({ from: 'cn', to: 'tw' });

// A deterministic generator, so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const CITIES = ['上海', '北京', '广州', '深圳', '杭州', '成都', '武汉', '南京', '苏州', '天津', '重庆', '西安', '长沙', '青岛', '厦门', '宁波', '无锡', '合肥', '郑州', '济南'];
const BRAND = Array.from('宏达恒信天府远景华瑞鑫源盛世嘉禾金鼎银河博雅泰康永安新华东方明德启航星辰海纳百川云峰志远安泰宝丰昌隆富达广源鸿运锦程凯旋龙腾凤翔蓝天白云青山绿水红日彩虹长城黄河珠江春晖秋实冬阳夏华');
const INDUSTRY = ['科技', '贸易', '物流', '电子', '机械', '化工', '食品', '服装', '建材', '医药', '能源', '环保', '软件', '网络', '传媒', '咨询', '餐饮', '汽车', '家居', '教育'];
const CN_SUFFIX = ['有限公司', '股份有限公司', '有限责任公司'];
const LATIN_WORDS = ['Acme', 'Globex', 'Initrode', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Cyberdyne', 'Tyrell', 'Wonka', 'Oscorp', 'Massive', 'Dynamic', 'Pioneer', 'Summit', 'Harbor', 'Northwind', 'Contoso', 'Fabrikam', 'Litware', 'Proseware', 'Adventure', 'Bluesky', 'Redwood', 'Silverline', 'Goldcrest', 'Ironbridge', 'Stonegate'];
const LATIN_KIND = ['Industries', 'Systems', 'Trading', 'Logistics', 'Foods', 'Pharma', 'Motors', 'Labs', 'Networks', 'Partners', 'Textiles', 'Energy'];
const LATIN_SUFFIX = ['Ltd', 'GmbH', 'Inc', 'LLC', 'Co., Ltd.'];
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩然欣怡子涵梓轩一诺思远嘉懿雨泽俊熙晨曦博文天佑若汐');
const FIRST = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Anna', 'Lukas', 'Maria', 'David', 'Sarah', 'Tom', 'Emma', 'Felix', 'Chen', 'Hao'];
const LAST = ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Muller', 'Schmidt', 'Smith', 'Brown', 'Garcia', 'Rossi', 'Tanaka', 'Kim', 'Nguyen', 'Silva'];

interface Base {
  id: string;
  kind: 'company' | 'individual';
  name: string;
  phone: string;
  email: string | null;
  latinParts?: [string, string];
}

let phoneSeq = 0;
const nextPhone = () => `139${String(10_000_000 + phoneSeq++).padStart(8, '0')}`;

function companyName(): { name: string } {
  if (random() < 0.7) return { name: `${pick(CITIES)}${pick(BRAND)}${pick(BRAND)}${pick(INDUSTRY)}${pick(CN_SUFFIX)}` };
  return { name: `${pick(LATIN_WORDS)}${pick(LATIN_WORDS).toLowerCase()} ${pick(LATIN_KIND)} ${pick(LATIN_SUFFIX)}` };
}

function personName(): { name: string; latinParts?: [string, string] } {
  if (random() < 0.6) return { name: `${pick(SURNAMES)}${pick(GIVEN)}${random() < 0.5 ? pick(GIVEN) : ''}` };
  const parts: [string, string] = [pick(FIRST), pick(LAST)];
  return { name: parts.join(' '), latinParts: parts };
}

/** Base records: 60% companies, 40% people, unique comparison keys among companies, one phone each, e-mails for people. */
function generateBase(size: number): Base[] {
  const seen = new Set<string>();
  const rows: Base[] = [];
  while (rows.length < size) {
    const company = random() < 0.6;
    const named = company ? companyName() : personName();
    if (company) {
      const key = accountNameKeys('company', named.name).nameKey;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const phone = nextPhone();
    rows.push({
      id: randomUUID(),
      kind: company ? 'company' : 'individual',
      name: named.name,
      phone,
      email: company ? null : `p${phoneSeq}@mail${phoneSeq % 97}.example.cn`,
      latinParts: (named as { latinParts?: [string, string] }).latinParts,
    });
  }
  return rows;
}

async function insertBase(admin: DataSource, tenantId: string, rows: Base[]): Promise<void> {
  const batch = 5000;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const keys = slice.map((r) => accountNameKeys(r.kind, r.name));
    await admin.query(
      `INSERT INTO customers.account (tenant_id, id, kind, name, name_key, name_pinyin, lifecycle_stage, version)
       SELECT $1, * , 'customer', 1 FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [tenantId, slice.map((r) => r.id), slice.map((r) => r.kind), slice.map((r) => r.name), keys.map((k) => k.nameKey), keys.map((k) => k.namePinyin)],
    );
    const points = slice.flatMap((r) => [
      { party: r.id, kind: 'mobile', value: r.phone, normalized: normalizePhone(r.phone)! },
      ...(r.email ? [{ party: r.id, kind: 'email', value: r.email, normalized: normalizeEmail(r.email) }] : []),
    ]);
    await admin.query(
      `INSERT INTO customers.contact_point (tenant_id, party_type, party_id, kind, value, normalized)
       SELECT $1, 'account', * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[])`,
      [tenantId, points.map((p) => p.party), points.map((p) => p.kind), points.map((p) => p.value), points.map((p) => p.normalized)],
    );
  }
}

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
