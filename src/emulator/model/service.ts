import type { GraphServiceApp, GraphServiceStatus } from "../../msgraph/models.js";
import type { ServiceStatusName } from "../config.js";
import { serviceErrors } from "../wire/errors/resources.js";
import { stableGuid, EMULATOR_IDENTITY } from "../state/ids.js";
import type { ServiceAppRecord } from "../state/tenantRecords.js";
import type { ApiRequest } from "../wire/request.js";
import { iso } from "../state/clock.js";
import type { EmulatorStore } from "../state/store.js";

/** deactivate has no effective date in its body; the app stays pendingInactive this long (emulated). */
export const SERVICE_APP_DEACTIVATE_MS = 5 * 60_000;

export function serviceStatusJson(store: EmulatorStore): GraphServiceStatus {
  const { service } = store;
  return {
    status: service.status,
    backupServiceConsumer: service.consumer ?? "firstparty",
    disableReason: service.disableReason ?? "none",
    gracePeriodDateTime: null,
    restoreAllowedTillDateTime: null,
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(service.lastModifiedDateTime),
  };
}

/** Sets the tenant's service status (admin knob, EMULATOR_SERVICE_STATUS); a disabled service says why. */
export function setServiceStatus(
  store: EmulatorStore,
  status: ServiceStatusName,
  now: number,
  disableReason?: string,
): void {
  store.service = {
    ...store.service,
    status,
    lastModifiedDateTime: now,
    disableReason:
      status === "enabled" ? "none" : (disableReason ?? (status === "disabled" ? "userRequested" : "none")),
  };
}

type Area = "control" | "protection" | "restore";

/** Which family a backupRestore path belongs to: the service status locks protection and restore, never control. */
function areaOf(segments: readonly string[]): Area | undefined {
  if (segments[0]?.toLowerCase() !== "solutions" || segments[1]?.toLowerCase() !== "backuprestore") return undefined;
  const first = (segments[2] ?? "").toLowerCase();
  if (["", "enable", "serviceapps", "emailnotificationssetting"].includes(first)) return "control";
  return /restore|browse/.test(first) ? "restore" : "protection";
}

// Reads that happen to be POSTs: searching restore points and browsing a session change nothing.
const READ_ACTIONS = new Set(["search", "browse"]);

/**
 * Refuses calls the tenant's serviceStatus forbids (backupServiceStatus, servicestatus.md): `disabled` blocks all
 * protection and restore calls, `protectionChangeLocked` blocks protection changes, `restoreLocked` blocks those
 * and restore changes. Called by the pipeline before routing, so every route (and every $batch item) is covered.
 */
export function checkServiceGate(store: EmulatorStore, req: Pick<ApiRequest, "method" | "segments">): void {
  const area = areaOf(req.segments);
  const status = store.service.status;
  if (!area || area === "control" || status === "enabled") return;
  if (status === "disabled") throw serviceErrors.notEnabled();
  const write = req.method !== "GET" && !READ_ACTIONS.has((req.segments.at(-1) ?? "").toLowerCase());
  if (!write) return;
  if (area === "protection") throw serviceErrors.locked(status, "protection changes");
  if (status === "restoreLocked") throw serviceErrors.locked(status, "restore changes");
}

/** serviceAppStatus at `now`: activate/deactivate take effect at `effectiveAt` on the emulated clock. */
export function serviceAppStatus(app: ServiceAppRecord, now: number): string {
  if (app.target === "active") return app.effectiveAt !== null && app.effectiveAt > now ? "pendingActive" : "active";
  if (app.effectiveAt === null) return "inactive";
  return app.effectiveAt > now ? "pendingInactive" : "inactive";
}

export function serviceAppJson(app: ServiceAppRecord, now: number): GraphServiceApp {
  const settled = app.effectiveAt !== null && app.effectiveAt <= now ? app.effectiveAt : 0;
  return {
    "@odata.type": "#microsoft.graph.serviceApp",
    id: app.id,
    application: { ...app.application },
    status: serviceAppStatus(app, now),
    registrationDateTime: iso(app.registrationDateTime),
    effectiveDateTime: app.effectiveAt === null ? null : iso(app.effectiveAt),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(Math.max(app.lastModifiedDateTime, settled)),
  };
}

/** A newly registered controller app; Graph fills `application` from the caller, we name a partner app per create. */
export function registerServiceApp(store: EmulatorStore, now: number): ServiceAppRecord {
  const id = store.nextId("serviceApp");
  const app: ServiceAppRecord = {
    id,
    application: {
      id: stableGuid(`serviceApp/application/${id}`),
      displayName: `Backup Partner App ${store.serviceApps.size + 1}`,
    },
    registrationDateTime: now,
    target: "inactive",
    effectiveAt: null,
    lastModifiedDateTime: now,
  };
  store.serviceApps.set(id.toLowerCase(), app);
  return app;
}
