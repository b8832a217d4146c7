import { beforeEach, describe, expect, it } from "vitest";
import { WORKLOAD_NAMES } from "../../../src/msgraph/models.js";
import { USER_COUNT, siteId, userId } from "../../../src/emulator/seed/directory.js";
import { TIMINGS, activatePolicy, deactivatePolicy, deletePolicy } from "../../../src/emulator/model/protection.js";
import { runDueTransitions } from "../../../src/emulator/model/dueWork.js";
import { createPolicy } from "../../../src/emulator/model/policyCreate.js";
import { patchPolicy } from "../../../src/emulator/model/policyPatch.js";
import { applySeed } from "../../../src/emulator/seed/seed.js";
import { createStore, findUnit, unitsOfPolicy, type EmulatorStore } from "../../../src/emulator/state/store.js";
import { type PolicyRecord } from "../../../src/emulator/state/protectionRecords.js";
import { fakeRequest } from "./fakes.js";

const T0 = Date.parse("2025-01-01T00:00:00Z");
const exchange = WORKLOAD_NAMES.exchange;

let store: EmulatorStore;
let now: number;

const advance = (ms: number) => {
  now += ms;
  runDueTransitions(store, now);
};
const statuses = (policy: PolicyRecord) => unitsOfPolicy(store, policy.id).map((u) => u.status);
const create = (ids: string[], names = exchange) =>
  createPolicy(
    store,
    names,
    { displayName: "P", [names.unitCollection]: ids.map((id) => ({ [names.unitKey]: id })) },
    now,
  );
const patch = (policy: PolicyRecord, delta: unknown[]) =>
  patchPolicy(
    store,
    policy,
    { [`${WORKLOAD_NAMES[policy.workload].unitCollection}@delta`]: delta },
    fakeRequest("/", { now }),
  );

beforeEach(() => {
  store = createStore();
  now = T0;
  applySeed(store, "directory", now);
});

describe("protection policy lifecycle", () => {
  it("creates an inactive policy whose units wait unprotected", () => {
    const policy = create([userId(0), userId(1)]);
    expect(policy.status).toBe("inactive");
    expect(statuses(policy)).toEqual(["unprotected", "unprotected"]);
  });

  it("activation moves the policy to updating and its units to protectRequested", () => {
    const policy = create([userId(0), userId(1)]);
    activatePolicy(store, policy, now);
    expect(policy.status).toBe("updating");
    expect(statuses(policy)).toEqual(["protectRequested", "protectRequested"]);
  });

  it("settles to active with protected units once the protect time has passed", () => {
    const policy = create([userId(0)]);
    activatePolicy(store, policy, now);
    advance(TIMINGS.protectMs - 1);
    expect(policy.status).toBe("updating");
    advance(1);
    expect(policy.status).toBe("active");
    expect(statuses(policy)).toEqual(["protected"]);
    expect(policy.lastModifiedDateTime).toBe(T0 + TIMINGS.protectMs);
  });

  it("stamps the moment a transition happened, not the moment it was noticed", () => {
    const policy = create([userId(0)]);
    activatePolicy(store, policy, now);
    advance(60 * 60_000);
    expect(policy.lastModifiedDateTime).toBe(T0 + TIMINGS.protectMs);
    expect(unitsOfPolicy(store, policy.id)[0]!.lastModifiedDateTime).toBe(T0 + TIMINGS.protectMs);
  });

  it("ends activeWithErrors when a unit cannot be protected", () => {
    const policy = create([userId(0), userId(USER_COUNT - 1)]);
    activatePolicy(store, policy, now);
    advance(TIMINGS.protectMs);
    expect(policy.status).toBe("activeWithErrors");
    const failed = unitsOfPolicy(store, policy.id)[1]!;
    expect(failed.status).toBe("unprotected");
    expect(failed.error?.code).toBe("QuotaExceeded");
  });

  it("delta adds on an active policy request protection and keep the policy updating until settled", () => {
    const policy = create([userId(0)]);
    activatePolicy(store, policy, now);
    advance(TIMINGS.protectMs);
    patch(policy, [{ directoryObjectId: userId(1) }]);
    expect(policy.status).toBe("updating");
    expect(statuses(policy)).toEqual(["protected", "protectRequested"]);
    advance(TIMINGS.protectMs);
    expect(policy.status).toBe("active");
  });

  it("delta adds on an inactive policy stay unprotected", () => {
    const policy = create([]);
    patch(policy, [{ directoryObjectId: userId(2) }]);
    expect(policy.status).toBe("inactive");
    expect(statuses(policy)).toEqual(["unprotected"]);
  });

  it("delta removal goes removeRequested, then detaches the unit from the policy", () => {
    const policy = create([userId(0), userId(1)]);
    activatePolicy(store, policy, now);
    advance(TIMINGS.protectMs);
    const [unit] = unitsOfPolicy(store, policy.id);
    patch(policy, [{ "@removed": { reason: "changed" }, id: unit!.id }]);
    expect(unit!.status).toBe("removeRequested");
    expect(policy.status).toBe("updating");
    advance(TIMINGS.removeMs);
    expect(findUnit(store, unit!.id)).toMatchObject({ policyId: null, status: "unprotected" });
    expect(unitsOfPolicy(store, policy.id)).toHaveLength(1);
    expect(policy.status).toBe("active");
  });

  it("removal from an inactive policy leaves the policy inactive", () => {
    const policy = create([userId(0)]);
    patch(policy, [{ "@removed": { reason: "changed" }, id: unitsOfPolicy(store, policy.id)[0]!.id }]);
    expect(policy.status).toBe("inactive");
  });

  it("deactivation unprotects the units and ends inactive", () => {
    const policy = create([userId(0)]);
    activatePolicy(store, policy, now);
    advance(TIMINGS.protectMs);
    deactivatePolicy(store, policy, now);
    expect(policy.status).toBe("updating");
    expect(statuses(policy)).toEqual(["unprotectRequested"]);
    advance(TIMINGS.unprotectMs);
    expect(policy.status).toBe("inactive");
    expect(statuses(policy)).toEqual(["unprotected"]);
  });

  it("an activated policy without units is updating for the protect time", () => {
    const policy = create([]);
    activatePolicy(store, policy, now);
    expect(policy.status).toBe("updating");
    advance(TIMINGS.protectMs);
    expect(policy.status).toBe("active");
  });

  it("re-attaches a detached unit record when its resource is protected again", () => {
    const first = create([userId(3)]);
    const unitId = unitsOfPolicy(store, first.id)[0]!.id;
    deletePolicy(store, first, now);
    expect(findUnit(store, unitId)?.policyId).toBeNull();
    const second = create([userId(3)]);
    expect(unitsOfPolicy(store, second.id).map((u) => u.id)).toEqual([unitId]);
  });

  it("runs the same code for SharePoint sites", () => {
    const policy = create([siteId(0)], WORKLOAD_NAMES.sharePoint);
    activatePolicy(store, policy, now);
    advance(TIMINGS.protectMs);
    expect(policy.status).toBe("active");
    expect(unitsOfPolicy(store, policy.id)[0]).toMatchObject({ resourceId: siteId(0), status: "protected" });
  });
});
