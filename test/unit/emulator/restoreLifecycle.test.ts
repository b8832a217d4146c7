import { describe, expect, it } from "vitest";
import { makeUser, USER_COUNT } from "../../../src/emulator/seed/directory.js";
import { activeSessionCount, artifactState, sessionState } from "../../../src/emulator/model/restoreLifecycle.js";
import { createStore, type EmulatorStore } from "../../../src/emulator/state/store.js";
import { type UnitRecord } from "../../../src/emulator/state/protectionRecords.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../../../src/emulator/state/restoreRecords.js";
import { WORK_TIMINGS } from "../../../src/emulator/model/workTimings.js";

const MIN = 60_000;
const T0 = Date.parse("2025-01-01T00:00:00Z");

function storeWithUnits(...userIndexes: number[]): EmulatorStore {
  const store = createStore();
  for (const index of userIndexes) {
    const user = makeUser(index);
    store.users.set(user.id.toLowerCase(), user);
    const unit: UnitRecord = {
      id: `unit-${index}`,
      workload: "exchange",
      policyId: "p",
      resourceId: user.id,
      status: "protected",
      dueAt: null,
      error: null,
      createdDateTime: 0,
      lastModifiedDateTime: 0,
      offboardRequestedDateTime: null,
    };
    store.units.set(unit.id, unit);
  }
  return store;
}

const artifact = (index: number, addedAt = T0): RestoreArtifactRecord => ({
  id: `a-${index}`,
  restorePointId: `unit-${index}_1`,
  unitId: `unit-${index}`,
  protectionTime: 0,
  destinationType: "new",
  addedAt,
});

function session(artifacts: RestoreArtifactRecord[], activatedAt: number | null): RestoreSessionRecord {
  return {
    id: "s",
    workload: "exchange",
    restoreJobType: "standard",
    createdDateTime: T0,
    lastModifiedDateTime: T0,
    activatedAt,
    artifacts,
    granularArtifacts: [],
    bulkRequests: [],
  };
}

describe("restore session and artifact lifecycles", () => {
  it("walk an artifact through added → scheduling → scheduled → inProgress → succeeded on the clock", () => {
    const store = storeWithUnits(0);
    const s = session([artifact(0)], T0);
    const statusAt = (ms: number) => artifactState(store, s, s.artifacts[0]!, T0 + ms);
    expect(artifactState(store, session([artifact(0)], null), artifact(0), T0 + 60 * MIN).status).toBe("added");
    expect(statusAt(0).status).toBe("scheduling");
    expect(statusAt(WORK_TIMINGS.schedulingMs).status).toBe("scheduled");
    const started = WORK_TIMINGS.schedulingMs + WORK_TIMINGS.scheduledMs;
    expect(statusAt(started)).toMatchObject({
      status: "inProgress",
      startDateTime: T0 + started,
      completionDateTime: null,
    });
    expect(statusAt(started + WORK_TIMINGS.restoreMs)).toMatchObject({
      status: "succeeded",
      startDateTime: T0 + started,
      completionDateTime: T0 + started + WORK_TIMINGS.restoreMs,
      failure: null,
    });
  });

  it("fails the artifacts of the user whose restores always fail", () => {
    const store = storeWithUnits(USER_COUNT - 2);
    const s = session([artifact(USER_COUNT - 2)], T0);
    expect(artifactState(store, s, s.artifacts[0]!, T0 + 10 * MIN)).toMatchObject({
      status: "failed",
      failure: { code: "ArtifactCannotBeRestored" },
    });
  });

  it("derive the session status and counts from the artifacts (docs: 2/0/0/0, 2/0/2/0, then terminal)", () => {
    const store = storeWithUnits(0, 1, USER_COUNT - 2);
    const draft = session([artifact(0), artifact(1)], null);
    expect(sessionState(store, draft, T0)).toMatchObject({
      status: "draft",
      counts: { total: 2, completed: 0, inProgress: 0, failed: 0 },
    });
    const s = session([artifact(0), artifact(1)], T0);
    expect(sessionState(store, s, T0)).toMatchObject({ status: "activating", counts: { total: 2, inProgress: 2 } });
    expect(sessionState(store, s, T0 + WORK_TIMINGS.schedulingMs).status).toBe("active");
    expect(sessionState(store, s, T0 + 10 * MIN)).toMatchObject({
      status: "completed",
      completedDateTime: T0 + 5 * MIN,
      counts: { total: 2, completed: 2, inProgress: 0, failed: 0 },
    });
    const mixed = session([artifact(0), artifact(USER_COUNT - 2)], T0);
    expect(sessionState(store, mixed, T0 + 10 * MIN)).toMatchObject({
      status: "completedWithError",
      counts: { completed: 1, failed: 1 },
    });
    const failing = session([artifact(USER_COUNT - 2)], T0);
    expect(sessionState(store, failing, T0 + 10 * MIN).status).toBe("failed");
  });

  it("keep a session activating while its bulk request is unresolved, and count it against the cap", () => {
    const store = storeWithUnits(0);
    const s = session([], T0);
    s.bulkRequests.push({
      id: "b",
      displayName: null,
      names: [],
      ids: [],
      start: 0,
      end: null,
      destinationType: "new",
      tags: null,
      preference: "latest",
      status: "active",
      error: null,
      createdDateTime: T0,
      lastModifiedDateTime: T0,
    });
    store.restoreSessions.set("s", s);
    expect(sessionState(store, s, T0 + 30 * MIN).status).toBe("activating");
    expect(activeSessionCount(store, T0 + 30 * MIN)).toBe(1);
    s.bulkRequests[0]!.status = "completedWithErrors";
    expect(sessionState(store, s, T0 + 30 * MIN).status).toBe("failed");
    expect(activeSessionCount(store, T0 + 30 * MIN)).toBe(0);
  });
});
