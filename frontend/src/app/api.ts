import { language } from '../i18n/i18n';

/**
 * Every call to the Plenary API goes through here: it sends the bearer token when someone is signed
 * in, and turns a failure into an ApiError carrying the problem+json `detail` the server wrote for
 * people to read. Creates (`api.create`) carry an Idempotency-Key, so that retrying them is safe. Each asks
 * in the page's language (`Accept-Language`), so that the server's problems read as the page does.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    /** The problem's type, for example `/problems/idempotency-key-in-flight`. */
    readonly type = '',
    /** Seconds the server asked to wait before trying again (`Retry-After`), if it said. */
    readonly retryAfter?: number,
    /** The whole problem, with the facts some carry beside the detail (a stale save's newer version). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail || title || `HTTP ${status}`);
  }

  /** Status 0: the request never got an answer (offline, server down). */
  get unreachable(): boolean {
    return this.status === 0;
  }
}

type TokenSource = () => string | undefined;

const READ_RETRIES = 2;
const LONGEST_RETRY_AFTER_S = 5;

let accessToken: TokenSource = () => undefined;
let unauthorized: () => void = () => {};

export function useAccessToken(source: TokenSource, onUnauthorized: () => void): void {
  accessToken = source;
  unauthorized = onUnauthorized;
}

/** The headers every call sends: what it accepts, the page's language and, when someone is signed in, the token. */
function baseHeaders(accept?: string): Headers {
  const headers = new Headers({ 'Accept-Language': language() });
  if (accept) {
    headers.set('Accept', accept);
  }
  const token = accessToken();
  if (token) {
    headers.set('Authorization', `Bearer ${token}`);
  }
  return headers;
}

async function request<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
  const headers = baseHeaders('application/json, application/problem+json');
  const token = headers.has('Authorization');
  if (idempotencyKey) {
    headers.set('Idempotency-Key', `"${idempotencyKey}"`);
  }
  if (body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  const send = async (): Promise<Response> => {
    try {
      return await fetch(`/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, '', '');
    }
  };
  let response = await send();
  // A read refused for a passing reason (the server is busy, or its database away for a moment) is asked
  // again after the Retry-After the server names, twice at most, before the page shows the problem.
  for (let retried = 0; method === 'GET' && response.status === 503 && retried < READ_RETRIES; retried++) {
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 1, LONGEST_RETRY_AFTER_S);
    await new Promise((resolve) => window.setTimeout(resolve, seconds * 1000));
    response = await send();
  }
  if (!response.ok) {
    if (response.status === 401 && token) {
      unauthorized();
    }
    throw await problemOf(response);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A file the API sends for download (an export): fetched with the bearer token, so a plain link cannot do. */
async function download(path: string): Promise<{ blob: Blob; fileName: string }> {
  const headers = baseHeaders();
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { headers });
  } catch {
    throw new ApiError(0, '', '');
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  // RFC 6266: the UTF-8 name (an Arabic thread's title) when the server sends one, else the plain one
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const fileName = extended
    ? decodeURIComponent(extended)
    : (/filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'download');
  return { blob: await response.blob(), fileName };
}

/** A file sent as the request's whole body (no multipart), so the server stores it and its record together. */
async function upload<T>(method: 'PUT' | 'POST', path: string, file: Blob, mediaType: string): Promise<T> {
  const headers = baseHeaders('application/json, application/problem+json');
  headers.set('Content-Type', mediaType);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: file });
  } catch {
    throw new ApiError(0, '', '');
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After') ?? '') || undefined;
  try {
    const problem = await response.json();
    return new ApiError(
      response.status,
      String(problem.title ?? ''),
      String(problem.detail ?? ''),
      String(problem.type ?? ''),
      retryAfter,
      typeof problem === 'object' && problem !== null ? problem : {},
    );
  } catch {
    return new ApiError(response.status, response.statusText, '', '', retryAfter);
  }
}

/**
 * The Idempotency-Key of each create not yet answered, by what it sends. A user action is one key: when
 * it is tried again (automatically below, or by the user pressing the button again with the same text
 * after an error), it sends the same key, so the server answers the post it made, if it made one, instead
 * of making a second. Once answered, or refused, the key is done: the same text sent later is a new post.
 */
const unansweredCreates = new Map<string, string>();
const CREATE_ATTEMPTS = 4;

async function create<T>(path: string, body?: unknown): Promise<T> {
  const action = `${path}\n${JSON.stringify(body)}`;
  const key = unansweredCreates.get(action) ?? newIdempotencyKey();
  unansweredCreates.set(action, key);
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await request<T>('POST', path, body, key);
      unansweredCreates.delete(action);
      return created;
    } catch (error) {
      const again = error instanceof ApiError && answerMayHaveBeenLost(error);
      if (!again) {
        unansweredCreates.delete(action);
      }
      if (!again || attempt === CREATE_ATTEMPTS) {
        throw error;
      }
      await pause(error.retryAfter ? Math.min(error.retryAfter, 5) * 1000 : 500 * 2 ** (attempt - 1));
    }
  }
}

/**
 * No answer, a server error or an outage: the create may or may not have been made, and only a retry with
 * its key can tell. A 409 for the key in flight means the first attempt is still being processed.
 */
function answerMayHaveBeenLost(error: ApiError): boolean {
  return error.unreachable || error.status >= 500 || error.type.endsWith('/idempotency-key-in-flight');
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A random UUID; `crypto.randomUUID` exists only on https and localhost, so built from random bytes. */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** Without a body for operations that take none: the server refuses a body the contract does not describe. */
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  /** A POST that makes something (a post, a thread, an application...): sent with an Idempotency-Key. */
  create: <T>(path: string, body?: unknown) => create<T>(path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  download,
  upload,
};
