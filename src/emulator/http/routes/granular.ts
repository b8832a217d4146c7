import { BACKUP_ROOT, WORKLOAD_NAMES } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { pageOf } from "../paging.js";
import { applySelect } from "../query.js";
import { isPlainObject, jsonBody, ok } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import {
  GRANULAR_ITEM_NAMES,
  GRANULAR_WORKLOADS,
  granularItemJson,
  granularItemsOf,
  type GranularWorkload,
} from "../../model/granularItemJson.js";
import { patchGranularItems } from "../../model/granularItems.js";
import { requireSession } from "../../model/restoreSessions.js";
import { backupContext } from "../odata.js";
import { keyOf } from "../../state/store.js";
import { restoreSessionRoutes } from "./restoreSessions.js";

/**
 * Granular drive and site artifacts (§3.6 rows 80-81): their lists under the OneDrive and SharePoint sessions, and
 * the session PATCH when it carries `granular...RestoreArtifacts@delta`. Registered before restoreSessionRoutes, so
 * this PATCH is tried first; any other PATCH body goes on to the session routes' own handler.
 */
export function granularRoutes(deps: RouteDeps): Route[] {
  const { store, pageSize } = deps;
  const sessionRoutes = restoreSessionRoutes(deps);
  const perWorkload = (workload: GranularWorkload): Route[] => {
    const names = WORKLOAD_NAMES[workload];
    const granular = GRANULAR_ITEM_NAMES[workload];
    const sessionPath = `${BACKUP_ROOT}/${names.restoreSessionCollection}/:id`;
    const listPath = `${sessionPath}/${granular.collection}`;
    const standardPatch = sessionRoutes.find((r) => r.method === "PATCH" && r.pattern === sessionPath)?.handler;
    const context = (id: string) => `${names.restoreSessionCollection}('${id}')/${granular.collection}`;
    return [
      {
        method: "PATCH",
        pattern: sessionPath,
        handler: (req, params) => {
          const body = req.bodyText.trim() === "" ? undefined : jsonBody(req);
          if (!isPlainObject(body) || !(`${granular.collection}@delta` in body)) {
            if (!standardPatch) throw errors.invalidPatchRequest("the body must be a JSON object.");
            return standardPatch(req, params);
          }
          const session = requireSession(store, params["id"] ?? "", workload);
          return ok({
            "@odata.context": backupContext(req, `${names.restoreSessionCollection}/$delta`),
            id: session.id,
            [`${granular.collection}@delta`]: patchGranularItems(store, session, workload, body, req.now),
          });
        },
      },
      {
        method: "GET",
        pattern: listPath,
        handler: (req, { id = "" }) => {
          const session = requireSession(store, id, workload);
          const json = granularItemsOf(session).map((a) => granularItemJson(store, session, a, req.now));
          return ok(pageOf(req, json, { contextUrl: backupContext(req, context(session.id)), pageSize }));
        },
      },
      {
        method: "GET",
        pattern: `${listPath}/:artifactId`,
        handler: (req, { id = "", artifactId = "" }) => {
          const session = requireSession(store, id, workload);
          const artifact = granularItemsOf(session).find((a) => keyOf(a.id) === keyOf(artifactId));
          if (!artifact) throw errors.restoreArtifactNotFound(artifactId);
          return ok({
            "@odata.context": backupContext(req, `${context(session.id)}/$entity`),
            ...applySelect(req, granularItemJson(store, session, artifact, req.now)),
          });
        },
      },
    ];
  };
  return GRANULAR_WORKLOADS.flatMap(perWorkload);
}
