import {
  WORKLOAD_NAMES,
  type GraphRestoreArtifact,
  type GraphRestoreArtifactsBulkAdditionRequest,
  type GraphRestoreSession,
} from "../../msgraph/models.js";
import { BULK_INPUT_KEYS } from "./bulkInputs.js";
import { SHAREPOINT_HOST, stableGuid, EMULATOR_IDENTITY } from "../state/ids.js";
import { includesUnknownEnumMembers, type ApiRequest } from "../wire/request.js";
import { artifactState, sessionState, type ArtifactState } from "./restoreLifecycle.js";
import { restorePointJson } from "./restorePoints.js";
import { searchHit } from "./restoreArtifacts.js";
import { iso } from "../state/clock.js";
import { findResource, findUnit, type EmulatorStore } from "../state/store.js";
import { type SiteRecord, type UserRecord } from "../state/directoryRecords.js";
import type { BulkRestoreRecord, RestoreArtifactRecord, RestoreSessionRecord } from "../state/restoreRecords.js";

/** granularMailboxRestoreArtifact adds these to mailboxRestoreArtifact; models.ts has no type for it yet. */
export type GranularMailboxArtifactJson = GraphRestoreArtifact & {
  searchResponseId: string;
  artifactCount: number | null;
};

const GRANULAR_MAILBOX_TYPE = "microsoft.graph.granularMailboxRestoreArtifact";

export function sessionJson(store: EmulatorStore, session: RestoreSessionRecord, req: ApiRequest): GraphRestoreSession {
  const state = sessionState(store, session, req.now);
  // `failed` comes after unknownFutureValue: only clients that opt in see it (restoresessionbase page).
  const status = state.status === "failed" && !includesUnknownEnumMembers(req) ? "unknownFutureValue" : state.status;
  return {
    "@odata.type": `#${WORKLOAD_NAMES[session.workload].restoreSessionType}`,
    id: session.id,
    status,
    restoreJobType: session.restoreJobType,
    restoreSessionArtifactCount: state.counts,
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(session.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(state.lastModifiedDateTime),
    completedDateTime: state.completedDateTime === null ? null : iso(state.completedDateTime),
    error: null,
  };
}

/** An artifact with its restore point inlined (the artifact-list examples do so without $expand). */
export function artifactJson(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  artifact: RestoreArtifactRecord,
  req: ApiRequest,
): GraphRestoreArtifact | GranularMailboxArtifactJson {
  const state = artifactState(store, session, artifact, req.now);
  const unit = findUnit(store, artifact.unitId);
  const point = { id: artifact.restorePointId, time: artifact.protectionTime };
  const json: GraphRestoreArtifact = {
    "@odata.type": `#${artifact.searchResponseId === undefined ? WORKLOAD_NAMES[session.workload].restoreArtifactType : GRANULAR_MAILBOX_TYPE}`,
    id: artifact.id,
    destinationType: artifact.destinationType,
    status: state.status,
    startDateTime: state.startDateTime === null ? null : iso(state.startDateTime),
    completionDateTime: state.completionDateTime === null ? null : iso(state.completionDateTime),
    error: state.failure ? { ...state.failure } : null,
    restorePoint: unit
      ? restorePointJson(store, { ...point, unit }, req, true)
      : { "@odata.type": "#microsoft.graph.restorePoint", id: point.id, protectionDateTime: iso(point.time) },
    ...restoredFields(store, session, artifact, state),
  };
  if (artifact.searchResponseId === undefined) return json;
  // The items the search found are what the artifact restores (null once the search is gone from the store).
  const hit = searchHit(store, artifact.searchResponseId, artifact.restorePointId);
  const artifactCount = typeof hit === "object" ? hit.artifactHitCount : null;
  const restored =
    json.restoredItemCount === null ? {} : { restoredItemCount: artifactCount ?? json.restoredItemCount };
  return { ...json, ...restored, searchResponseId: artifact.searchResponseId, artifactCount };
}

/**
 * Where the restore went, filled once it succeeded: a mailbox folder (Exchange; a new folder for `new`), or the
 * site / OneDrive it landed in (a `_restored` copy for `new`). Item counts are derived from the id, so stable.
 */
function restoredFields(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  artifact: RestoreArtifactRecord,
  state: ArtifactState,
): Partial<GraphRestoreArtifact> {
  const names = WORKLOAD_NAMES[session.workload];
  const done = state.status === "succeeded";
  const isNew = artifact.destinationType === "new";
  if (names.key === "exchange") {
    const folder = done && isNew;
    return {
      restoredFolderId: folder ? stableGuid(`restoredFolder/${artifact.id}`) : null,
      restoredFolderName: folder ? `Restored ${iso(artifact.protectionTime).slice(0, 16).replace("T", " ")}` : null,
      restoredItemCount: done ? 1 + (parseInt(stableGuid(`restoredItems/${artifact.id}`).slice(0, 4), 16) % 500) : null,
    };
  }
  const unit = findUnit(store, artifact.unitId);
  const resource = unit && findResource(store, names.unitKey, unit.resourceId);
  if (!done || !resource) return { restoredSiteId: null, restoredSiteName: null, restoredSiteWebUrl: null };
  const site =
    names.unitKey === "siteId"
      ? { id: resource.id, name: (resource as SiteRecord).displayName, url: (resource as SiteRecord).webUrl }
      : oneDriveOf(resource as UserRecord);
  return {
    restoredSiteId: isNew ? stableGuid(`restoredSite/${artifact.id}`) : site.id,
    restoredSiteName: isNew ? `${site.name} (restored)` : site.name,
    restoredSiteWebUrl: isNew ? `${site.url}_restored` : site.url,
  };
}

function oneDriveOf(user: UserRecord): { id: string; name: string; url: string } {
  const host = SHAREPOINT_HOST.replace(".sharepoint.com", "-my.sharepoint.com");
  return {
    id: stableGuid(`onedrive/${user.id}`),
    name: user.displayName,
    url: `https://${host}/personal/${user.userPrincipalName.replace(/[@.]/g, "_")}`,
  };
}

/** A bulk restore request; lists leave out the input arrays, as the list pages say. */
export function bulkRequestJson(
  session: RestoreSessionRecord,
  request: BulkRestoreRecord,
  withInputs: boolean,
): GraphRestoreArtifactsBulkAdditionRequest {
  const keys = BULK_INPUT_KEYS[session.workload];
  return {
    "@odata.type": `#${WORKLOAD_NAMES[session.workload].restoreBulkRequestType}`,
    id: request.id,
    displayName: request.displayName,
    status: request.status,
    destinationType: request.destinationType,
    protectionTimePeriod: {
      startDateTime: iso(request.start),
      endDateTime: request.end === null ? null : iso(request.end),
    },
    restorePointPreference: request.preference,
    tags: request.tags,
    // Documented as not implemented by the service.
    protectionUnitIds: null,
    ...(withInputs ? { [keys.names]: [...request.names], [keys.ids]: [...request.ids] } : {}),
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(request.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(request.lastModifiedDateTime),
    error: request.error ? structuredClone(request.error) : null,
  };
}
