import { BACKUP_ROOT } from "../../../msgraph/models.js";
import { isGuid, stableGuid } from "../../state/ids.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import { baseUrlOf, isPlainObject, jsonBody, noContent, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext, directoryContext, typeContext } from "../odata.js";
import {
  registerServiceApp,
  serviceAppCreateBody,
  SERVICE_APP_DEACTIVATE_MS,
  serviceAppJson,
  serviceAppStatus,
  serviceStatusJson,
} from "../../model/service.js";
import { serviceErrors } from "../../wire/errors/resources.js";
import { graphError } from "../../wire/errors/factory.js";
import type { ServiceAppRecord } from "../../state/tenantRecords.js";
import type { EmulatorStore } from "../../state/store.js";

const APPS = `${BACKUP_ROOT}/serviceApps`;

/** The backup service root, its enablement and the controller (service) apps (§3.1, §4.1-4.2 of the reference). */
export function serviceRoutes({ store, pageSize }: RouteDeps): Route[] {
  const appEntity = (req: ApiRequest, app: ServiceAppRecord, status = 200) =>
    ok(
      {
        "@odata.context": backupContext(req, "serviceApps/$entity"),
        ...applySelect(req, serviceAppJson(app, req.now)),
      },
      status,
    );
  return [
    {
      // The `solutions` singleton: its type (solutionsRoot) has only navigation properties, none expanded by default.
      method: "GET",
      pattern: "/solutions",
      handler: (req) => ok({ "@odata.context": directoryContext(req, "solutions") }),
    },
    {
      method: "GET",
      pattern: BACKUP_ROOT,
      handler: (req) =>
        ok({
          "@odata.context": directoryContext(req, "solutions/backupRestore/$entity"),
          ...applySelect(req, { id: stableGuid("backupRestore"), serviceStatus: serviceStatusJson(store) }),
        }),
    },
    {
      method: "POST",
      pattern: `${BACKUP_ROOT}/enable`,
      handler: (req) => {
        const body = jsonBody(req);
        const tenant = isPlainObject(body) ? body["appOwnerTenantId"] : undefined;
        if (typeof tenant !== "string" || !isGuid(tenant.trim())) throw serviceErrors.invalidAppOwnerTenantId(tenant);
        // Enabled through the API means a partner (ISV) app is the controller (backupServiceConsumer thirdparty).
        store.service = {
          status: "enabled",
          lastModifiedDateTime: req.now,
          disableReason: "none",
          consumer: "thirdparty",
        };
        return ok({
          "@odata.context": typeContext(req, "microsoft.graph.serviceStatus"),
          "@odata.type": "#microsoft.graph.serviceStatus",
          ...serviceStatusJson(store),
        });
      },
    },
    {
      method: "GET",
      pattern: APPS,
      handler: (req) => {
        // Status filters compare the status at the request's emulated time.
        const fields = {
          id: (a: ServiceAppRecord) => a.id,
          status: (a: ServiceAppRecord) => serviceAppStatus(a, req.now),
        };
        const apps = applyFilter(req, [...store.serviceApps.values()], fields).map((a) => serviceAppJson(a, req.now));
        return ok(pageOf(req, apps, { contextUrl: backupContext(req, "serviceApps"), pageSize }));
      },
    },
    {
      // The page text says 201 Created, its example 202 Accepted with Content-Location: we answer 201 (a new entity
      // exists at once) and still send Content-Location. The documented body is `{}` (Graph registers the caller);
      // `application.id` may name the app instead, and one application is registered once (409 after that).
      method: "POST",
      pattern: APPS,
      handler: (req) => {
        const named = serviceAppCreateBody(jsonBody(req), req.bodyText);
        const existing = named && findByApplication(store, named.id);
        if (existing) {
          const message = `The application '${named.id}' is already registered as serviceApp '${existing.id}'.`;
          throw graphError(409, "Conflict", message);
        }
        const app = registerServiceApp(store, req.now, named);
        const res = appEntity(req, app, 201);
        return { ...res, headers: { "Content-Location": `${baseUrlOf(req)}${APPS}/${app.id}` } };
      },
    },
    { method: "GET", pattern: `${APPS}/:id`, handler: (req, { id = "" }) => appEntity(req, requireApp(store, id)) },
    {
      // No state rule is documented for delete: any app can be removed.
      method: "DELETE",
      pattern: `${APPS}/:id`,
      handler: (_req, { id = "" }) => {
        store.serviceApps.delete(requireApp(store, id).id.toLowerCase());
        return noContent();
      },
    },
    {
      method: "POST",
      pattern: `${APPS}/:id/activate`,
      handler: (req, { id = "" }) => {
        const app = requireApp(store, id);
        const body = jsonBody(req);
        const raw = isPlainObject(body) ? body["effectiveDateTime"] : undefined;
        const effectiveAt =
          typeof raw === "string" && /T.*(Z|[+-]\d{2}:\d{2})$/i.test(raw) ? Date.parse(raw) : Number.NaN;
        if (Number.isNaN(effectiveAt)) throw serviceErrors.missingEffectiveDateTime();
        const status = serviceAppStatus(app, req.now);
        if (status === "active" || status === "pendingActive") {
          throw serviceErrors.serviceAppState(
            `The serviceApp is ${status}; only inactive or pendingInactive apps can be activated.`,
          );
        }
        Object.assign(app, { target: "active", effectiveAt, lastModifiedDateTime: req.now });
        return appEntity(req, app, 202);
      },
    },
    {
      method: "POST",
      pattern: `${APPS}/:id/deactivate`,
      handler: (req, { id = "" }) => {
        const app = requireApp(store, id);
        const status = serviceAppStatus(app, req.now);
        if (status !== "active" && status !== "pendingActive") {
          throw serviceErrors.serviceAppState(
            `The serviceApp is ${status}; only active or pendingActive apps can be deactivated.`,
          );
        }
        Object.assign(app, {
          target: "inactive",
          effectiveAt: req.now + SERVICE_APP_DEACTIVATE_MS,
          lastModifiedDateTime: req.now,
        });
        return appEntity(req, app, 202);
      },
    },
  ];
}

function requireApp(store: EmulatorStore, id: string): ServiceAppRecord {
  const app = store.serviceApps.get(id.toLowerCase());
  if (!app) throw serviceErrors.serviceAppNotFound(id);
  return app;
}

function findByApplication(store: EmulatorStore, applicationId: string): ServiceAppRecord | undefined {
  const wanted = applicationId.toLowerCase();
  return [...store.serviceApps.values()].find((a) => a.application.id.toLowerCase() === wanted);
}
