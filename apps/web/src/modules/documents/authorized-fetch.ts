import { refreshSession } from '../../app/auth/apollo-client';
import { tokenStore } from '../../app/auth/token-store';

/** A REST call with the session's bearer token; on an expired token the session is refreshed and the call made once more. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const token = tokenStore.accessToken();
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(path, { ...init, headers });
  };
  const first = await send();
  if (first.status !== 401 || !(await refreshSession())) return first;
  return send();
}

/** The server's words for a refused REST call ({ code, message, field }), or the HTTP status. */
export async function restError(response: Response): Promise<{ code: string; message: string; field?: string }> {
  try {
    const body = (await response.json()) as { code?: string; message?: string; field?: string };
    return { code: body.code ?? `HTTP_${response.status}`, message: body.message ?? response.statusText, field: body.field };
  } catch {
    return { code: `HTTP_${response.status}`, message: response.statusText };
  }
}

/** Downloads an authenticated file and hands it to the browser under its own name. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const response = await authorizedFetch(path);
  if (!response.ok) throw Object.assign(new Error('download failed'), await restError(response));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
