// Retry policy, kept apart from the loop that applies it (client transport and $batch re-sends) so each
// rule can be tested as a pure function.

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries: number;
  /** First backoff step when Graph sends no Retry-After; doubles per attempt. Default 3000 ms. */
  baseDelayMs: number;
  /**
   * Upper bound of EVERY wait, Retry-After included, so a hostile or buggy header cannot park a request
   * for hours. Default 180_000 ms. Tests set a few ms.
   */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 3000,
  maxDelayMs: 180_000,
});

const SECONDS = /^-?\d+(\.\d+)?$/;
// All three HTTP-date forms (IMF-fixdate, RFC 850, asctime) carry hh:mm:ss; requiring it keeps
// Date.parse's leniency ("2" parses as the year 2001) away from garbage values.
const HTTP_DATE_TIME = /\d{1,2}:\d{2}:\d{2}/;

/**
 * `Retry-After` in ms: seconds (Graph sends fractions such as "2.128") or an HTTP-date, measured from
 * `nowMs`. Negative or past values give 0; unparseable values give undefined.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (SECONDS.test(v)) return Math.max(0, Math.round(Number(v) * 1000));
  if (!HTTP_DATE_TIME.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * Wait before retry number `attempt + 1` (attempt is 0-based). Retry-After wins; otherwise capped
 * exponential backoff with equal jitter (half fixed, half random) so a burst of throttled callers spreads
 * out without ever retrying immediately. Always clamped to `maxDelayMs`.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | undefined,
  opts: RetryOptions,
  random: () => number = Math.random,
): number {
  const cap = Math.max(0, opts.maxDelayMs);
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), cap);
  const exp = Math.min(cap, opts.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(exp / 2 + random() * (exp / 2));
}

const IDEMPOTENT = new Set(["GET", "HEAD"]);

/**
 * 429 means Graph did not process the request, so any method may be re-sent. 503/504 may come after the
 * work was done, so only idempotent reads are retried. Everything else (incl. 500) goes to the caller.
 */
export function isRetryable(method: string, status: number): boolean {
  if (status === 429) return true;
  return (status === 503 || status === 504) && IDEMPOTENT.has(method.toUpperCase());
}

/** GET/HEAD may be re-sent after a connection failure or timeout; a write may already have reached Graph. */
export function isRetryableTransportFailure(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}
