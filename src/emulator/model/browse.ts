import { BROWSE_SESSION_NAMES } from "../../msgraph/models.js";
import { browseErrors } from "../wire/errors/resources.js";
import { stableGuid } from "../state/ids.js";
import type { BrowseSessionRecord } from "../state/restoreRecords.js";
import type { ApiRequest } from "../wire/request.js";
import { findRestorePoint } from "./restorePoints.js";
import { tagsOf } from "./retention.js";
import { iso } from "../state/clock.js";
import type { EmulatorStore } from "../state/store.js";

export type BrowseWorkload = BrowseSessionRecord["workload"];

/** Browse sessions exist for OneDrive and SharePoint only (granular restore): Graph's names come from the wire table. */
export const BROWSE_NAMES = BROWSE_SESSION_NAMES;

export const BROWSE_WORKLOADS = Object.keys(BROWSE_NAMES) as BrowseWorkload[];

/** creating -> created takes this long; the session then lives until 3 days after creation (the docs' example). */
export const BROWSE_TIMINGS = Object.freeze({ readyMs: 60_000, lifetimeMs: 3 * 86_400_000 });

/** Creates a session for a restore point of the workload; a point without fastRestore makes the session fail. */
export function createBrowseSession(
  store: EmulatorStore,
  workload: BrowseWorkload,
  restorePointId: string,
  now: number,
): BrowseSessionRecord {
  const point = findRestorePoint(store, restorePointId, now);
  if (!point) throw browseErrors.invalidRestorePoint(restorePointId, "no such restore point.");
  if (point.unit.workload !== workload)
    throw browseErrors.invalidRestorePoint(restorePointId, `it is not a ${workload} restore point.`);
  const fast = tagsOf(point.time, now) === "fastRestore";
  const session: BrowseSessionRecord = {
    id: store.nextId("browseSession"),
    workload,
    restorePointId: point.id,
    restorePointDateTime: point.time,
    resourceId: point.unit.resourceId,
    backupSizeInBytes: String(parseInt(stableGuid(`browse/size/${point.id}`).slice(0, 6), 16) * 10),
    createdDateTime: now,
    readyAt: now + BROWSE_TIMINGS.readyMs,
    expiresAt: now + BROWSE_TIMINGS.lifetimeMs,
    // Only fastRestore points can be browsed (browsesessionbase.md): the session is accepted, then fails.
    error: fast
      ? null
      : { code: "InvalidRestorePoint", message: "Only restore points tagged fastRestore can be browsed." },
  };
  store.browseSessions.set(session.id.toLowerCase(), session);
  return session;
}

export const browseStatus = (s: BrowseSessionRecord, now: number): string =>
  now < s.readyAt ? "creating" : s.error ? "failed" : "created";

/** Sessions still alive at `now`; expired ones are deleted, as the service does. */
export function liveBrowseSessions(store: EmulatorStore, now: number): BrowseSessionRecord[] {
  for (const [key, session] of store.browseSessions) if (session.expiresAt <= now) store.browseSessions.delete(key);
  return [...store.browseSessions.values()];
}

export function browseSessionJson(session: BrowseSessionRecord, req: Pick<ApiRequest, "now">) {
  const names = BROWSE_NAMES[session.workload];
  return {
    "@odata.type": `#${names.type}`,
    id: session.id,
    status: browseStatus(session, req.now),
    createdDateTime: iso(session.createdDateTime),
    expirationDateTime: iso(session.expiresAt),
    restorePointId: session.restorePointId,
    restorePointDateTime: session.restorePointDateTime === null ? null : iso(session.restorePointDateTime),
    backupSizeInBytes: session.backupSizeInBytes,
    error: session.error && req.now >= session.readyAt ? { ...session.error } : null,
    [names.resourceKey]: session.resourceId,
  };
}
