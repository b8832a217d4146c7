import type { GraphServiceApp, GraphServiceStatus } from "../../msgraph/models.js";
import type { ServiceStatusName } from "../config.js";
import { serviceErrors } from "../wire/errors/resources.js";
import { errors } from "../wire/errors/graph.js";
import { isGuid, stableGuid, EMULATOR_IDENTITY } from "../state/ids.js";
import type { ServiceAppRecord } from "../state/tenantRecords.js";
import { isPlainObject, type ApiRequest } from "../wire/request.js";
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

/**
 * A newly registered controller app. Graph's create page takes `{}` and registers the calling application; the
 * emulator has no caller identity, so it names a partner app per create unless the body names the application.
 */
export function registerServiceApp(
  store: EmulatorStore,
  now: number,
  application?: { id: string; displayName?: string },
): ServiceAppRecord {
  const id = store.nextId("serviceApp");
  const displayName = application?.displayName ?? `Backup Partner App ${store.serviceApps.size + 1}`;
  const app: ServiceAppRecord = {
    id,
    application: { id: application?.id ?? stableGuid(`serviceApp/application/${id}`), displayName },
    registrationDateTime: now,
    target: "inactive",
    effectiveAt: null,
    lastModifiedDateTime: now,
  };
  store.serviceApps.set(id.toLowerCase(), app);
  return app;
}

const SERVICE_APP_PROPERTIES = new Set([
  "application",
  "effectiveDateTime",
  "lastModifiedBy",
  "lastModifiedDateTime",
  "registrationDateTime",
  "status",
]);

/**
 * The application a create body names, validated the way Graph's OData layer reads a serviceApp: a JSON object whose
 * only writable property is `application` (an identity with a GUID `id`); unknown properties and the server-filled
 * ones are refused with 400. An empty object (the documented body) names none.
 */
export function serviceAppCreateBody(body: unknown, bodyText: string): { id: string } | undefined {
  if (body === undefined && bodyText.trim() === "") return undefined;
  if (!isPlainObject(body)) throw errors.badRequest("The request body must be a serviceApp JSON object, e.g. {}.");
  for (const key of Object.keys(body)) {
    if (key === "@odata.type" || key === "application") continue;
    throw SERVICE_APP_PROPERTIES.has(key)
      ? errors.badRequest(`The property '${key}' of 'microsoft.graph.serviceApp' is read-only.`)
      : errors.badRequest(`The property '${key}' does not exist on type 'microsoft.graph.serviceApp'.`);
  }
  const application = body["application"];
  if (application === undefined) return undefined;
  const id = isPlainObject(application) ? application["id"] : undefined;
  if (typeof id !== "string" || !isGuid(id.trim())) {
    throw errors.badRequest("application.id must be the GUID of an Entra ID application.");
  }
  return { id: id.trim() };
}
