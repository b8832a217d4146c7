// Retry policy, kept apart from the loop that applies it (client transport and $batch re-sends) so each
// rule can be tested as a pure function.
import { isSafe, type Operation } from "./safety.js";

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

/**
 * 429 means Graph did not process the request, so any call may be re-sent. 503/504 may come after the work was
 * done, so only calls that are safe to repeat are retried: reads, whatever their method (safety.ts). Everything
 * else (incl. 500) goes to the caller. A bare method is judged by the method alone.
 */
export function isRetryable(op: Operation | string, status: number): boolean {
  if (status === 429) return true;
  return (status === 503 || status === 504) && isSafe(op);
}

/** Hard ceilings, whatever the configuration says (the Graph SDKs use the same). */
export const MAX_RETRIES_CAP = 10;
export const MAX_DELAY_CAP_MS = 180_000;

/** What a failure looks like to the policy: a GraphRequestError's status, code and Retry-After. */
export interface Failure {
  status: number;
  code: string;
  retryAfterMs?: number;
}

export interface RetryPolicy {
  readonly options: Readonly<RetryOptions>;
  /**
   * Whether `failure` of the call `op` may be sent again. Status 0 is retryable only as ConnectionFailed or
   * Timeout, which the transport reports for a write only when the request provably never left
   * (OutcomeUnknown otherwise).
   */
  retryable(op: Operation | string, failure: Failure): boolean;
  /**
   * The wait before retry number `attempt + 1` of failures that are all retryable (one call, or the throttled
   * items of one $batch, with the longest Retry-After among them), or undefined to give up now: retries used
   * up, or a wait that would end after `deadlineAt` (epoch ms) — the caller then gets the failure itself.
   */
  nextDelay(attempt: number, failures: readonly Failure[], now: number, deadlineAt?: number): number | undefined;
}

/** One policy for single calls and $batch items, clamped to {@link MAX_RETRIES_CAP} and {@link MAX_DELAY_CAP_MS}. */
export function createRetryPolicy(
  options: Partial<RetryOptions> = {},
  random: () => number = Math.random,
): RetryPolicy {
  const merged = { ...DEFAULT_RETRY_OPTIONS, ...options };
  const opts: RetryOptions = Object.freeze({
    maxRetries: Math.max(0, Math.min(MAX_RETRIES_CAP, merged.maxRetries)),
    baseDelayMs: Math.max(0, merged.baseDelayMs),
    maxDelayMs: Math.max(0, Math.min(MAX_DELAY_CAP_MS, merged.maxDelayMs)),
  });
  return {
    options: opts,
    retryable(op, { status, code }) {
      if (status === 0) return code === "ConnectionFailed" || code === "Timeout";
      return isRetryable(op, status);
    },
    nextDelay(attempt, failures, now, deadlineAt) {
      if (attempt >= opts.maxRetries || failures.length === 0) return undefined;
      const afters = failures.map((f) => f.retryAfterMs).filter((ms): ms is number => ms !== undefined);
      const wait = retryDelayMs(attempt, afters.length > 0 ? Math.max(...afters) : undefined, opts, random);
      return deadlineAt !== undefined && now + wait > deadlineAt ? undefined : wait;
    },
  };
}
