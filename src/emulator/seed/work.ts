import { WORKLOAD_NAMES } from "../../msgraph/models.js";
import type { EmulatorSeed } from "../config.js";
import { stableGuid } from "../state/ids.js";
import { pointsDescending, take } from "../model/restorePoints.js";
import { keyOf, unitsOfPolicy, type EmulatorStore } from "../state/store.js";
import { type PolicyRecord, type UnitRecord } from "../state/protectionRecords.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../state/restoreRecords.js";
import { WORK_TIMINGS } from "../model/workTimings.js";

const DAY = 86_400_000;

/**
 * The demo's history on the active Exchange policy (restore points need nothing: they follow from the units
 * protected weeks ago): the bulk job that added three of its mailboxes, and a restore session completed two days
 * ago with two artifacts. Ids are derived from the seed name, so every run shows the same data.
 */
export function seedDemoWork(store: EmulatorStore, seed: EmulatorSeed, now: number): void {
  const policy = [...store.policies.values()].find((p) => p.workload === "exchange" && p.target === "active");
  if (!policy) return;
  const units = unitsOfPolicy(store, policy.id).filter(
    (u) => u.status === "protected" && store.users.has(keyOf(u.resourceId)),
  );
  seedCompletedJob(store, seed, policy, units.slice(-3));
  seedCompletedSession(store, seed, units.slice(0, 2), now);
}

function seedCompletedJob(store: EmulatorStore, seed: EmulatorSeed, policy: PolicyRecord, units: UnitRecord[]): void {
  if (units.length === 0) return;
  const users = units.map((u) => store.users.get(keyOf(u.resourceId))!);
  const id = stableGuid(`seed/${seed}/bulkJob/exchange`);
  store.bulkJobs.set(keyOf(id), {
    id,
    workload: "exchange",
    policyId: policy.id,
    displayName: "Executives – initial mailboxes",
    names: users.slice(0, -1).map((u) => u.mail),
    ids: users.slice(-1).map((u) => u.id),
    status: "completed",
    error: null,
    dueAt: null,
    createdDateTime: policy.createdDateTime,
    lastModifiedDateTime: policy.createdDateTime + WORK_TIMINGS.bulkJobMs,
  });
}

function seedCompletedSession(store: EmulatorStore, seed: EmulatorSeed, units: UnitRecord[], now: number): void {
  const created = now - 2 * DAY;
  const artifacts = units.flatMap((unit, i): RestoreArtifactRecord[] => {
    // The newest point three days back: what an admin would pick to undo a mistake noticed a day later.
    const [point] = take(pointsDescending(unit, now - 3 * DAY, now), 1);
    if (!point) return [];
    return [
      {
        id: stableGuid(`seed/${seed}/restoreArtifact/exchange/${i}`),
        restorePointId: point.id,
        unitId: unit.id,
        protectionTime: point.time,
        destinationType: "new",
        addedAt: created,
      },
    ];
  });
  if (artifacts.length === 0) return;
  const session: RestoreSessionRecord = {
    id: stableGuid(`seed/${seed}/restoreSession/exchange`),
    workload: "exchange",
    restoreJobType: "standard",
    createdDateTime: created,
    lastModifiedDateTime: created,
    activatedAt: created + 10 * 60_000,
    artifacts,
    granularArtifacts: [],
    bulkRequests: [],
  };
  store.restoreSessions.set(keyOf(session.id), session);
}

/** Ids the demo seed gives its restore history (handy for tests and screenshots). */
export const demoWorkIds = (seed: EmulatorSeed = "demo") => ({
  bulkJob: stableGuid(`seed/${seed}/bulkJob/exchange`),
  restoreSession: stableGuid(`seed/${seed}/restoreSession/exchange`),
  restoreSessionType: WORKLOAD_NAMES.exchange.restoreSessionType,
});
