import { BACKUP_ROOT } from "../../../msgraph/models.js";
import {
  BROWSE_NAMES,
  BROWSE_WORKLOADS,
  browseSessionJson,
  browseStatus,
  createBrowseSession,
  liveBrowseSessions,
  type BrowseWorkload,
} from "../../model/browse.js";
import { browseErrors } from "../../wire/errors/resources.js";
import { browseItems } from "../../model/browseItems.js";
import { browsePage, encodeBrowseToken } from "../../model/browsePaging.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import type { BrowseSessionRecord } from "../../state/restoreRecords.js";
import { baseUrlOf, isPlainObject, jsonBody, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext, collectionContext } from "../odata.js";
import type { EmulatorStore } from "../../state/store.js";

/** Browse sessions (§3.7, §4.9): typed collections per workload, the polymorphic `browseSessions`, and `browse`. */
export function browseRoutes({ store, pageSize }: RouteDeps): Route[] {
  const base = `${BACKUP_ROOT}/browseSessions`;
  const fields = (now: number) => ({
    id: (s: BrowseSessionRecord) => s.id,
    status: (s: BrowseSessionRecord) => browseStatus(s, now),
  });
  const list = (req: ApiRequest, workload: BrowseWorkload | undefined, context: string) => {
    const sessions = liveBrowseSessions(store, req.now).filter(
      (s) => workload === undefined || s.workload === workload,
    );
    const json = applyFilter(req, sessions, fields(req.now)).map((s) => browseSessionJson(s, req));
    return ok(pageOf(req, json, { contextUrl: backupContext(req, context), pageSize }));
  };
  const entity = (req: ApiRequest, session: BrowseSessionRecord, context: string, status = 200) =>
    ok(
      {
        "@odata.context": backupContext(req, `${context}/$entity`),
        ...applySelect(req, browseSessionJson(session, req)),
      },
      status,
    );
  const browse = (req: ApiRequest, session: BrowseSessionRecord) => {
    const status = browseStatus(session, req.now);
    if (status !== "created") throw browseErrors.notReady(status);
    const page = browsePage(req, session);
    const value = browseItems(store, session, page.query);
    const end = page.offset + pageSize;
    const nextToken = encodeBrowseToken(session.id, page.query, end);
    return ok({
      "@odata.context": collectionContext(req, "microsoft.graph.browseQueryResponseItem"),
      "@odata.count": value.length,
      ...(end < value.length ? { "@odata.nextLink": `${baseUrlOf(req)}${req.path}?$skiptoken=${nextToken}` } : {}),
      value: value.slice(page.offset, end).map((item) => applySelect(req, item)),
    });
  };

  const perWorkload = (workload: BrowseWorkload): Route[] => {
    const names = BROWSE_NAMES[workload];
    const collection = `${BACKUP_ROOT}/${names.collection}`;
    return [
      { method: "GET", pattern: collection, handler: (req) => list(req, workload, names.collection) },
      {
        method: "POST",
        pattern: collection,
        handler: (req) => {
          const body = jsonBody(req);
          const pointId = isPlainObject(body) ? body["restorePointId"] : undefined;
          if (typeof pointId !== "string" || pointId.trim() === "") throw browseErrors.invalidCreate();
          return entity(req, createBrowseSession(store, workload, pointId.trim(), req.now), names.collection, 201);
        },
      },
      {
        method: "GET",
        pattern: `${collection}/:id`,
        handler: (req, { id = "" }) => entity(req, requireSession(store, req.now, id, workload), names.collection),
      },
      {
        method: "POST",
        pattern: `${collection}/:id/browse`,
        handler: (req, { id = "" }) => browse(req, requireSession(store, req.now, id, workload)),
      },
      // The next page: GET …/browse?$skiptoken=… (the token carries the query; without one, the top-level locations).
      {
        method: "GET",
        pattern: `${collection}/:id/browse`,
        handler: (req, { id = "" }) => browse(req, requireSession(store, req.now, id, workload)),
      },
      {
        method: "GET",
        pattern: `${base}/${names.type}`,
        handler: (req) => list(req, workload, `browseSessions/${names.type}`),
      },
    ];
  };
  return [
    ...BROWSE_WORKLOADS.flatMap(perWorkload),
    { method: "GET", pattern: base, handler: (req) => list(req, undefined, "browseSessions") },
    {
      method: "GET",
      pattern: `${base}/:id`,
      handler: (req, { id = "" }) => entity(req, requireSession(store, req.now, id), "browseSessions"),
    },
    {
      method: "POST",
      pattern: `${base}/:id/browse`,
      handler: (req, { id = "" }) => browse(req, requireSession(store, req.now, id)),
    },
    {
      method: "GET",
      pattern: `${base}/:id/browse`,
      handler: (req, { id = "" }) => browse(req, requireSession(store, req.now, id)),
    },
  ];
}

function requireSession(store: EmulatorStore, now: number, id: string, workload?: BrowseWorkload): BrowseSessionRecord {
  const session = liveBrowseSessions(store, now).find((s) => s.id.toLowerCase() === id.toLowerCase());
  if (!session || (workload !== undefined && session.workload !== workload)) throw browseErrors.notFound(id);
  return session;
}
