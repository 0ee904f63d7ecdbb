import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, migrate } from '@crm/composition';
import { accountNameKeys, normalizeEmail, normalizePhone } from '@crm/customers';
import { AppConfig, createDataSource, TenantEntity } from '@crm/platform';
import { BENCH_TENANT, seedBenchDatabase } from './bench-db';

/**
 * Generated customers for the benchmarks: deterministic (runs compare), Chinese and Latin company and
 * person names, one mobile each, e-mails for people, written straight into the tables (the bench measures
 * reads and checks, not the seeding).
 */
// A deterministic generator, so runs compare: the C library's LCG (mod 2^31), multiplied with
// Math.imul so it stays exact (a plain float product loses the low bits past 2^53 and the sequence fell
// into a cycle of about 10,000 values, so a million "customers" were 1,602 companies and 850 names).
let seed = 42;
/** Starts the sequence again, so each benchmark sees the same data whatever ran before it. */
export function resetRandom(start = 42): void {
  seed = start;
  phoneSeq = 0;
}
export const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 2147483648);
export const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

export const CITIES = ['上海', '北京', '广州', '深圳', '杭州', '成都', '武汉', '南京', '苏州', '天津', '重庆', '西安', '长沙', '青岛', '厦门', '宁波', '无锡', '合肥', '郑州', '济南'];
export const BRAND = Array.from('宏达恒信天府远景华瑞鑫源盛世嘉禾金鼎银河博雅泰康永安新华东方明德启航星辰海纳百川云峰志远安泰宝丰昌隆富达广源鸿运锦程凯旋龙腾凤翔蓝天白云青山绿水红日彩虹长城黄河珠江春晖秋实冬阳夏华');
export const INDUSTRY = ['科技', '贸易', '物流', '电子', '机械', '化工', '食品', '服装', '建材', '医药', '能源', '环保', '软件', '网络', '传媒', '咨询', '餐饮', '汽车', '家居', '教育'];
export const CN_SUFFIX = ['有限公司', '股份有限公司', '有限责任公司'];
export const LATIN_WORDS = ['Acme', 'Globex', 'Initrode', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Cyberdyne', 'Tyrell', 'Wonka', 'Oscorp', 'Massive', 'Dynamic', 'Pioneer', 'Summit', 'Harbor', 'Northwind', 'Contoso', 'Fabrikam', 'Litware', 'Proseware', 'Adventure', 'Bluesky', 'Redwood', 'Silverline', 'Goldcrest', 'Ironbridge', 'Stonegate'];
export const LATIN_KIND = ['Industries', 'Systems', 'Trading', 'Logistics', 'Foods', 'Pharma', 'Motors', 'Labs', 'Networks', 'Partners', 'Textiles', 'Energy'];
export const LATIN_SUFFIX = ['Ltd', 'GmbH', 'Inc', 'LLC', 'Co., Ltd.'];
export const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
export const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩然欣怡子涵梓轩一诺思远嘉懿雨泽俊熙晨曦博文天佑若汐');
export const FIRST = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Anna', 'Lukas', 'Maria', 'David', 'Sarah', 'Tom', 'Emma', 'Felix', 'Chen', 'Hao'];
export const LAST = ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Muller', 'Schmidt', 'Smith', 'Brown', 'Garcia', 'Rossi', 'Tanaka', 'Kim', 'Nguyen', 'Silva'];

export interface Base {
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
export function generateBase(size: number): Base[] {
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

/** Half the customers are customers, the rest prospects, inactive or churned. */
const STAGES = ['customer', 'prospect', 'customer', 'inactive', 'customer', 'churned'];

export async function insertBase(admin: DataSource, tenantId: string, rows: Base[]): Promise<void> {
  const batch = 5000;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const keys = slice.map((r) => accountNameKeys(r.kind, r.name));
    await admin.query(
      `INSERT INTO customers.account (tenant_id, id, kind, name, name_key, name_pinyin, lifecycle_stage, version)
       SELECT $1, *, 1 FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        tenantId,
        slice.map((r) => r.id),
        slice.map((r) => r.kind),
        slice.map((r) => r.name),
        keys.map((k) => k.nameKey),
        keys.map((k) => k.namePinyin),
        slice.map((_r, j) => STAGES[(i + j) % STAGES.length]),
      ],
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


/**
 * The database the customer benchmarks share (list, import); the import removes what it adds.
 * `BENCH_CUSTOMERS_DATABASE` names another, so two runs on one machine need not share one.
 */
export const CUSTOMERS_BENCH_DATABASE = process.env.BENCH_CUSTOMERS_DATABASE || 'crm_bench_customers';

/**
 * The benchmark tenant (`seedBenchDatabase`: tenant, administrator who signs in) with `size` generated
 * customers, plus two noise tenants of a tenth the size each. A database left by an earlier run with the
 * same size is reused (migrated to the current schema) unless `--reseed` is given.
 */
export async function seedCustomers(config: AppConfig, size: number): Promise<void> {
  if (await alreadySeeded(config, size)) {
    console.log(`reusing the ${size.toLocaleString('en')} customers seeded by an earlier run (--reseed to start again)`);
    return;
  }
  console.log(`seeding ${size.toLocaleString('en')} customers plus two noise tenants ...`);
  const data = await seedBenchDatabase(config, 10);
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  try {
    resetRandom();
    await insertBase(admin, data.tenantId, generateBase(size));
    for (const noise of ['noise-a', 'noise-b']) {
      const other = await admin.getRepository(TenantEntity).save({ slug: noise, name: noise });
      await insertBase(admin, other.id, generateBase(Math.max(1000, Math.floor(size / 10))));
    }
    await admin.query('ANALYZE customers.account; ANALYZE customers.contact_point');
  } finally {
    await admin.destroy();
  }
}

/** The database of an earlier run with the same size and the current migrations, unless --reseed. */
async function alreadySeeded(config: AppConfig, size: number): Promise<boolean> {
  if (process.argv.includes('--reseed')) return false;
  const client = new Client({ connectionString: config.DATABASE_ADMIN_URL });
  try {
    await client.connect();
  } catch {
    return false;
  }
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM customers.account a JOIN platform.tenant t ON t.id = a.tenant_id WHERE t.slug = $1`,
      [BENCH_TENANT.slug],
    );
    if (Number(rows[0]?.n) !== size) return false;
    await migrate(config);
    return true;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

