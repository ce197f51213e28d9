import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@cwp/contracts/auth.contract';
import type { ErrorResponse } from '@cwp/contracts/errors.contract';

/** An error answer of the API, carrying its code and any field errors for forms. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string | undefined;
  readonly fields: { path: string; message: string }[];

  constructor(status: number, body: Partial<ErrorResponse>) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'NETWORK' : 'INTERNAL');
    this.messageEn = body.messageEn;
    this.fields = body.fields ?? [];
  }
}

type AuthListener = (err: ApiError) => void;
let onAuthFailure: AuthListener | undefined;

/**
 * The app registers one handler for 401 / password-change-required answers so that any request,
 * wherever it is made, can send the user back to the login page.
 */
export function setAuthFailureHandler(listener: AuthListener | undefined): void {
  onAuthFailure = listener;
}

export type QueryValue = string | number | boolean | null | undefined;

export function toSearch(params: Record<string, QueryValue>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Login and the initial /me probe handle 401 themselves instead of redirecting. */
  skipAuthRedirect?: boolean;
}

export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const url = `/api${path}${opts.query ? toSearch(opts.query) : ''}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      // The CSRF header: the API refuses state-changing calls without it (another site's page cannot set it).
      headers: {
        accept: 'application/json',
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: '网络连接失败，请检查网络后重试', messageEn: 'Network error; check your connection and retry' });
  }
  if (res.status === 204) return undefined as T;
  return readAnswer<T>(res.status, await res.text(), opts.skipAuthRedirect);
}

/** The JSON answer of a finished request, or its ApiError (401 goes to the registered handler). */
function readAnswer<T>(status: number, text: string, skipAuthRedirect = false): T {
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (status < 200 || status >= 300) {
    const body = (data && typeof data === 'object' ? data : {}) as Partial<ErrorResponse>;
    const err = new ApiError(status, body);
    if (!skipAuthRedirect && (status === 401 || err.code === 'PASSWORD_CHANGE_REQUIRED')) onAuthFailure?.(err);
    throw err;
  }
  return data as T;
}

export interface UploadHandle<T> {
  done: Promise<T>;
  abort: () => void;
}

/**
 * A multipart POST with upload progress (fetch cannot report it; a county file may be hundreds of MB).
 * The FormData is sent as built, so the caller decides the order of its parts.
 */
export function apiUpload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader(CSRF_HEADER, CSRF_HEADER_VALUE);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      try {
        resolve(readAnswer<T>(xhr.status, xhr.responseText));
      } catch (err) {
        reject(err as Error);
      }
    };
    const networkError = () =>
      reject(new ApiError(0, { code: 'NETWORK', message: '网络连接失败，请检查网络后重试', messageEn: 'Network error; check your connection and retry' }));
    xhr.onerror = networkError;
    xhr.onabort = networkError;
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>) => apiRequest<T>(path, { query });
export const apiPost = <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body: body ?? {} });
export const apiPatch = <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body });
export const apiPut = <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body });
export const apiDelete = <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' });
