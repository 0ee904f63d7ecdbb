import { withDatabase } from '@crm/platform';
import { ApiProcess } from '../lib/api-process';
import { benchAuthHeaders } from '../lib/auth';
import { benchConfig } from '../lib/bench-db';
import { CUSTOMERS_BENCH_DATABASE, seedCustomers } from '../lib/customer-data';
import { BenchResult, scored } from '../lib/result';

/** `pnpm bench customer-list -- --size=200000` for a quick local run; the figure is 1,000,000. */
const SIZE = Number(/^--size=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--size=')) ?? '')?.[1] ?? 1_000_000);
const DEEP = 100_000;
const WALK_PAGE = 100;
const PAGE = 50;
const SAMPLES = 100;
/** `-- --search-only`: the search figures alone (customer-list-search), without paging 100,000 rows. */
const SEARCH_ONLY = process.argv.includes('--search-only');
/**
 * Search fragments timed against the unfiltered first page (CUS-03, ADR 0020): two Chinese characters (doubled
 * form), a Latin fragment across a word boundary, pinyin (plain form, three or more characters). The one-character
 * search, a row filter by design, is timed and reported apart.
 */
const SEARCHES = ['宏达', 'meGlob', 'hongda'];
const ONE_CHARACTER = '宏';

const QUERY = `query List($first: Int, $after: String) {
  accounts(first: $first, after: $after, filter: { lifecycleStage: CUSTOMER }, orderBy: { field: NAME, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind lifecycleStage tags owner { id displayName } } }
  }
}`;

const SEARCH_QUERY = `query Search($first: Int, $search: String) {
  accounts(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind lifecycleStage tags owner { id displayName } } }
  }
}`;

interface Page {
  endCursor: string;
  hasNextPage: boolean;
  count: number;
}

async function page(url: string, headers: Record<string, string>, first: number, after?: string, search?: string): Promise<Page> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(search === undefined ? { query: QUERY, variables: { first, after } } : { query: SEARCH_QUERY, variables: { first, search: search || null } }),
  });
  const body = (await response.json()) as { data?: { accounts: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: unknown[] } }; errors?: unknown };
  if (!body.data) throw new Error(`the accounts query failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { ...body.data.accounts.pageInfo, count: body.data.accounts.edges.length };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * A filtered (lifecycle stage = customer), sorted (name) connection page deep in the list, reached by
 * paging through 100,000 rows via cursors, against the first page of the same list; both timed over
 * GraphQL (the API in its own process, as an administrator who sees every customer), alternating.
 */
export async function customerList(): Promise<BenchResult[]> {
  const base0 = benchConfig();
  const config = Object.assign(base0, {
    DATABASE_URL: withDatabase(base0.DATABASE_URL, CUSTOMERS_BENCH_DATABASE),
    DATABASE_ADMIN_URL: withDatabase(base0.DATABASE_ADMIN_URL, CUSTOMERS_BENCH_DATABASE),
  });
  const seededAt = Date.now();
  await seedCustomers(config, SIZE);
  const seedSeconds = (Date.now() - seededAt) / 1000;

  const api = await ApiProcess.start(config);
  try {
    const headers = await benchAuthHeaders(api.url);
    const search = await searchResult(api.url, headers);
    if (SEARCH_ONLY) return [search];
    console.log(`customer-list: paging through ${DEEP.toLocaleString('en')} rows by cursor ...`);
    let after: string | undefined;
    let walked = 0;
    while (walked < DEEP) {
      const next = await page(api.url, headers, WALK_PAGE, after);
      if (!next.hasNextPage) throw new Error(`the list ended after ${walked + next.count} rows; seed more (--size)`);
      walked += next.count;
      after = next.endCursor;
    }
    const deepCursor = after!;

    for (let i = 0; i < 10; i++) {
      await page(api.url, headers, PAGE);
      await page(api.url, headers, PAGE, deepCursor);
    }
    console.log(`customer-list: timing ${SAMPLES} first pages and ${SAMPLES} pages after row ${walked.toLocaleString('en')}, alternating ...`);
    const first: number[] = [];
    const deep: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      let start = process.hrtime.bigint();
      const a = await page(api.url, headers, PAGE);
      first.push(ms(start));
      start = process.hrtime.bigint();
      const b = await page(api.url, headers, PAGE, deepCursor);
      deep.push(ms(start));
      if (a.count !== PAGE || b.count !== PAGE) throw new Error('a page came back short');
    }
    const result = scored(
      'customer-list-deep-page',
      'ms p50',
      percentile(deep, 0.5),
      percentile(first, 0.5),
      1.5,
      false,
      `accounts(first: ${PAGE}, filter: lifecycleStage CUSTOMER, orderBy: NAME ASC) after ${walked.toLocaleString('en')} rows reached by cursor vs the first page; ` +
        `${SIZE.toLocaleString('en')} customers in the tenant plus two noise tenants; over GraphQL, API in its own process, signed in as an administrator who sees every customer; ${SAMPLES} samples each, alternating`,
    );
    return [
      Object.assign(result, {
        size: SIZE,
        seedSeconds,
        rowsBefore: walked,
        deepP95Ms: percentile(deep, 0.95),
        firstP95Ms: percentile(first, 0.95),
      }),
      Object.assign(search, { seedSeconds }),
    ];
  } finally {
    await api.stop();
  }
}

/**
 * The lists' one search box at SIZE customers (CUS-03, ADR 0020): p50 of a search page (name fragments; the
 * search also looks in contact points and addresses) against the unfiltered first page of the same order, both
 * over GraphQL as the administrator, alternating. The value is the slowest fragment's p50.
 */
async function searchResult(url: string, headers: Record<string, string>): Promise<BenchResult> {
  const fragments = [...SEARCHES, ONE_CHARACTER];
  for (let i = 0; i < 5; i++) for (const fragment of ['', ...fragments]) await page(url, headers, PAGE, undefined, fragment);
  console.log(`customer-list: timing ${SAMPLES} unfiltered first pages and ${SAMPLES} search pages for each of ${fragments.join(', ')}, alternating ...`);
  const times: Record<string, number[]> = Object.fromEntries(['', ...fragments].map((f) => [f, []]));
  const rows: Record<string, number> = {};
  for (let i = 0; i < SAMPLES; i++) {
    for (const fragment of ['', ...fragments]) {
      const start = process.hrtime.bigint();
      const result = await page(url, headers, PAGE, undefined, fragment);
      times[fragment].push(ms(start));
      rows[fragment] = result.count;
    }
  }
  const p50 = (fragment: string) => percentile(times[fragment], 0.5);
  const slowest = SEARCHES.reduce((a, b) => (p50(a) >= p50(b) ? a : b));
  const result = scored(
    'customer-list-search',
    'ms p50',
    p50(slowest),
    p50(''),
    1.5,
    false,
    `accounts(first: ${PAGE}, filter: { search }, orderBy: NAME ASC) for ${SEARCHES.join(', ')} (value: the slowest, ${slowest}) vs the unfiltered first page; ` +
      `one character (${ONE_CHARACTER}) reported apart; ${SIZE.toLocaleString('en')} customers in the tenant plus two noise tenants; over GraphQL, API in its own process, ` +
      `as an administrator who sees every customer; ${SAMPLES} samples each, alternating`,
  );
  return Object.assign(result, {
    size: SIZE,
    slowestFragment: slowest,
    fragments: Object.fromEntries(
      fragments.map((f) => [f, { p50Ms: Math.round(p50(f) * 10) / 10, p95Ms: Math.round(percentile(times[f], 0.95) * 10) / 10, rowsOnPage: rows[f] }]),
    ),
    unfilteredP95Ms: Math.round(percentile(times[''], 0.95) * 10) / 10,
  });
}
