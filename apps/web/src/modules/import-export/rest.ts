import { refreshSession } from '../../app/auth/apollo-client';
import { tokenStore } from '../../app/auth/token-store';

/** A refused REST call, read from the API's error body (`{ code, field, problems, message }`). */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(message);
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const token = tokenStore.accessToken();
  return fetch(path, { ...init, headers: { ...(init.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
}

/** fetch with the session's access token; after an expired token, refreshes the session and tries once more. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response = await send(path, init);
  if (response.status === 401 && (await response.clone().json().catch(() => ({})) as { code?: string }).code === 'TOKEN_EXPIRED' && (await refreshSession())) {
    response = await send(path, init);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string; field?: string | null };
    throw new RestError(response.status, body.code ?? (response.status >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT'), body.message ?? response.statusText, body.field ?? null);
  }
  return response;
}

/** Posts a file (and form fields) as multipart/form-data; resolves with the JSON answer. */
export async function postFile<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', file, file.name);
  const response = await authorizedFetch(path, { method: 'POST', body: form });
  return (await response.json()) as T;
}

/** The file name a download's content-disposition gives (its UTF-8 form when present). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1]) return decodeURIComponent(utf8[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** Downloads an authenticated GET as a file the browser saves. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await authorizedFetch(path);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
