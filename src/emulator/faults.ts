/** A scripted failure (modelled on the Graph SDK's ChaosHandler). */
export interface FaultSpec {
  /** Matches any method when unset. */
  method?: string;
  /** Substring or regex matched against the path after /v1.0 or /beta (without query); any when unset. */
  path?: string | RegExp;
  /** e.g. 429, 503, 504. A status below 400 only delays (with latencyMs) and then answers normally. */
  status: number;
  /** Sets Retry-After (may be fractional, e.g. 0.05); 429 defaults to 1. */
  retryAfterSeconds?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Delay before answering. */
  latencyMs?: number;
}

export interface FaultBook {
  add(fault: FaultSpec): void;
  clear(): void;
  list(): FaultSpec[];
  /** The first armed fault matching the request, with one use consumed; faults are checked before routing. */
  take(method: string, path: string): FaultSpec | undefined;
}

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

export function createFaultBook(): FaultBook {
  let armed: ArmedFault[] = [];
  return {
    add(fault) {
      validateFault(fault);
      armed.push({ spec: { ...fault }, remaining: fault.times ?? 1 });
    },
    clear: () => { armed = []; },
    list: () => armed.map(({ spec, remaining }) => ({ ...spec, times: remaining })),
    take(method, path) {
      const hit = armed.find(({ spec }) => matches(spec, method, path));
      if (!hit) return undefined;
      hit.remaining -= 1;
      if (hit.remaining <= 0) armed = armed.filter((f) => f !== hit);
      return hit.spec;
    },
  };
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (spec.path === undefined) return true;
  if (typeof spec.path === "string") return path.includes(spec.path);
  spec.path.lastIndex = 0; // a /g or /y regex would otherwise carry state between requests
  return spec.path.test(path);
}

/** Throws a message naming the bad field: injectFault and POST /_emulator/faults report it as is. */
export function validateFault(fault: FaultSpec): void {
  const problems: string[] = [];
  if (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599) problems.push("status must be an integer 100-599");
  if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 1)) problems.push("times must be an integer >= 1");
  if (fault.retryAfterSeconds !== undefined && !(fault.retryAfterSeconds >= 0)) problems.push("retryAfterSeconds must be a number >= 0");
  if (fault.latencyMs !== undefined && !(fault.latencyMs >= 0)) problems.push("latencyMs must be a number >= 0");
  if (fault.method !== undefined && typeof fault.method !== "string") problems.push("method must be a string");
  if (fault.path !== undefined && typeof fault.path !== "string" && !(fault.path instanceof RegExp)) {
    problems.push("path must be a string or a RegExp");
  }
  if (problems.length > 0) throw new Error(`Invalid fault: ${problems.join("; ")}`);
}
