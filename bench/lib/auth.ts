import { BENCH_TENANT, BENCH_USER } from './bench-db';
import { BenchBlocked } from './result';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

/**
 * The benchmark's only way in: the public `signIn` mutation (docs/contract/foundation.graphql), as an
 * integrator would. No bench-only shortcut: when sign-in is not there, the benchmark is blocked.
 */
export async function benchAuthHeaders(apiUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { tenant: BENCH_TENANT.slug, ...BENCH_USER } } }),
  });
  const body = (await response.json()) as { data?: { signIn?: { accessToken?: string } }; errors?: { message: string }[] };
  const token = body.data?.signIn?.accessToken;
  if (token) return { authorization: `Bearer ${token}` };
  const reason = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
  if (/Cannot query field "signIn"|Unknown type "SignInInput"/.test(reason)) {
    throw new BenchBlocked(`the signIn mutation is not available yet (authentication not merged): ${reason}`);
  }
  throw new Error(`signIn failed: ${reason}`);
}
