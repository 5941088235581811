/**
 * Every call to the Plenary API goes through here: it sends the bearer token when someone is signed
 * in, and turns a failure into an ApiError carrying the problem+json `detail` the server wrote for
 * people to read.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail || title || `HTTP ${status}`);
  }

  /** Status 0: the request never got an answer (offline, server down). */
  get unreachable(): boolean {
    return this.status === 0;
  }
}

type TokenSource = () => string | undefined;

let accessToken: TokenSource = () => undefined;
let unauthorized: () => void = () => {};

export function useAccessToken(source: TokenSource, onUnauthorized: () => void): void {
  accessToken = source;
  unauthorized = onUnauthorized;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const token = accessToken();
  if (token) {
    headers.set('Authorization', `Bearer ${token}`);
  }
  if (body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, '', '');
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
  const headers = new Headers();
  const token = accessToken();
  if (token) {
    headers.set('Authorization', `Bearer ${token}`);
  }
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
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    const problem = await response.json();
    return new ApiError(response.status, String(problem.title ?? ''), String(problem.detail ?? ''));
  } catch {
    return new ApiError(response.status, response.statusText, '');
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** Without a body for operations that take none: the server refuses a body the contract does not describe. */
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  download,
};
