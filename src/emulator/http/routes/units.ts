import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES, type WorkloadNames } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { cancelOffboardUnit, offboardUnit } from "../../model/protection.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import { jsonBody, ok, type ApiRequest } from "../../wire/request.js";
import { patchUnitBilling } from "../../model/unitBilling.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext } from "../odata.js";
import { unitJson } from "../../model/protectionJson.js";
import { findUnit, type EmulatorStore } from "../../state/store.js";
import { type UnitRecord } from "../../state/protectionRecords.js";

const resourceOf = (key: "directoryObjectId" | "siteId") => (u: UnitRecord) =>
  WORKLOAD_NAMES[u.workload].unitKey === key ? u.resourceId : null;

/** What `$filter` understands on every unit list (compared against the full status, evolvable members included). */
export const unitFilterFields = {
  id: (u: UnitRecord) => u.id,
  status: (u: UnitRecord) => u.status,
  policyId: (u: UnitRecord) => u.policyId,
  directoryObjectId: resourceOf("directoryObjectId"),
  siteId: resourceOf("siteId"),
};

/**
 * Units live in the root collections (`/mailboxProtectionUnits`, ...), are listed under their policy (policies.ts)
 * and through the polymorphic `/protectionUnits` view, whose type casts list one workload.
 */
export function unitRoutes({ store, pageSize }: RouteDeps): Route[] {
  const list = (req: ApiRequest, units: UnitRecord[], context: string) => {
    const json = applyFilter(req, units, unitFilterFields).map((u) => unitJson(store, u, req));
    return ok(pageOf(req, json, { contextUrl: backupContext(req, context), pageSize }));
  };
  const entity = (req: ApiRequest, unit: UnitRecord, context: string) =>
    ok({ "@odata.context": backupContext(req, `${context}/$entity`), ...applySelect(req, unitJson(store, unit, req)) });
  const all = () => [...store.units.values()];
  const base = `${BACKUP_ROOT}/protectionUnits`;
  const perWorkload = (names: WorkloadNames): Route[] => [
    {
      method: "GET",
      pattern: `${BACKUP_ROOT}/${names.unitCollection}`,
      handler: (req) =>
        list(
          req,
          all().filter((u) => u.workload === names.key),
          names.unitCollection,
        ),
    },
    {
      method: "GET",
      pattern: `${BACKUP_ROOT}/${names.unitCollection}/:id`,
      handler: (req, { id = "" }) => entity(req, requireUnit(store, id, names), names.unitCollection),
    },
    {
      // Beta only (v1.0 has no unit update): sets the billing policy of a unit removed from its policy.
      method: "PATCH",
      pattern: `${BACKUP_ROOT}/${names.unitCollection}/:id`,
      handler: (req, { id = "" }) => {
        if (req.version !== "beta") throw errors.methodNotAllowed(req.method, req.path);
        const unit = requireUnit(store, id, names);
        patchUnitBilling(store, unit, jsonBody(req));
        return entity(req, unit, names.unitCollection);
      },
    },
    {
      method: "GET",
      pattern: `${base}/${names.unitType}`,
      handler: (req) =>
        list(
          req,
          all().filter((u) => u.workload === names.key),
          `protectionUnits/${names.unitType}`,
        ),
    },
  ];
  return [
    ...WORKLOAD_KEYS.flatMap((key) => perWorkload(WORKLOAD_NAMES[key])),
    { method: "GET", pattern: base, handler: (req) => list(req, all(), "protectionUnits") },
    {
      method: "GET",
      pattern: `${base}/:id`,
      handler: (req, { id = "" }) => entity(req, requireUnit(store, id), "protectionUnits"),
    },
    {
      // offboard/cancelOffboard are bound explicitly to /protectionUnits only (CSDL RequiresExplicitBinding).
      method: "POST",
      pattern: `${base}/:id/offboard`,
      handler: (req, { id = "" }) => {
        const unit = requireUnit(store, id);
        if (!offboardUnit(unit, req.now))
          throw errors.operationNotAllowed("Can't process this request as it is not in valid state.");
        return entity(req, unit, "protectionUnits");
      },
    },
    {
      method: "POST",
      pattern: `${base}/:id/cancelOffboard`,
      handler: (req, { id = "" }) => {
        const unit = requireUnit(store, id);
        if (!cancelOffboardUnit(unit, req.now)) {
          throw errors.operationNotAllowed("Offboarding cannot be cancelled as it is not in a valid state.");
        }
        return entity(req, unit, "protectionUnits");
      },
    },
  ];
}

// The error page lists ProtectionUnitNotFound only as a 200-with-error code; for an unknown id we answer it as 404,
// the status the other "*NotFound" codes use.
function requireUnit(store: EmulatorStore, id: string, names?: WorkloadNames): UnitRecord {
  const unit = findUnit(store, id);
  if (!unit || (names && unit.workload !== names.key)) throw errors.protectionUnitNotFound(id);
  return unit;
}
