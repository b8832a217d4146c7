import type { ThrottleKey } from "../config.js";
import type { ApiRequest } from "../wire/request.js";

export interface ThrottleSettings {
  /** Bucket size per client; 0 turns throttling off. */
  capacity: number;
  /** Tokens added per real second. */
  refillPerSecond: number;
  /** `token`: one bucket per bearer token (no header = one shared "anonymous" bucket); `client`: per client-request-id prefix. */
  key: ThrottleKey;
}

export interface Throttle {
  settings(): ThrottleSettings;
  /** Changes the settings and empties every bucket's history (all clients start full). */
  configure(settings: Partial<ThrottleSettings>): ThrottleSettings;
  /** Takes one token for the request's client: undefined when allowed, else the seconds to wait (fractional). */
  take(req: Pick<ApiRequest, "headers" | "clientRequestId">): number | undefined;
  /** Requests refused since the last configure/reset. */
  throttledCount(): number;
  reset(): void;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client, refilled in real time: Graph throttles by real request rates, whatever the emulated
 * clock does. `realNow` (ms) is injectable so unit tests need no sleeping.
 */
export function createThrottle(initial: ThrottleSettings, realNow: () => number = () => performance.now()): Throttle {
  let settings = validateThrottle(initial);
  let buckets = new Map<string, Bucket>();
  let throttled = 0;
  const reset = () => {
    buckets = new Map();
    throttled = 0;
  };
  return {
    settings: () => ({ ...settings }),
    configure(changes) {
      settings = validateThrottle({ ...settings, ...changes });
      reset();
      return { ...settings };
    },
    take(req) {
      if (settings.capacity <= 0) return undefined;
      const key = clientKey(req, settings.key);
      const now = realNow();
      const bucket = buckets.get(key) ?? { tokens: settings.capacity, at: now };
      bucket.tokens = Math.min(
        settings.capacity,
        bucket.tokens + ((now - bucket.at) / 1000) * settings.refillPerSecond,
      );
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return undefined;
      }
      throttled += 1;
      // Whole milliseconds, never 0: Graph's Retry-After may be fractional (e.g. 2.128) but always asks for a wait.
      return Math.max(0.001, Math.ceil(((1 - bucket.tokens) / settings.refillPerSecond) * 1000) / 1000);
    },
    throttledCount: () => throttled,
    reset,
  };
}

/** Who a request counts against. The gateway shares the first four blocks of its client-request-ids per GraphQL request. */
export function clientKey(req: Pick<ApiRequest, "headers" | "clientRequestId">, key: ThrottleKey): string {
  if (key === "client") {
    const id = req.clientRequestId;
    return /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(id) ? id.slice(0, 23).toLowerCase() : id;
  }
  const match = /^Bearer\s+(\S+)/i.exec(req.headers["authorization"] ?? "");
  return match ? `token:${match[1]}` : "anonymous";
}

export function validateThrottle(settings: ThrottleSettings): ThrottleSettings {
  const problems: string[] = [];
  if (!Number.isInteger(settings.capacity) || settings.capacity < 0) problems.push("capacity must be an integer >= 0");
  if (!(
    typeof settings.refillPerSecond === "number" &&
    settings.refillPerSecond > 0 &&
    Number.isFinite(settings.refillPerSecond)
  )) {
    problems.push("refillPerSecond must be a number > 0");
  }
  if (settings.key !== "token" && settings.key !== "client") problems.push('key must be "token" or "client"');
  if (problems.length > 0) throw new Error(`Invalid throttle settings: ${problems.join("; ")}`);
  return { capacity: settings.capacity, refillPerSecond: settings.refillPerSecond, key: settings.key };
}
