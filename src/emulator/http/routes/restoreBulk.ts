import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES, type WorkloadNames } from "../../../msgraph/models.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import { jsonBody, noContent, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { createBulkRestoreRequest, deleteBulkRequest, requireBulkRequest } from "../../model/restoreBulk.js";
import { bulkRequestJson } from "../../model/restoreJson.js";
import { BULK_INPUT_KEYS } from "../../model/bulkInputs.js";
import { requireSession } from "../../model/restoreSessions.js";
import { backupContext } from "../odata.js";
import type { BulkRestoreRecord, RestoreSessionRecord } from "../../state/restoreRecords.js";

const REQUEST_FIELDS = {
  id: (r: BulkRestoreRecord) => r.id,
  status: (r: BulkRestoreRecord) => r.status,
  displayName: (r: BulkRestoreRecord) => r.displayName,
};

/** `.../{restoreSessionCollection}/{id}/{restoreBulkRequestCollection}`: create, list, get, delete (seed 002). */
export function restoreBulkRoutes({ store, pageSize }: RouteDeps): Route[] {
  const perWorkload = (names: WorkloadNames): Route[] => {
    const path = `${BACKUP_ROOT}/${names.restoreSessionCollection}/:id/${names.restoreBulkRequestCollection}`;
    const context = (req: ApiRequest, session: RestoreSessionRecord) =>
      backupContext(req, `${names.restoreSessionCollection}('${session.id}')/${names.restoreBulkRequestCollection}`);
    const entity = (req: ApiRequest, session: RestoreSessionRecord, request: BulkRestoreRecord, status = 200) =>
      ok(
        {
          "@odata.context": `${context(req, session)}/$entity`,
          ...applySelect(req, bulkRequestJson(session, request, true)),
        },
        status,
      );
    return [
      {
        method: "POST",
        pattern: path,
        handler: (req, { id = "" }) => {
          const session = requireSession(store, id, names.key);
          return entity(req, session, createBulkRestoreRequest(store, session, jsonBody(req), req.now), 201);
        },
      },
      {
        method: "GET",
        pattern: path,
        handler: (req, { id = "" }) => {
          const session = requireSession(store, id, names.key);
          // The list pages print the input array empty, whatever the request named.
          const json = applyFilter(req, session.bulkRequests, REQUEST_FIELDS).map((r) => ({
            ...bulkRequestJson(session, r, false),
            [BULK_INPUT_KEYS[names.key].names]: [],
          }));
          return ok(pageOf(req, json, { contextUrl: context(req, session), pageSize }));
        },
      },
      {
        method: "GET",
        pattern: `${path}/:requestId`,
        handler: (req, { id = "", requestId = "" }) => {
          const session = requireSession(store, id, names.key);
          return entity(req, session, requireBulkRequest(session, requestId));
        },
      },
      {
        method: "DELETE",
        pattern: `${path}/:requestId`,
        handler: (_req, { id = "", requestId = "" }) => {
          const session = requireSession(store, id, names.key);
          deleteBulkRequest(session, requireBulkRequest(session, requestId));
          return noContent();
        },
      },
    ];
  };
  return WORKLOAD_KEYS.flatMap((key) => perWorkload(WORKLOAD_NAMES[key]));
}
