// Polling hints for jobs, bulk requests and sessions. Clients have no subscriptions, so the gateway tells them when
// a re-read is worth it, from three things: the state (terminal: never; waiting for a person: rarely), how long the
// object has been idle (one that moved a moment ago moves again soon; one idle for ten minutes will not change in the
// next two seconds), and any recent Retry-After from Graph (polling sooner would only spend the tenant's quota).

/** The floor: the gateway's default status cache TTL (CACHE_TTL_MS), so a poll never just re-reads its entry. */
export const MIN_POLL_SECONDS = 2;
/** The ceiling for an object still moving: a slow job must still be noticed within a minute. */
export const MAX_POLL_SECONDS = 60;
/** Waiting for a person (a DRAFT session changes only when someone acts, and they see their own change). */
export const WAITING_POLL_SECONDS = 30;
/** Graph sent no lastModifiedDateTime. */
export const UNKNOWN_AGE_POLL_SECONDS = 10;
/** The wait is this share of the time the object has been idle, between the floor and the ceiling. */
const IDLE_SHARE = 0.1;

/** HTTP cache hints (Cache-Control max-age) of status queries: a moving object, and one that reached its end. */
export const STATUS_MAX_AGE_SECONDS = 2;
export const TERMINAL_MAX_AGE_SECONDS = 300;

export interface PollState {
  isTerminal: boolean;
  /** Nothing will happen until someone acts. */
  waiting?: boolean;
  lastModified: Date | null;
}

export function pollAfterSeconds(state: PollState, now = Date.now()): number | null {
  if (state.isTerminal) return null;
  if (state.waiting) return WAITING_POLL_SECONDS;
  if (!state.lastModified) return UNKNOWN_AGE_POLL_SECONDS;
  // A clock ahead of ours (an emulator running fast) reads as "just changed".
  const idleSeconds = Math.max(0, now - state.lastModified.getTime()) / 1000;
  return Math.min(MAX_POLL_SECONDS, Math.max(MIN_POLL_SECONDS, Math.round(idleSeconds * IDLE_SHARE)));
}

/** Never sooner than Graph's latest Retry-After allows (`retryAfterMs`: what is left of it, 0 when none). */
export function withRetryAfter(seconds: number | null, retryAfterMs: number): number | null {
  if (seconds === null) return null;
  return Math.max(seconds, Math.ceil(retryAfterMs / 1000));
}

/** The part of GraphQL's resolve info Apollo's cache control plugin adds (kept structural: schema/ knows no Apollo). */
interface CacheHintInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: "PUBLIC" | "PRIVATE" }): void };
}

/** A terminal object will not change: let HTTP caches keep the answer much longer than a moving one. */
export function hintTerminal(info: unknown, isTerminal: boolean): void {
  if (isTerminal) (info as CacheHintInfo).cacheControl?.setCacheHint({ maxAge: TERMINAL_MAX_AGE_SECONDS, scope: "PRIVATE" });
}

/** The directive of a status query field, read by Apollo's cache control plugin. */
export const STATUS_CACHE_HINT = `@cacheControl(maxAge: ${STATUS_MAX_AGE_SECONDS}, scope: PRIVATE)`;
/** Types under a status field keep their parent's max-age instead of the default 0. */
export const INHERIT_CACHE_HINT = "@cacheControl(inheritMaxAge: true)";
