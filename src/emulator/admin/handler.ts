import { ADMIN_EXTRA_ENDPOINTS, handleAdminExtras, type AdminExtrasDeps } from "./tenant.js";
import type { EmulatedClock } from "../state/clock.js";
import { EMULATOR_SEEDS, type EmulatorSeed } from "../config.js";
import { errors } from "../wire/errors/graph.js";
import type { FaultBook, FaultSpec } from "../http/faults.js";
import { isPlainObject, noContent, ok, type EmuResponse } from "../wire/request.js";
import type { RequestLog } from "../http/requestLog.js";

export interface AdminDeps {
  log: RequestLog;
  faults: FaultBook;
  clock: EmulatedClock;
  /** Moves emulated time and settles what became due. */
  advance(ms: number): void;
  reset(seed?: EmulatorSeed): void;
  /** State, seed, service and throttle endpoints (adminExtras.ts). */
  extras?: AdminExtrasDeps;
}

/** The endpoints under /_emulator, one line each in the --help text of main.ts. */
export const ADMIN_ENDPOINTS: readonly string[] = [
  "GET    /_emulator/requests         { value: RequestLogEntry[] } (admin calls are never logged)",
  "DELETE /_emulator/requests         forget the request log",
  "GET    /_emulator/clock            { now: ISO, timeScale }",
  'POST   /_emulator/clock/advance    { "seconds": n } or { "ms": n }',
  'GET    /_emulator/faults           the armed faults',
  'POST   /_emulator/faults           a FaultSpec, e.g. { "path": "/users", "status": 429, "retryAfterSeconds": 0.05 }',
  "                                   (\"pathRegex\" instead of \"path\" for a regular expression)",
  '                                   kind?: "status" | "reset-before-body" | "reset-after-body", probability?: 0..1,',
  "                                   times?, latencyMs?, method? (probabilistic faults stay armed unless times is set)",
  "DELETE /_emulator/faults           disarm all faults",
  'POST   /_emulator/reset            { "seed"?: "demo" | "directory" | "large" }: fresh data, no faults, empty log',
  ...ADMIN_EXTRA_ENDPOINTS,
];

/** Handles one /_emulator call; `path` is the part after /_emulator. Throws EmulatorErrors for bad input. */
export function handleAdmin(deps: AdminDeps, method: string, path: string, body: unknown): EmuResponse {
  const clockJson = () => ({ now: new Date(deps.clock.now()).toISOString(), timeScale: deps.clock.timeScale });
  switch (`${method.toUpperCase()} ${path.replace(/\/+$/, "")}`) {
    case "GET /requests":
      return ok({ value: deps.log.list() });
    case "DELETE /requests":
      deps.log.clear();
      return noContent();
    case "GET /clock":
      return ok(clockJson());
    case "POST /clock/advance":
      deps.advance(readAdvanceMs(body));
      return ok(clockJson());
    case "GET /faults":
      return ok({ value: deps.faults.list().map((f) => ({ ...f, path: f.path instanceof RegExp ? String(f.path) : f.path })) });
    case "POST /faults":
      try {
        deps.faults.add(readFault(body));
      } catch (error) {
        throw errors.adminBadRequest(error instanceof Error ? error.message : String(error));
      }
      return ok({ value: deps.faults.list().length }, 201);
    case "DELETE /faults":
      deps.faults.clear();
      return noContent();
    case "POST /reset": {
      const seed = isPlainObject(body) ? body["seed"] : undefined;
      if (seed !== undefined && !EMULATOR_SEEDS.includes(seed as EmulatorSeed)) {
        throw errors.adminBadRequest(`seed must be one of ${EMULATOR_SEEDS.join(", ")}, got ${JSON.stringify(seed)}`);
      }
      deps.reset(seed as EmulatorSeed | undefined);
      return ok({ seed: seed ?? null });
    }
    default: {
      const answer = deps.extras && handleAdminExtras(deps.extras, method, path, body);
      if (answer) return answer;
      throw errors.resourceNotFound(`/_emulator${path}`);
    }
  }
}

function readAdvanceMs(body: unknown): number {
  const seconds = isPlainObject(body) ? body["seconds"] : undefined;
  const ms = isPlainObject(body) ? body["ms"] : undefined;
  const value = typeof seconds === "number" ? seconds * 1000 : ms;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw errors.adminBadRequest('The body must be { "seconds": n } or { "ms": n } with n >= 0.');
  }
  return value;
}

function readFault(body: unknown): FaultSpec {
  if (!isPlainObject(body)) throw new Error("The body must be a FaultSpec object.");
  const { pathRegex, ...rest } = body;
  const fault = { ...rest } as unknown as FaultSpec;
  if (pathRegex !== undefined) {
    if (typeof pathRegex !== "string") throw new Error("pathRegex must be a string");
    fault.path = new RegExp(pathRegex);
  }
  return fault;
}
