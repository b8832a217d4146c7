/** A scripted failure (modelled on the Graph SDK's ChaosHandler). */
export interface FaultSpec {
  /** Matches any method when unset. */
  method?: string;
  /** Substring or regex matched against the path after /v1.0 or /beta (without query); any when unset. */
  path?: string | RegExp;
  /**
   * e.g. 429, 503, 504. A status below 400 only delays (with latencyMs) and then answers normally. Required for
   * kind "status"; ignored by the reset kinds.
   */
  status?: number;
  /**
   * Graph's error code and message for a status fault, e.g. 403 with "Authorization_RequestDenied" and "Insufficient
   * privileges to complete the operation." (a directory read without User.Read.All); a plausible code when unset.
   */
  code?: string;
  message?: string;
  /** Sets Retry-After (may be fractional, e.g. 0.05); 429 defaults to 1. */
  retryAfterSeconds?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Delay before answering. */
  latencyMs?: number;
  /**
   * "status" (default): answer `status`. "reset-before-body" / "reset-after-body": destroy the connection before or
   * after the request body is read, so the client sees a reset instead of an answer ($batch items can't be reset).
   */
  kind?: FaultKind;
  /**
   * 0..1: each matching request fails with this probability, drawn from the emulator's seeded PRNG (faultSeed), so
   * a run is reproducible. A probabilistic fault stays armed until cleared unless `times` is given.
   */
  probability?: number;
}

export type FaultKind = "status" | "reset-before-body" | "reset-after-body";
export type ResetPhase = "reset-before-body" | "reset-after-body";
const FAULT_KINDS: readonly FaultKind[] = ["status", "reset-before-body", "reset-after-body"];

export interface FaultBook {
  add(fault: FaultSpec): void;
  clear(): void;
  list(): FaultSpec[];
  /** The first armed fault matching the request, with one use consumed; faults are checked before routing. */
  take(method: string, path: string): FaultSpec | undefined;
  /** Like take, for the connection-reset kinds of one phase (checked by the HTTP server, not for $batch items). */
  takeReset(method: string, path: string, phase: ResetPhase): FaultSpec | undefined;
}

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

/** `seed` drives probabilistic faults; clear() re-seeds, so a reset run draws the same sequence again. */
export function createFaultBook(seed = 1): FaultBook {
  let armed: ArmedFault[] = [];
  let random = mulberry32(seed);
  const takeWhere = (method: string, path: string, kind: FaultKind) => {
    // A probabilistic fault that does not fire lets the next matching fault have its chance.
    const hit = armed.find(
      ({ spec }) =>
        (spec.kind ?? "status") === kind &&
        matches(spec, method, path) &&
        (spec.probability === undefined || random() < spec.probability),
    );
    if (!hit) return undefined;
    hit.remaining -= 1;
    if (hit.remaining <= 0) armed = armed.filter((f) => f !== hit);
    return hit.spec;
  };
  return {
    add(fault) {
      validateFault(fault);
      const unlimited = fault.probability !== undefined && fault.times === undefined;
      armed.push({ spec: { ...fault }, remaining: unlimited ? Number.POSITIVE_INFINITY : (fault.times ?? 1) });
    },
    clear: () => {
      armed = [];
      random = mulberry32(seed);
    },
    list: () =>
      armed.map(({ spec, remaining }) => ({ ...spec, ...(Number.isFinite(remaining) ? { times: remaining } : {}) })),
    take: (method, path) => takeWhere(method, path, "status"),
    takeReset: (method, path, phase) => takeWhere(method, path, phase),
  };
}

/** A tiny seeded PRNG (mulberry32): uniform in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
  const kind = fault.kind ?? "status";
  if (!FAULT_KINDS.includes(kind)) problems.push(`kind must be one of ${FAULT_KINDS.join(", ")}`);
  if (kind === "status" && (!Number.isInteger(fault.status) || fault.status! < 100 || fault.status! > 599)) {
    problems.push("status must be an integer 100-599");
  }
  if (
    fault.probability !== undefined &&
    !(typeof fault.probability === "number" && fault.probability > 0 && fault.probability <= 1)
  ) {
    problems.push("probability must be a number > 0 and <= 1");
  }
  if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 1))
    problems.push("times must be an integer >= 1");
  if (fault.retryAfterSeconds !== undefined && !(fault.retryAfterSeconds >= 0))
    problems.push("retryAfterSeconds must be a number >= 0");
  if (fault.latencyMs !== undefined && !(fault.latencyMs >= 0)) problems.push("latencyMs must be a number >= 0");
  if (fault.method !== undefined && typeof fault.method !== "string") problems.push("method must be a string");
  for (const key of ["code", "message"] as const) {
    const value = fault[key];
    if (value !== undefined && (typeof value !== "string" || value.length === 0 || value.length > 500))
      problems.push(`${key} must be a string of 1-500 characters`);
  }
  if (fault.path !== undefined && typeof fault.path !== "string" && !(fault.path instanceof RegExp)) {
    problems.push("path must be a string or a RegExp");
  }
  if (problems.length > 0) throw new Error(`Invalid fault: ${problems.join("; ")}`);
}
