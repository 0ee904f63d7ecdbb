/**
 * Reading the API's errors (see docs/contract/foundation.graphql): every GraphQL error carries
 * `extensions.code`; input errors add `extensions.field` (a dotted path such as "input.email") and,
 * when several fields are wrong, `extensions.problems: [{ field, message }]`.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ServerError {
  code: string;
  message: string;
  field?: string;
  problems: FieldProblem[];
  retryAfterSeconds?: number;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p) => (isRecord(p) && typeof p.field === 'string' ? [{ field: p.field, message: String(p.message ?? '') }] : []));
}

function toServerError(error: GraphQLErrorLike): ServerError {
  const ext = error.extensions ?? {};
  return {
    code: typeof ext.code === 'string' ? ext.code : 'INTERNAL',
    message: typeof error.message === 'string' ? error.message : '',
    field: typeof ext.field === 'string' ? ext.field : undefined,
    problems: asProblems(ext.problems),
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
  };
}

/** The GraphQL errors inside whatever Apollo threw (an ApolloError or a plain list of errors). */
export function serverErrors(error: unknown): ServerError[] {
  if (!isRecord(error)) return [];
  // A request the server refuses before resolving (e.g. a bad scalar, HTTP 400) still carries GraphQL errors.
  const network = isRecord(error.networkError) && isRecord(error.networkError.result) ? error.networkError.result.errors : undefined;
  const list = [error.graphQLErrors, error.errors, network].find((l) => Array.isArray(l) && l.length > 0) ?? [];
  return (list as unknown[]).filter(isRecord).map((e) => toServerError(e as GraphQLErrorLike));
}

/** The first error's code; NETWORK_ERROR when the server could not be reached or answered without GraphQL errors. */
export function errorCode(error: unknown): string | undefined {
  if (!error) return undefined;
  return serverErrors(error)[0]?.code ?? 'NETWORK_ERROR';
}

/** "input.unitId" → "unitId": form fields are named after the input's own fields. */
export function formFieldName(path: string, prefix = 'input.'): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * The server's field errors keyed by form field name. Errors naming a field outside `knownFields`
 * (when given) are left out, so the caller shows them as a general message instead.
 */
export function fieldErrors(error: unknown, knownFields?: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: string, message: string) => {
    const name = formFieldName(path);
    // A nested path ("contactPoints.0.value") belongs to the form when its top-level field does.
    if (knownFields && !knownFields.includes(name) && !knownFields.includes(name.split('.')[0] ?? '')) return;
    (out[name] ??= []).push(message);
  };
  for (const e of serverErrors(error)) {
    if (e.problems.length > 0) e.problems.forEach((p) => add(p.field, p.message));
    else if (e.field) add(e.field, e.message);
  }
  return out;
}

/** "contactPoints.0.value" → ["contactPoints", 0, "value"]: the name path of a field inside a Form.List. */
export function formNamePath(name: string): string | (string | number)[] {
  const parts = name.split('.');
  if (parts.length === 1) return name;
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The same errors in the shape antd's `form.setFields` takes (nested paths as name arrays). */
export function toFormFields(errors: Record<string, string[]>): { name: string | (string | number)[]; errors: string[] }[] {
  return Object.entries(errors).map(([name, messages]) => ({ name: formNamePath(name), errors: messages }));
}

/** One extension of the first error that carries it (e.g. `candidates` of DUPLICATE_SUSPECTED). */
export function errorExtension(error: unknown, key: string): unknown {
  if (!isRecord(error)) return undefined;
  const network = isRecord(error.networkError) && isRecord(error.networkError.result) ? error.networkError.result.errors : undefined;
  const list = [error.graphQLErrors, error.errors, network].find((l) => Array.isArray(l) && l.length > 0) ?? [];
  for (const e of list as unknown[]) {
    if (isRecord(e) && isRecord(e.extensions) && key in e.extensions) return e.extensions[key];
  }
  return undefined;
}
