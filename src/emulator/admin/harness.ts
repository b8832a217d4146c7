import type { FaultBook, FaultSpec } from "../http/faults.js";
import type { RequestLog } from "../http/requestLog.js";
import type { EmulatedClock } from "../state/clock.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject, noContent, ok, type EmuResponse } from "../wire/request.js";

/** What the test harness reaches into: the request log, the emulated clock and the armed faults. */
export interface HarnessDeps {
  log: RequestLog;
  faults: FaultBook;
  clock: EmulatedClock;
  /** Moves emulated time and settles what became due. */
  advance(ms: number): void;
}

export const HARNESS_ENDPOINTS: readonly string[] = [
  "GET    /_emulator/requests         { value: RequestLogEntry[] } (admin calls are never logged)",
  "DELETE /_emulator/requests         forget the request log",
  "GET    /_emulator/clock            { now: ISO, timeScale }",
  'POST   /_emulator/clock/advance    { "seconds": n } or { "ms": n }',
  "GET    /_emulator/faults           the armed faults",
  'POST   /_emulator/faults           a FaultSpec, e.g. { "path": "/users", "status": 429, "retryAfterSeconds": 0.05 }',
  '                                   ("pathRegex" instead of "path" for a regular expression)',
  '                                   kind?: "status" | "reset-before-body" | "reset-after-body", probability?: 0..1,',
  "                                   times?, latencyMs?, method? (probabilistic faults stay armed unless times is set)",
  "DELETE /_emulator/faults           disarm all faults",
];

/** The request log, clock and fault endpoints; undefined when the call is none of them. */
export function handleHarness(deps: HarnessDeps, method: string, path: string, body: unknown): EmuResponse | undefined {
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
      return ok({
        value: deps.faults.list().map((f) => ({ ...f, path: f.path instanceof RegExp ? String(f.path) : f.path })),
      });
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
    default:
      return undefined;
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
