// Offboarding a unit no policy protects any more, and cancelling it, through GraphQL over the emulator: the statuses
// move on the emulated clock, and every state Graph would refuse is refused first with CONFLICT and no write.
import { beforeEach, describe, expect, it } from "vitest";
import { TIMINGS, userId } from "../../src/emulator/index.js";
import {
  ActivatePolicyDocument,
  CancelOffboardUnitDocument,
  CreateExchangePolicyDocument,
  DeletePolicyDocument,
  FindUnitIdsDocument,
  OffboardUnitDocument,
  UnitStateDocument,
} from "../generated/graphql.js";
import { execute, expectData } from "../helpers/graphql.js";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";
import { graphCalls } from "../helpers/tenant.js";

const t = useGateway(() => startExternal({}, { seed: "directory", startTime: "2025-01-01T00:00:00Z" }));
// Graph allows one active Exchange policy: every test starts from the seeded tenant.
beforeEach(() => t.emulator.reset());

/** The unit of user `index` in a new Exchange policy, the policy deleted when `detach` (so the unit is detached). */
async function unitOf(index: number, detach: boolean): Promise<{ unitId: string; policyId: string }> {
  const created = await expectData(t.url, CreateExchangePolicyDocument, {
    name: `Leaver ${index}`,
    ids: [userId(index)],
  });
  const policyId = created.createExchangeProtectionPolicy.policy.id;
  const found = await expectData(t.url, FindUnitIdsDocument, { filter: { policyId } });
  if (detach) await expectData(t.url, DeletePolicyDocument, { id: policyId });
  return { unitId: found.protectionUnits.nodes[0]!.id, policyId };
}

const state = async (id: string) => (await expectData(t.url, UnitStateDocument, { id })).protectionUnit!;
const writes = (tg: TestGateway) => graphCalls(tg).filter((r) => r.method !== "GET" && !r.path.endsWith("/$batch"));

describe("offboardProtectionUnit and cancelOffboardProtectionUnit", () => {
  it("offboards a detached unprotected unit: OFFBOARD_REQUESTED with its date, OFFBOARDED once the clock moves", async () => {
    const { unitId } = await unitOf(1, true);
    expect(await state(unitId)).toMatchObject({
      status: "UNPROTECTED",
      policyId: null,
      offboardRequestedDateTime: null,
    });
    const requestedAt = new Date(t.emulator.clock.now()).toISOString();
    const res = await expectData(t.url, OffboardUnitDocument, { id: unitId });
    expect(res.offboardProtectionUnit.unit).toMatchObject({
      __typename: "MailboxProtectionUnit",
      status: "OFFBOARD_REQUESTED",
      offboardRequestedDateTime: requestedAt,
    });
    t.emulator.clock.advance(TIMINGS.offboardMs);
    expect(await state(unitId)).toMatchObject({ status: "OFFBOARDED", offboardRequestedDateTime: requestedAt });

    const offboarded = await expectData(t.url, FindUnitIdsDocument, { filter: { status: ["OFFBOARDED"] } });
    expect(offboarded.protectionUnits.nodes.map((u) => u.id)).toEqual([unitId]);
    const mine = await expectData(t.url, FindUnitIdsDocument, {
      filter: { directoryObjectId: userId(1), status: ["OFFBOARDED"] },
    });
    expect(mine.protectionUnits.nodes.map((u) => u.id)).toEqual([unitId]);
  });

  it("cancels an offboarding: CANCEL_OFFBOARD_REQUESTED, then UNPROTECTED again", async () => {
    const { unitId } = await unitOf(2, true);
    await expectData(t.url, OffboardUnitDocument, { id: unitId });
    const res = await expectData(t.url, CancelOffboardUnitDocument, { id: unitId });
    expect(res.cancelOffboardProtectionUnit.unit.status).toBe("CANCEL_OFFBOARD_REQUESTED");
    const cancelling = await expectData(t.url, FindUnitIdsDocument, {
      filter: { status: ["CANCEL_OFFBOARD_REQUESTED"] },
    });
    expect(cancelling.protectionUnits.nodes.map((u) => u.id)).toEqual([unitId]);
    t.emulator.clock.advance(TIMINGS.offboardMs);
    expect(await state(unitId)).toMatchObject({ status: "UNPROTECTED", offboardRequestedDateTime: null });
  });

  it("refuses to offboard a protected unit of an active policy: CONFLICT, no write, nothing changes", async () => {
    const { unitId, policyId } = await unitOf(3, false);
    await expectData(t.url, ActivatePolicyDocument, { id: policyId });
    t.emulator.clock.advance(TIMINGS.protectMs);
    expect((await state(unitId)).status).toBe("PROTECTED");
    t.emulator.resetRequests();
    const res = await execute(t.url, OffboardUnitDocument, { id: unitId });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      status: "PROTECTED",
      reason: "ProtectionUnitAttached",
      allowed: ["removeProtectionUnits"],
    });
    expect(writes(t)).toEqual([]);
    expect(await state(unitId)).toMatchObject({ status: "PROTECTED", policyId });
  });

  it("refuses to cancel what is not offboarding, naming offboard as what is allowed instead", async () => {
    const { unitId } = await unitOf(4, true);
    t.emulator.resetRequests();
    const res = await execute(t.url, CancelOffboardUnitDocument, { id: unitId });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      status: "UNPROTECTED",
      allowed: ["offboardProtectionUnit"],
    });
    expect(writes(t)).toEqual([]);
    expect((await state(unitId)).status).toBe("UNPROTECTED");
  });

  it("refuses to offboard twice and to cancel a finished offboarding", async () => {
    const { unitId } = await unitOf(5, true);
    await expectData(t.url, OffboardUnitDocument, { id: unitId });
    const again = await execute(t.url, OffboardUnitDocument, { id: unitId });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      status: "OFFBOARD_REQUESTED",
      allowed: ["cancelOffboardProtectionUnit"],
    });
    t.emulator.clock.advance(TIMINGS.offboardMs);
    t.emulator.resetRequests();
    const late = await execute(t.url, CancelOffboardUnitDocument, { id: unitId });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "OFFBOARDED", allowed: [] });
    expect(writes(t)).toEqual([]);
  });

  it("answers Graph's own 403 OperationNotAllowed (a race the read did not see) with the same CONFLICT", async () => {
    const { unitId } = await unitOf(6, true);
    t.emulator.injectFault({
      method: "POST",
      path: `/protectionUnits/${unitId}/offboard`,
      status: 403,
      code: "OperationNotAllowed",
    });
    const res = await execute(t.url, OffboardUnitDocument, { id: unitId });
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await state(unitId)).status).toBe("UNPROTECTED");
  });

  it.each([
    ["a non-GUID id", "unit-1"],
    ["a path", "../policies"],
    ["an empty id", ""],
  ])("refuses %s with BAD_USER_INPUT and no upstream call", async (_name, id) => {
    t.emulator.resetRequests();
    const offboard = await execute(t.url, OffboardUnitDocument, { id });
    const cancel = await execute(t.url, CancelOffboardUnitDocument, { id });
    for (const res of [offboard, cancel]) {
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    }
    expect(graphCalls(t)).toEqual([]);
  });

  it("answers NOT_FOUND for a unit Graph does not have, without a write", async () => {
    const res = await execute(t.url, OffboardUnitDocument, { id: "00000000-0000-0000-0000-000000000001" });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(writes(t)).toEqual([]);
  });
});
