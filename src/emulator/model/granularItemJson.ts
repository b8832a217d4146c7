import { GRANULAR_ITEM_COLLECTIONS, type GranularItemWorkload } from "../../msgraph/models.js";
import { artifactState } from "./restoreLifecycle.js";
import { iso } from "../state/clock.js";
import { stableGuid } from "../state/ids.js";
import type { EmulatorStore } from "../state/store.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../state/restoreRecords.js";

/** What a granular drive or site artifact restores: one item of a browse session (§3.6 rows 80-81, §3.7). */
export interface GranularItem {
  browseSessionId: string;
  itemKey: string;
  /** The item's path in the backup (library/folder/.../name) and its web URL at backup time. */
  path: string;
  webUrl: string;
  /** directoryObjectId (OneDrive) or siteId (SharePoint) of the browsed drive or site. */
  resourceId: string | null;
}

declare module "../state/restoreRecords.js" {
  interface RestoreArtifactRecord {
    /** Set on granular drive and site artifacts, which ride in `granularArtifacts` so the lifecycle moves them. */
    granularItem?: GranularItem;
  }
}

export type GranularWorkload = GranularItemWorkload;

/** The granular collections of the OneDrive and SharePoint sessions (the Exchange one is created inline). */
export const GRANULAR_ITEM_NAMES: Readonly<
  Record<GranularWorkload, { collection: string; type: string; resourceKey: "directoryObjectId" | "siteId" }>
> = Object.freeze({
  oneDriveForBusiness: {
    collection: GRANULAR_ITEM_COLLECTIONS.oneDriveForBusiness,
    type: "microsoft.graph.granularDriveRestoreArtifact",
    resourceKey: "directoryObjectId",
  },
  sharePoint: {
    collection: GRANULAR_ITEM_COLLECTIONS.sharePoint,
    type: "microsoft.graph.granularSiteRestoreArtifact",
    resourceKey: "siteId",
  },
});

export const GRANULAR_WORKLOADS = Object.keys(GRANULAR_ITEM_NAMES) as GranularWorkload[];

/** The granular items of a session, in the order they were added. */
export const granularItemsOf = (session: RestoreSessionRecord): RestoreArtifactRecord[] =>
  session.granularArtifacts.filter((a) => a.granularItem !== undefined);

/**
 * A granularDriveRestoreArtifact / granularSiteRestoreArtifact (CSDL properties only). Restored items land in a
 * folder named for the restore point inside the item's library: `restoredItemPath` is that folder, as the resource
 * page describes it, and the other restored* fields appear once the item succeeded.
 */
export function granularItemJson(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  artifact: RestoreArtifactRecord,
  now: number,
): Record<string, unknown> {
  const item = artifact.granularItem!;
  const names = GRANULAR_ITEM_NAMES[session.workload as GranularWorkload];
  const state = artifactState(store, session, artifact, now);
  const done = state.status === "succeeded";
  const [library = "", ...rest] = item.path.split("/");
  const folder = `${library}/Restored ${iso(artifact.protectionTime).slice(0, 10)}`;
  const base = item.webUrl.endsWith(`/${encodeURI(item.path)}`)
    ? item.webUrl.slice(0, -encodeURI(item.path).length - 1)
    : item.webUrl;
  return {
    "@odata.type": `#${names.type}`,
    id: artifact.id,
    browseSessionId: item.browseSessionId,
    status: state.status,
    webUrl: item.webUrl,
    restorePointDateTime: iso(artifact.protectionTime),
    startDateTime: state.startDateTime === null ? null : iso(state.startDateTime),
    completionDateTime: state.completionDateTime === null ? null : iso(state.completionDateTime),
    restoredItemKey: done ? stableGuid(`restoredItem/${session.id}/${artifact.id}`) : null,
    restoredItemPath: done ? folder : null,
    restoredItemWebUrl: done ? `${base}/${encodeURI(`${folder}/${rest.at(-1) ?? library}`)}` : null,
    [names.resourceKey]: item.resourceId,
  };
}
