// What one GraphQL request cost upstream. The scoped client counts into it; the server reports it in the
// request's log line and, when asked, in the response's `extensions.upstream`.

export interface UpstreamCostReport {
  /** HTTP requests sent to Graph, retries and $batch POSTs included. */
  roundTrips: number;
  /** `$batch` POSTs among them. */
  batches: number;
  /** Requests carried inside those POSTs (a re-sent item counts again). */
  batchedItems: number;
  /** Sends beyond the first of a call or of a $batch chunk (whole-call retries and item re-sends). */
  retries: number;
  /** Time spent in retry back-off (Retry-After or exponential). */
  retryWaitMs: number;
  /** Calls held back because another call had just been told to wait (the shared per-origin throttle). */
  throttleWaits: number;
  throttleWaitMs: number;
  /** GETs answered by another request's call in the air at the same time (single-flight, shared-reads.ts). */
  sharedReads: number;
  /** GETs answered from the gateway's short-lived status cache. */
  cacheHits: number;
}

export interface UpstreamCost extends UpstreamCostReport {
  toJSON(): UpstreamCostReport;
}

export function createUpstreamCost(): UpstreamCost {
  return {
    roundTrips: 0,
    batches: 0,
    batchedItems: 0,
    retries: 0,
    retryWaitMs: 0,
    throttleWaits: 0,
    throttleWaitMs: 0,
    sharedReads: 0,
    cacheHits: 0,
    toJSON() {
      const {
        roundTrips,
        batches,
        batchedItems,
        retries,
        retryWaitMs,
        throttleWaits,
        throttleWaitMs,
        sharedReads,
        cacheHits,
      } = this;
      return {
        roundTrips,
        batches,
        batchedItems,
        retries,
        retryWaitMs: Math.round(retryWaitMs),
        throttleWaits,
        throttleWaitMs: Math.round(throttleWaitMs),
        sharedReads,
        cacheHits,
      };
    },
  };
}
