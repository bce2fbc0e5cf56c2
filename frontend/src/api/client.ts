import { msg, str } from '@lit/localize';
import { wantedLocale } from '../i18n/locale.js';

/** One page of a list: every list endpoint answers with this. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** One meaning of an ambiguous parameter (a 300 answer): send `value` as `parameter`; show `label`. */
export interface Choice {
  parameter: string;
  value: string;
  label: string;
}

/** One field that failed validation, as the backend reports it. */
export interface Violation {
  field: string;
  message: string;
}

/**
 * A failed API call. Built from the backend's RFC 9457 problem details when it sends them, and from the bare
 * status otherwise. A status of 0 means the server could not be reached at all.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly violations: readonly Violation[];
  readonly type: string | null;
  /** What an ambiguous request could have meant (status 300). */
  readonly choices: readonly Choice[];

  constructor(problem: {
    status: number;
    title: string;
    detail?: string | null;
    violations?: readonly Violation[];
    type?: string | null;
    choices?: readonly Choice[];
  }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail ?? null;
    this.violations = problem.violations ?? [];
    this.type = problem.type ?? null;
    this.choices = problem.choices ?? [];
  }

  /** The identity provider, the database or the whole server is out of reach: worth a calm "try later". */
  get isUnavailable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

type AccessTokenSource = () => string | undefined;

let accessTokenSource: AccessTokenSource = () => undefined;

/** The session registers how to read the current access token; the client stays free of auth details. */
export function setAccessTokenSource(source: AccessTokenSource): void {
  accessTokenSource = source;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Send the signed-in person's token (the default). Public reads pass false: they do not need it, and a request
   * without credentials is one the service worker may keep for offline use.
   */
  authenticate?: boolean;
  /** Further request headers, such as an Idempotency-Key. */
  headers?: Record<string, string>;
}

/** Calls the backend and returns its JSON body, or throws an {@link ApiError}. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  // The server writes its problem texts in the app's language; the browser's own header may name another first.
  const headers = new Headers({ Accept: 'application/json, application/problem+json', 'Accept-Language': wantedLocale() });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    headers.set(name, value);
  }
  const token = options.authenticate === false ? undefined : accessTokenSource();
  if (token) {
    headers.set('Authorization', `Bearer ${token}`);
  }
  const init: RequestInit = { method: options.method ?? 'GET', headers, credentials: 'same-origin' };
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) {
    init.signal = options.signal;
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ status: 0, title: msg('The server could not be reached') });
  }

  if (!response.ok) {
    throw await toApiError(response);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  // A 202 Accepted may come without a body.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Reads a failed response into an ApiError, trusting only the fields a problem document is meant to have. */
export async function toApiError(response: Response): Promise<ApiError> {
  // Not the status line's reason phrase ("Service Unavailable"): it is always English, and HTTP/2 has none.
  const fallback = { status: response.status, title: msg(str`The request failed (${response.status})`) };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('application/problem+json')) {
    return new ApiError(fallback);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ApiError(fallback);
  }
  if (!isRecord(body)) {
    return new ApiError(fallback);
  }
  return new ApiError({
    status: typeof body.status === 'number' ? body.status : response.status,
    title: typeof body.title === 'string' && body.title ? body.title : fallback.title,
    detail: typeof body.detail === 'string' ? body.detail : null,
    type: typeof body.type === 'string' ? body.type : null,
    violations: Array.isArray(body.violations) ? body.violations.filter(isViolation) : [],
    choices: Array.isArray(body.choices) ? body.choices.filter(isChoice) : [],
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChoice(value: unknown): value is Choice {
  return (
    isRecord(value) &&
    typeof value.parameter === 'string' &&
    typeof value.value === 'string' &&
    typeof value.label === 'string'
  );
}

function isViolation(value: unknown): value is Violation {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}
