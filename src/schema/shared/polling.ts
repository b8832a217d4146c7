// Polling hints for jobs, bulk requests and sessions: clients have no subscriptions, so tell them when a
// re-read is worth it. Recently changed objects move fast; long-running ones are polled less often.
const RECENT_MS = 60_000;
const FAST_SECONDS = 2;
const SLOW_SECONDS = 10;

export function pollAfterSeconds(isTerminal: boolean, lastModified: Date | null, now = Date.now()): number | null {
  if (isTerminal) return null;
  return lastModified && now - lastModified.getTime() < RECENT_MS ? FAST_SECONDS : SLOW_SECONDS;
}
