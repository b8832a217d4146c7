import { WORKLOAD_NAMES, type GraphArtifactCount } from "../../msgraph/models.js";
import { findResource, findUnit, type EmulatorStore } from "../state/store.js";
import { type ProtectionFailure } from "../state/protectionRecords.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../state/restoreRecords.js";
import { WORK_TIMINGS } from "./workTimings.js";

/**
 * Restore sessions and artifacts move on the emulated clock without being touched: their statuses are derived
 * from the session's activation time and each artifact's start (WORK_TIMINGS), as §4.7 describes:
 *   session:  draft ─activate─► activating ─► active ─► completed | completedWithError | failed (evolvable)
 *   artifact: added ─► scheduling ─► scheduled ─► inProgress ─► succeeded | failed
 * Only a bulk request's resolution is materialised (restoreBulk.ts), since it picks restore points once.
 */
export type ArtifactStatus = "added" | "scheduling" | "scheduled" | "inProgress" | "succeeded" | "failed";
export type SessionStatus = "draft" | "activating" | "active" | "completed" | "completedWithError" | "failed";

export interface ArtifactState {
  status: ArtifactStatus;
  startDateTime: number | null;
  completionDateTime: number | null;
  failure: ProtectionFailure | null;
  /** When the status last changed. */
  changedAt: number;
}

/**
 * Deterministic failures: an artifact fails when its resource carries a `restoreFailure` (the directory marks one
 * user and one site, the way `protectionFailure` marks the always-failing protections).
 */
export function restoreFailureOf(store: EmulatorStore, artifact: RestoreArtifactRecord): ProtectionFailure | null {
  const unit = findUnit(store, artifact.unitId);
  const resource = unit && findResource(store, WORKLOAD_NAMES[unit.workload].unitKey, unit.resourceId);
  return resource?.restoreFailure ?? null;
}

export function artifactState(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  artifact: RestoreArtifactRecord,
  now: number,
): ArtifactState {
  const T = WORK_TIMINGS;
  if (session.activatedAt === null) {
    return {
      status: "added",
      startDateTime: null,
      completionDateTime: null,
      failure: null,
      changedAt: artifact.addedAt,
    };
  }
  const scheduling = Math.max(session.activatedAt, artifact.addedAt);
  const scheduled = scheduling + T.schedulingMs;
  const started = scheduled + T.scheduledMs;
  const done = started + T.restoreMs;
  if (now >= done) {
    const failure = restoreFailureOf(store, artifact);
    return {
      status: failure ? "failed" : "succeeded",
      startDateTime: started,
      completionDateTime: done,
      failure,
      changedAt: done,
    };
  }
  const base = { completionDateTime: null, failure: null };
  if (now >= started) return { ...base, status: "inProgress", startDateTime: started, changedAt: started };
  if (now >= scheduled) return { ...base, status: "scheduled", startDateTime: null, changedAt: scheduled };
  return { ...base, status: "scheduling", startDateTime: null, changedAt: scheduling };
}

export interface SessionState {
  status: SessionStatus;
  completedDateTime: number | null;
  lastModifiedDateTime: number;
  counts: Required<GraphArtifactCount>;
}

const TERMINAL = new Set<ArtifactStatus>(["succeeded", "failed"]);
const PENDING = new Set<ArtifactStatus>(["scheduling", "scheduled", "inProgress"]);

/** The session's status is the aggregate of its artifacts (and of its bulk request while that is unresolved). */
export function sessionState(store: EmulatorStore, session: RestoreSessionRecord, now: number): SessionState {
  const states = [...session.artifacts, ...session.granularArtifacts].map((a) => artifactState(store, session, a, now));
  const counts = {
    total: states.length,
    completed: states.filter((s) => s.status === "succeeded").length,
    inProgress: states.filter((s) => PENDING.has(s.status)).length,
    failed: states.filter((s) => s.status === "failed").length,
  };
  const changed = Math.max(session.lastModifiedDateTime, ...states.map((s) => s.changedAt));
  if (session.activatedAt === null) {
    return { status: "draft", completedDateTime: null, lastModifiedDateTime: session.lastModifiedDateTime, counts };
  }
  const bulkPending = session.bulkRequests.some((b) => b.status === "active");
  const lastModifiedDateTime = Math.max(changed, session.activatedAt);
  if (!bulkPending && states.every((s) => TERMINAL.has(s.status))) {
    // No artifact at all (a bulk request that resolved nothing): nothing was restored, so the session failed.
    const resolvedAt = Math.max(session.activatedAt, ...session.bulkRequests.map((b) => b.lastModifiedDateTime));
    const completedDateTime =
      states.length === 0 ? resolvedAt : Math.max(...states.map((s) => s.completionDateTime ?? 0));
    const status: SessionStatus =
      counts.failed === counts.total
        ? "failed"
        : counts.completed === counts.total
          ? "completed"
          : "completedWithError";
    return {
      status,
      completedDateTime,
      lastModifiedDateTime: Math.max(lastModifiedDateTime, completedDateTime),
      counts,
    };
  }
  const activating = bulkPending || states.length === 0 || states.some((s) => s.status === "scheduling");
  return { status: activating ? "activating" : "active", completedDateTime: null, lastModifiedDateTime, counts };
}

/** Sessions that count against the documented cap of simultaneously activated sessions. */
export function activeSessionCount(store: EmulatorStore, now: number): number {
  return [...store.restoreSessions.values()].filter(
    (s) => s.activatedAt !== null && ["activating", "active"].includes(sessionState(store, s, now).status),
  ).length;
}
