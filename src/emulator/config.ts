export type EmulatorSeed = "demo" | "directory" | "large";

export const EMULATOR_SEEDS: readonly EmulatorSeed[] = ["demo", "directory", "large"];

export interface EmulatorOptions {
  /** Interface to listen on. Default "127.0.0.1". */
  host: string;
  /** TCP port. Default 5050; 0 = any free port. */
  port: number;
  /** Initial data. Default "demo" (directory + an active Exchange policy); "directory" has no policy. */
  seed: EmulatorSeed;
  /** Server-driven page size of every collection. Default 100. */
  pageSize: number;
  /** Emulated seconds per real second. Default 60; 0 = emulated time moves only by advance(). */
  timeScale: number;
  /** When set, requests must carry `Authorization: Bearer <this>` (else 401). Default unset: no check. */
  requiredToken?: string;
  /** ISO instant the emulated clock starts at. Default: the real time at start. */
  startTime?: string;
  // The knobs below are optional so the resolved options of older callers stay as they were; their defaults live
  // in EMULATOR_OPTIONAL_DEFAULTS.
  /** Require an Authorization header even without requiredToken (Graph always does). Default false. */
  requireAuth?: boolean;
  /** backupServiceStatus the seeds start in. Default "enabled". */
  serviceStatus?: ServiceStatusName;
  /** Token-bucket size per client; 0 = no throttling. Default 0. */
  throttleCapacity?: number;
  /** Tokens added per real second to each bucket. Default 10. */
  throttleRefillPerSecond?: number;
  /** What a "client" is for throttling: its bearer token or its client-request-id prefix. Default "token". */
  throttleKey?: ThrottleKey;
  /** Seed of the PRNG behind probabilistic faults. Default 1. */
  faultSeed?: number;
  /** JSON file the state is saved to (debounced) and loaded from at start. Default unset: memory only. */
  stateFile?: string;
}

export type ServiceStatusName = "enabled" | "disabled" | "protectionChangeLocked" | "restoreLocked";
export const SERVICE_STATUSES: readonly ServiceStatusName[] = [
  "enabled",
  "disabled",
  "protectionChangeLocked",
  "restoreLocked",
];
export type ThrottleKey = "token" | "client";

export const EMULATOR_OPTIONAL_DEFAULTS = Object.freeze({
  requireAuth: false,
  serviceStatus: "enabled",
  throttleCapacity: 0,
  throttleRefillPerSecond: 10,
  throttleKey: "token",
  faultSeed: 1,
});

export const EMULATOR_DEFAULTS: Readonly<Omit<EmulatorOptions, "requiredToken" | "startTime">> = Object.freeze({
  host: "127.0.0.1",
  port: 5050,
  seed: "demo",
  pageSize: 100,
  timeScale: 60,
});

export const MAX_PAGE_SIZE = 1000;

// A zone is required: a zone-less instant would silently mean local time.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

type Check<T> = (raw: unknown) => T | undefined;

const checks = {
  host: [(v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), "a non-empty host name"],
  port: [(v) => intIn(v, 0, 65535), "an integer 0-65535"],
  seed: [(v) => EMULATOR_SEEDS.find((s) => s === v), `one of ${EMULATOR_SEEDS.join(", ")}`],
  pageSize: [(v) => intIn(v, 1, MAX_PAGE_SIZE), `an integer 1-${MAX_PAGE_SIZE}`],
  timeScale: [
    (v) => {
      const n = num(v);
      return n !== undefined && n >= 0 ? n : undefined;
    },
    "a number >= 0",
  ],
  requiredToken: [
    (v) => (typeof v === "string" && v !== "" && !/\s/.test(v) ? v : undefined),
    "a token without spaces",
  ],
  startTime: [
    (v) => (typeof v === "string" && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined),
    "an ISO 8601 instant with a zone, e.g. 2025-01-01T00:00:00Z",
  ],
  requireAuth: [bool, "true or false"],
  serviceStatus: [(v) => SERVICE_STATUSES.find((s) => s === v), `one of ${SERVICE_STATUSES.join(", ")}`],
  throttleCapacity: [(v) => intIn(v, 0, 1_000_000), "an integer 0-1000000"],
  throttleRefillPerSecond: [
    (v) => {
      const n = num(v);
      return n !== undefined && n > 0 ? n : undefined;
    },
    "a number > 0",
  ],
  throttleKey: [(v) => (["token", "client"] as const).find((k) => k === v), "one of token, client"],
  faultSeed: [(v) => intIn(v, 0, 2 ** 32 - 1), "an integer 0-4294967295"],
  stateFile: [(v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), "a file path"],
} satisfies { [K in keyof EmulatorOptions]-?: [Check<EmulatorOptions[K]>, string] };

const ENV_NAMES: Record<keyof EmulatorOptions, string> = {
  host: "EMULATOR_HOST",
  port: "EMULATOR_PORT",
  seed: "EMULATOR_SEED",
  pageSize: "EMULATOR_PAGE_SIZE",
  timeScale: "EMULATOR_TIME_SCALE",
  requiredToken: "EMULATOR_REQUIRED_TOKEN",
  startTime: "EMULATOR_START_TIME",
  requireAuth: "EMULATOR_REQUIRE_AUTH",
  serviceStatus: "EMULATOR_SERVICE_STATUS",
  throttleCapacity: "EMULATOR_THROTTLE_CAPACITY",
  throttleRefillPerSecond: "EMULATOR_THROTTLE_REFILL",
  throttleKey: "EMULATOR_THROTTLE_KEY",
  faultSeed: "EMULATOR_FAULT_SEED",
  stateFile: "EMULATOR_STATE_FILE",
};

/** Every environment variable the emulator reads, for --help and the README. */
export const EMULATOR_ENV_NAMES: Readonly<Record<keyof EmulatorOptions, string>> = ENV_NAMES;

/**
 * Reads the EMULATOR_* variables of `env` (never process.env itself). Unset or empty variables take the default;
 * an invalid value throws an Error naming the variable and the accepted values.
 */
export function parseEmulatorEnv(env: Record<string, string | undefined>): EmulatorOptions {
  const given: Partial<Record<keyof EmulatorOptions, string>> = {};
  for (const key of Object.keys(ENV_NAMES) as (keyof EmulatorOptions)[]) {
    const raw = env[ENV_NAMES[key]];
    if (raw !== undefined && raw !== "") given[key] = raw;
  }
  return validate(given, (key) => ENV_NAMES[key]);
}

/** Fills defaults into programmatic options and validates them with the same rules as the environment. */
export function resolveEmulatorOptions(options: Partial<EmulatorOptions> = {}): EmulatorOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return validate(given, (key) => `options.${key}`);
}

function validate(
  given: Partial<Record<keyof EmulatorOptions, unknown>>,
  nameOf: (k: keyof EmulatorOptions) => string,
) {
  const out: Record<string, unknown> = { ...EMULATOR_DEFAULTS };
  for (const [key, raw] of Object.entries(given) as [keyof EmulatorOptions, unknown][]) {
    const [check, accepted] = checks[key] as [Check<unknown>, string];
    const value = check(raw);
    if (value === undefined) throw new Error(`${nameOf(key)} must be ${accepted}, got ${JSON.stringify(raw)}`);
    out[key] = value;
  }
  return out as unknown as EmulatorOptions;
}

function num(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string" || !/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v)) return undefined;
  return Number(v);
}

function bool(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v !== "string") return undefined;
  const lower = v.trim().toLowerCase();
  return lower === "true" || lower === "1" ? true : lower === "false" || lower === "0" ? false : undefined;
}

function intIn(v: unknown, min: number, max: number): number | undefined {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}
