import { ERROR_CODES, type ErrorCode } from '@xiezuo/domain';
import { getLang } from '../app/lang-store';
import { ApiError, isSessionLost } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

const CSRF_COOKIE = 'xz_csrf';
// Calls whose 401 is an ordinary answer (wrong password, not signed in yet), not a lost session.
const AUTH_PATHS = ['/api/auth/login', '/api/auth/me'];

let csrfFallback: string | null = null;
let onSessionLost: (() => void) | null = null;

/** Remembers the CSRF token from sign-in or `me`, used when the cookie cannot be read. */
export function rememberCsrfToken(token: string | null) {
  csrfFallback = token;
}

/** Registers what happens when any call other than login/me finds the session gone. */
export function setSessionLostHandler(handler: () => void) {
  onSessionLost = handler;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Whether the readable CSRF cookie is present, i.e. a session may exist (the session cookie itself is httpOnly). */
export function mayHaveSession(): boolean {
  return readCookie(CSRF_COOKIE) !== null;
}

function buildUrl(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERROR_CODES;
}

async function toApiError(res: Response): Promise<ApiError> {
  const lang = getLang();
  const body: unknown = await res.json().catch(() => null);
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (err && isErrorCode(err.code)) {
    const message = typeof err.message === 'string' ? err.message : ERROR_CODES[err.code][lang];
    return new ApiError(res.status, err.code, message, err.details);
  }
  const fallback: ErrorCode = res.status >= 500 ? 'INTERNAL' : res.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  return new ApiError(res.status, fallback, ERROR_CODES[fallback][lang]);
}

/** The one fetch client: JSON in and out, same-origin cookies, language and CSRF headers, ApiError on failure. */
export async function apiRequest<T>(
  method: Method,
  path: string,
  opts: { query?: QueryParams; body?: unknown; headers?: Record<string, string>; keepalive?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...opts.headers,
    Accept: 'application/json',
    'Accept-Language': getLang() === 'en' ? 'en' : 'zh-CN',
  };
  // a FormData body (file upload) sets its own multipart Content-Type with the boundary
  const isForm = opts.body instanceof FormData;
  if (opts.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(CSRF_COOKIE) ?? csrfFallback;
    if (token) headers['X-CSRF-Token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      keepalive: opts.keepalive,
      body: opts.body === undefined ? undefined : isForm ? (opts.body as FormData) : JSON.stringify(opts.body),
    });
  } catch {
    const lang = getLang();
    throw new ApiError(
      0,
      'NETWORK',
      lang === 'en' ? 'Cannot reach the server; check the network' : '无法连接服务器，请检查网络',
    );
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (isSessionLost(error) && !AUTH_PATHS.includes(path)) onSessionLost?.();
    throw error;
  }
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(
      res.status,
      'BAD_RESPONSE',
      getLang() === 'en' ? 'The server sent an unreadable answer' : '服务器返回了无法识别的数据',
    );
  }
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => apiRequest<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  /** multipart/form-data POST of one file under `field` (the server's upload routes read the field "file"). */
  upload: <T>(path: string, file: Blob, field = 'file') => {
    const form = new FormData();
    form.append(field, file);
    return apiRequest<T>('POST', path, { body: form });
  },
};
