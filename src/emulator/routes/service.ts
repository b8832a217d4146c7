import { BACKUP_ROOT } from "../../msgraph/models.js";
import { errors } from "../errors.js";
import { stableGuid } from "../ids.js";
import { isPlainObject, jsonBody, ok } from "../request.js";
import type { Route } from "../router.js";
import { backupContext, directoryContext, EMULATOR_IDENTITY, iso } from "../serialize.js";
import type { EmulatorStore } from "../store.js";
import type { RouteDeps } from "./index.js";

/** The backup service root and its enablement (the seeds start enabled). */
export function serviceRoutes({ store }: RouteDeps): Route[] {
  return [
    {
      method: "GET", pattern: BACKUP_ROOT, handler: (req) => ok({
        "@odata.context": directoryContext(req, "solutions/backupRestore/$entity"),
        id: stableGuid("backupRestore"),
        serviceStatus: serviceStatus(store),
      }),
    },
    {
      method: "POST", pattern: `${BACKUP_ROOT}/enable`, handler: (req) => {
        const body = jsonBody(req);
        const tenant = isPlainObject(body) ? body["appOwnerTenantId"] : undefined;
        if (typeof tenant !== "string" || tenant.trim() === "") throw errors.invalidAppOwnerTenantId();
        store.service = { status: "enabled", lastModifiedDateTime: req.now };
        return ok({ "@odata.context": backupContext(req, "microsoft.graph.serviceStatus"), ...serviceStatus(store) });
      },
    },
  ];
}

function serviceStatus(store: EmulatorStore) {
  return {
    status: store.service.status,
    backupServiceConsumer: "firstparty",
    disableReason: "none",
    gracePeriodDateTime: null,
    restoreAllowedTillDateTime: null,
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(store.service.lastModifiedDateTime),
  };
}
