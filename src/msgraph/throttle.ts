// The shared per-origin "throttled until". Graph throttles per app and tenant, not per call: once one call
// hears 429 + Retry-After, every other call to that origin would hear it too. So the first 429 holds the gate
// and the other calls (of every GraphQL request: the gate lives in the client, shared by all scopes) wait
// for it instead of each spending a round trip to discover the same 429.
import type { UpstreamCost } from "./cost.js";
import { GraphRequestError } from "./errors.js";

export interface ThrottleGate {
  /** Epoch ms until which the origin asked us to wait (0 when it did not). */
  until: () => number;
  /** Extends the hold to `at` (never shortens it: the longest Retry-After wins). */
  holdUntil(at: number): void;
  /** Notes a Retry-After that holds nothing (a throttled $batch item), so polling hints can still honour it. */
  advise: (at: number) => void;
  /** Epoch ms of the latest Retry-After heard, held or advised (0 when none). */
  advisedUntil: () => number;
}

export function createThrottleGate(): ThrottleGate {
  let until = 0;
  let advised = 0;
  return {
    until: () => until,
    holdUntil(at) {
      if (at > until) until = at;
    },
    advise(at) {
      if (at > advised) advised = at;
    },
    advisedUntil: () => Math.max(until, advised),
  };
}

export interface GateDeps {
  gate: ThrottleGate;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface GateCall {
  method: string;
  path: string;
  clientRequestId: string;
  deadlineAt?: number;
  cost?: UpstreamCost;
}

/**
 * Waits while the origin is held, unless the call already waited at least that long itself (its own
 * Retry-After back-off, `waitedUntil`). A hold that outlasts the call's deadline fails the call now with a
 * 429-shaped error carrying the time left, so the client learns when to come back instead of waiting.
 */
export async function passGate(deps: GateDeps, call: GateCall, waitedUntil = 0): Promise<void> {
  for (;;) {
    const until = deps.gate.until();
    const now = deps.now();
    if (until <= now || until <= waitedUntil) return;
    const wait = until - now;
    if (call.deadlineAt !== undefined && until > call.deadlineAt) {
      throw new GraphRequestError(
        `Microsoft Graph asked to wait ${Math.ceil(wait / 1000)} s, past this request's deadline`,
        {
          status: 429,
          code: "Throttled",
          method: call.method,
          path: call.path,
          clientRequestId: call.clientRequestId,
          retryAfterMs: wait,
        },
      );
    }
    if (call.cost) {
      call.cost.throttleWaits++;
      call.cost.throttleWaitMs += wait;
    }
    await deps.sleep(wait);
    waitedUntil = until;
  }
}
