#!/usr/bin/env node
// A third-party integration against the CRM's GraphQL API, end to end:
//   1. sign in as an administrator and create a read-only API key (shown once),
//   2. page through the users connection with that key, 2 at a time, following cursors,
//   3. show how an error reads (a read-only key trying to change something),
//   4. revoke the key.
// Usage (against `bash scripts/start.sh`):  node examples/integrator.mjs
// Environment: CRM_URL (default http://localhost:3000), CRM_TENANT, CRM_EMAIL, CRM_PASSWORD.

const url = `${process.env.CRM_URL ?? 'http://localhost:3000'}/graphql`;
const tenant = process.env.CRM_TENANT ?? 'demo';
const email = process.env.CRM_EMAIL ?? 'admin@demo.local';
const password = process.env.CRM_PASSWORD ?? 'demo-admin-2026';

async function graphql(query, variables, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 429) {
    const wait = Number(response.headers.get('retry-after') ?? '1');
    console.log(`rate limited: waiting ${wait}s as Retry-After asks`);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    return graphql(query, variables, headers);
  }
  return response.json();
}

function check(result) {
  if (result.errors) {
    const [error] = result.errors;
    throw new Error(`${error.extensions?.code}: ${error.message}${error.extensions?.field ? ` (field ${error.extensions.field})` : ''}`);
  }
  return result.data;
}

const { signIn } = check(
  await graphql('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { tenant, email, password } }),
);
const admin = { authorization: `Bearer ${signIn.accessToken}` };

const { createApiKey } = check(
  await graphql(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix scopes } } }',
    { i: { name: `example ${new Date().toISOString()}`, scopes: ['*:read'] } },
    admin,
  ),
);
console.log(`created read-only key ${createApiKey.apiKey.prefix}… with scopes ${createApiKey.apiKey.scopes.join(', ')}`);
const key = { 'x-api-key': createApiKey.secret };

let after = null;
let page = 0;
do {
  const { users } = check(
    await graphql(
      'query($after: String) { users(first: 2, after: $after, orderBy: { field: EMAIL, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { email displayName } } } }',
      { after },
      key,
    ),
  );
  page += 1;
  console.log(`page ${page} of ${Math.ceil(users.totalCount / 2)}: ${users.edges.map((e) => e.node.email).join(', ')}`);
  after = users.pageInfo.hasNextPage ? users.pageInfo.endCursor : null;
} while (after);

const refused = await graphql(
  'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
  { i: { name: 'not allowed', scopes: ['*:read'] } },
  key,
);
console.log(`a read-only key cannot write: extensions.code = ${refused.errors?.[0]?.extensions?.code}`);

check(await graphql('mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { revokedAt } } }', { i: { id: createApiKey.apiKey.id } }, admin));
const afterRevoke = await graphql('{ me { email } }', {}, key);
console.log(`after revoking, the key is refused: extensions.code = ${afterRevoke.errors?.[0]?.extensions?.code}`);
