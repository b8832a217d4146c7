import { BACKUP_ROOT } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { pageOf } from "../paging.js";
import { applySelect } from "../query.js";
import { jsonBody, ok } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { listRestorePoints, MAX_LISTED_POINTS, parsePointQuery } from "../../model/restorePointQuery.js";
import { findRestorePoint, restorePointJson } from "../../model/restorePoints.js";
import { searchRestorePoints } from "../../model/restorePointSearch.js";
import { backupContext, typeContext } from "../odata.js";

const expandsUnit = (expand: string | null) => expand !== null && /^\s*protectionUnit\b/i.test(expand);

/** Restore points: the documented list (§3.5 row 65), a get by id, and the search action. */
export function restorePointRoutes({ store }: RouteDeps): Route[] {
  const base = `${BACKUP_ROOT}/restorePoints`;
  return [
    {
      method: "GET",
      pattern: base,
      handler: (req) => {
        const points = listRestorePoints(store, parsePointQuery(req), req.now);
        const json = points.map((p) => restorePointJson(store, p, req, true));
        // At most five points, never a next page (list page); $top may ask for fewer.
        return ok(pageOf(req, json, { contextUrl: backupContext(req, "restorePoints"), pageSize: MAX_LISTED_POINTS }));
      },
    },
    {
      method: "GET",
      pattern: `${base}/:id`,
      handler: (req, { id = "" }) => {
        const point = findRestorePoint(store, id, req.now);
        if (!point) throw errors.restorePointNotFound(id);
        const json = restorePointJson(store, point, req, expandsUnit(req.query.get("$expand")));
        return ok({ "@odata.context": backupContext(req, "restorePoints/$entity"), ...applySelect(req, json) });
      },
    },
    {
      method: "POST",
      pattern: `${base}/search`,
      handler: (req) =>
        ok({
          "@odata.context": typeContext(req, "microsoft.graph.restorePointSearchResponse"),
          ...searchRestorePoints(store, jsonBody(req), req),
        }),
    },
  ];
}
