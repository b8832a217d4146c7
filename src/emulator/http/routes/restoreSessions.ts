import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES, type WorkloadNames } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import { noContent, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { artifactJson, sessionJson } from "../../model/restoreJson.js";
import { sessionState } from "../../model/restoreLifecycle.js";
import {
  activateRestoreSession,
  createRestoreSession,
  deleteRestoreSession,
  GRANULAR_COLLECTIONS,
  patchRestoreSession,
  requireSession,
} from "../../model/restoreSessions.js";
import { backupContext } from "../odata.js";
import { keyOf, type EmulatorStore } from "../../state/store.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../../state/restoreRecords.js";

/** `$filter` on sessions reads the derived status (evolvable `failed` included, as for units). */
const sessionFields = (store: EmulatorStore, now: number) => ({
  id: (s: RestoreSessionRecord) => s.id,
  status: (s: RestoreSessionRecord) => sessionState(store, s, now).status,
  restoreJobType: (s: RestoreSessionRecord) => s.restoreJobType,
});

/**
 * Restore sessions: the typed collections (create, list, get, PATCH, artifacts) per row of WORKLOAD_NAMES, and the
 * polymorphic `/restoreSessions` view where get, delete and activate are documented.
 */
export function restoreSessionRoutes({ store, pageSize }: RouteDeps): Route[] {
  const list = (req: ApiRequest, sessions: RestoreSessionRecord[], context: string) => {
    const json = applyFilter(req, sessions, sessionFields(store, req.now)).map((s) => sessionJson(store, s, req));
    return ok(pageOf(req, json, { contextUrl: backupContext(req, context), pageSize }));
  };
  const entity = (req: ApiRequest, session: RestoreSessionRecord, context: string, status = 200) =>
    ok(
      {
        "@odata.context": backupContext(req, `${context}/$entity`),
        ...applySelect(req, sessionJson(store, session, req)),
      },
      status,
    );
  const all = () => [...store.restoreSessions.values()];
  const base = `${BACKUP_ROOT}/restoreSessions`;

  const artifactRoutes = (
    names: WorkloadNames,
    collection: string,
    read: (s: RestoreSessionRecord) => RestoreArtifactRecord[],
  ): Route[] => {
    const path = `${BACKUP_ROOT}/${names.restoreSessionCollection}/:id/${collection}`;
    return [
      {
        method: "GET",
        pattern: path,
        handler: (req, { id = "" }) => {
          const session = requireSession(store, id, names.key);
          const json = read(session).map((a) => artifactJson(store, session, a, req));
          const contextUrl = backupContext(req, `${names.restoreSessionCollection}('${session.id}')/${collection}`);
          return ok(pageOf(req, json, { contextUrl, pageSize }));
        },
      },
      {
        method: "GET",
        pattern: `${path}/:artifactId`,
        handler: (req, { id = "", artifactId = "" }) => {
          const session = requireSession(store, id, names.key);
          const artifact = read(session).find((a) => keyOf(a.id) === keyOf(artifactId));
          if (!artifact) throw errors.restoreArtifactNotFound(artifactId);
          const context = backupContext(
            req,
            `${names.restoreSessionCollection}('${session.id}')/${collection}/$entity`,
          );
          return ok({ "@odata.context": context, ...applySelect(req, artifactJson(store, session, artifact, req)) });
        },
      },
    ];
  };

  const perWorkload = (names: WorkloadNames): Route[] => {
    const collection = `${BACKUP_ROOT}/${names.restoreSessionCollection}`;
    const granular = GRANULAR_COLLECTIONS[names.key];
    return [
      {
        method: "POST",
        pattern: collection,
        handler: (req) => entity(req, createRestoreSession(store, names, req), names.restoreSessionCollection, 201),
      },
      {
        method: "GET",
        pattern: collection,
        handler: (req) =>
          list(
            req,
            all().filter((s) => s.workload === names.key),
            names.restoreSessionCollection,
          ),
      },
      {
        method: "GET",
        pattern: `${collection}/:id`,
        handler: (req, { id = "" }) =>
          entity(req, requireSession(store, id, names.key), names.restoreSessionCollection),
      },
      {
        method: "PATCH",
        pattern: `${collection}/:id`,
        handler: (req, { id = "" }) => {
          const delta = patchRestoreSession(store, requireSession(store, id, names.key), req);
          return ok({
            "@odata.context": backupContext(req, `${names.restoreSessionCollection}/$entity`),
            [`${names.restoreArtifactCollection}@delta`]: delta,
          });
        },
      },
      {
        method: "GET",
        pattern: `${base}/${names.restoreSessionType}`,
        handler: (req) =>
          list(
            req,
            all().filter((s) => s.workload === names.key),
            `restoreSessions/${names.restoreSessionType}`,
          ),
      },
      ...artifactRoutes(names, names.restoreArtifactCollection, (s) => s.artifacts),
      ...(granular ? artifactRoutes(names, granular, (s) => s.granularArtifacts) : []),
    ];
  };

  return [
    ...WORKLOAD_KEYS.flatMap((key) => perWorkload(WORKLOAD_NAMES[key])),
    { method: "GET", pattern: base, handler: (req) => list(req, all(), "restoreSessions") },
    {
      method: "GET",
      pattern: `${base}/:id`,
      handler: (req, { id = "" }) => entity(req, requireSession(store, id), "restoreSessions"),
    },
    {
      method: "DELETE",
      pattern: `${base}/:id`,
      handler: (req, { id = "" }) => {
        deleteRestoreSession(store, requireSession(store, id), req.now);
        return noContent();
      },
    },
    {
      method: "POST",
      pattern: `${base}/:id/activate`,
      handler: (req, { id = "" }) => {
        const session = requireSession(store, id);
        activateRestoreSession(store, session, req.now);
        return entity(req, session, "restoreSessions");
      },
    },
  ];
}
