import { EMULATOR_SEEDS, SERVICE_STATUSES, type EmulatorSeed, type ServiceStatusName } from "../config.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject, noContent, ok, type EmuResponse } from "../wire/request.js";
import { serviceStatusJson } from "../model/service.js";
import type { EmulatorStore } from "../state/store.js";
import type { Throttle, ThrottleSettings } from "../http/throttle.js";
import { GROUP_ENDPOINTS, handleGroups } from "./groups.js";

/** What the tenant endpoints change: the data (reset, seed), the backup service and the throttle. */
export interface TenantDeps {
  store: EmulatorStore;
  throttle: Throttle;
  /** The seed the current data came from. */
  /** A built-in EmulatorSeed, or the name a loaded state file recorded. */
  seedName(): string;
  reset(seed?: EmulatorSeed): void;
  setServiceStatus(status: ServiceStatusName, disableReason?: string): void;
  requestCount(): number;
  faultCount(): number;
  now(): number;
}

// disableReason members of the v1.0 CSDL, plus controllerServiceAppDeleted from beta and the resource page.
const DISABLE_REASONS = ["none", "invalidBillingProfile", "userRequested", "controllerServiceAppDeleted"];

export const TENANT_ENDPOINTS: readonly string[] = [
  'POST   /_emulator/reset            { "seed"?: "demo" | "directory" | "large" }: fresh data, no faults, empty log',
  "GET    /_emulator/state            summary: seed, clock, service status, counts of every collection",
  'POST   /_emulator/seed             { "seed": "demo" | "directory" | "large" }: alias of reset with a seed',
  "GET    /_emulator/service          the tenant's serviceStatus",
  'POST   /_emulator/service          { "status": "enabled" | "disabled" | "protectionChangeLocked" | "restoreLocked",',
  '                                   "disableReason"?: "none" | "invalidBillingProfile" | "userRequested" | ... }',
  "GET    /_emulator/throttle         throttle settings and the count of 429s sent",
  'POST   /_emulator/throttle         { "capacity"?: n, "refillPerSecond"?: n, "key"?: "token" | "client" } (capacity 0 = off)',
  "DELETE /_emulator/throttle         throttling off",
  ...GROUP_ENDPOINTS,
];

/** The data, service and throttle endpoints; undefined when the call is none of them. */
export function handleTenant(deps: TenantDeps, method: string, path: string, body: unknown): EmuResponse | undefined {
  const throttleJson = () => ({ ...deps.throttle.settings(), throttled: deps.throttle.throttledCount() });
  const groups = handleGroups(deps.store, deps.now(), method, path, body);
  if (groups) return groups;
  switch (`${method.toUpperCase()} ${path.replace(/\/+$/, "")}`) {
    case "POST /reset": {
      const seed = isPlainObject(body) ? body["seed"] : undefined;
      if (seed !== undefined && !EMULATOR_SEEDS.includes(seed as EmulatorSeed)) {
        throw errors.adminBadRequest(`seed must be one of ${EMULATOR_SEEDS.join(", ")}, got ${JSON.stringify(seed)}`);
      }
      deps.reset(seed as EmulatorSeed | undefined);
      return ok({ seed: seed ?? null });
    }
    case "GET /state":
      return ok(stateJson(deps));
    case "POST /seed": {
      const seed = isPlainObject(body) ? body["seed"] : undefined;
      if (!EMULATOR_SEEDS.includes(seed as EmulatorSeed)) {
        throw errors.adminBadRequest(
          `seed must be one of ${EMULATOR_SEEDS.join(", ")}, got ${JSON.stringify(seed ?? null)}`,
        );
      }
      deps.reset(seed as EmulatorSeed);
      return ok({ seed });
    }
    case "GET /service":
      return ok(serviceStatusJson(deps.store));
    case "POST /service": {
      const status = isPlainObject(body) ? body["status"] : undefined;
      const reason = isPlainObject(body) ? body["disableReason"] : undefined;
      if (
        !SERVICE_STATUSES.includes(status as ServiceStatusName) ||
        (reason !== undefined && !DISABLE_REASONS.includes(reason as string))
      ) {
        throw errors.adminBadRequest(
          `status must be one of ${SERVICE_STATUSES.join(", ")}; disableReason one of ${DISABLE_REASONS.join(", ")}.`,
        );
      }
      deps.setServiceStatus(status as ServiceStatusName, reason as string | undefined);
      return ok(serviceStatusJson(deps.store));
    }
    case "GET /throttle":
      return ok(throttleJson());
    case "POST /throttle":
      try {
        deps.throttle.configure(readThrottle(body));
      } catch (error) {
        throw errors.adminBadRequest(error instanceof Error ? error.message : String(error));
      }
      return ok(throttleJson());
    case "DELETE /throttle":
      deps.throttle.configure({ capacity: 0 });
      return noContent();
    default:
      return undefined;
  }
}

function readThrottle(body: unknown): Partial<ThrottleSettings> {
  if (!isPlainObject(body)) throw new Error("The body must be { capacity?, refillPerSecond?, key? }.");
  const out: Partial<ThrottleSettings> = {};
  if (body["capacity"] !== undefined) out.capacity = body["capacity"] as number;
  if (body["refillPerSecond"] !== undefined) out.refillPerSecond = body["refillPerSecond"] as number;
  if (body["key"] !== undefined) out.key = body["key"] as ThrottleSettings["key"];
  return out;
}

/** Counts of every Map in the store, whoever added it, so the summary keeps up with new collections. */
function stateJson(deps: TenantDeps) {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(deps.store)) if (value instanceof Map) counts[key] = value.size;
  return {
    seed: deps.seedName(),
    now: new Date(deps.now()).toISOString(),
    serviceStatus: deps.store.service.status,
    counts,
    requests: deps.requestCount(),
    faults: deps.faultCount(),
    throttle: { ...deps.throttle.settings(), throttled: deps.throttle.throttledCount() },
  };
}
