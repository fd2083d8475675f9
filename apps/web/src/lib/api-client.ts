/**
 * What the typed client (lib/api/client.ts) shares with downloads and forms: query strings, the CSRF cookie and
 * header, ApiError with field errors, and the signed-out event.
 */
import { localizeErrorMessage, localizeFieldErrors, toFieldIssues } from './api-error-messages';
import type { Lang } from './i18n';
import { CONFLICT_PARAM, takesConflictQuery } from './conflict/conflict-scope';
import { currentConflict } from './conflict/current-conflict';

export type QueryValue = string | number | boolean | string[] | number[] | undefined | null;
export type Query = Record<string, QueryValue>;

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly fieldErrors: FieldErrors;
  readonly body: unknown;
  /** The API's stable error code (`not_found`, `validation_failed`…), when it sent one. */
  readonly code: string | undefined;

  constructor(status: number, message: string, fieldErrors: FieldErrors = {}, body: unknown = null, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.body = body;
    this.code = code;
  }
}

/** The UI language as I18nProvider last set it on <html>: errors are worded when they arrive. */
function uiLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang === 'ar' ? 'ar' : 'en';
}

export const CSRF_COOKIE = 'claimline_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** Dispatched on window when the API answers 401: the session is gone. */
export const SIGNED_OUT_EVENT = 'claimline:signed-out';

let csrfFallback: string | undefined;

/** The login response also carries the CSRF token; kept in memory in case the cookie is not readable. */
export function setCsrfToken(token: string | undefined): void {
  csrfFallback = token;
}

/** The token writes echo in X-CSRF-Token: the readable cookie, else the one the login response carried. */
export function currentCsrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE) ?? csrfFallback;
}

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** `a=1&b=x&b=y`; undefined, null and '' are left out so URLs stay short and shareable. */
export function buildQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function apiPath(path: string): string {
  if (path.startsWith('/api/') || path === '/api') return path;
  return `/api${path.startsWith('/') ? '' : '/'}${path}`;
}

/** A URL for links and downloads (CSV exports) with the same query string a fetch would send. */
export function downloadUrl(path: string, query?: Query): string {
  const full = apiPath(path);
  // Downloads skip the typed client's middleware: a conflict-scoped export names the current conflict here.
  const conflict = currentConflict();
  const scoped = conflict && takesConflictQuery('GET', full) && !query?.[CONFLICT_PARAM];
  return `${full}${buildQueryString(scoped ? { ...query, [CONFLICT_PARAM]: conflict } : query)}`;
}

export function toFieldErrors(errors: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (!Array.isArray(errors)) return result;
  for (const error of errors) {
    if (!error || typeof error !== 'object') continue;
    const { field, messages } = error as { field?: unknown; messages?: unknown };
    if (typeof field !== 'string') continue;
    const list = Array.isArray(messages) ? messages.map(String) : typeof messages === 'string' ? [messages] : [];
    result[field] = [...(result[field] ?? []), ...list];
  }
  return result;
}

/** The ApiError for a failed response whose body was already parsed (JSON, else text). */
export function toApiError(response: Response, parsed: unknown): ApiError {
  const record =
    parsed && typeof parsed === 'object'
      ? (parsed as { message?: unknown; errors?: unknown; code?: unknown; issues?: unknown })
      : {};
  const message =
    typeof record.message === 'string'
      ? record.message
      : typeof parsed === 'string' && parsed
        ? parsed
        : response.statusText || `Request failed (${response.status})`;
  const code = typeof record.code === 'string' ? record.code : undefined;
  // Every form shows `message` and `fieldErrors`: worded here, they reach the Arabic UI without each form's help.
  const lang = uiLang();
  return new ApiError(
    response.status,
    localizeErrorMessage(lang, code, message),
    localizeFieldErrors(lang, toFieldErrors(record.errors), toFieldIssues(record.issues)),
    parsed,
    code,
  );
}

/** A 401 tells the app the session is gone; on sign-in itself it is only a form error. */
export function announceLostSession(status: number, path: string): void {
  if (status === 401 && typeof window !== 'undefined' && !path.includes('/auth/login')) {
    window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
  }
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
