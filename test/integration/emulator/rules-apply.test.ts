import { describe, expect, it } from "vitest";
import { groupId, siteId, startEmulator, userId } from "../../../src/emulator/index.js";
import { BACKUP, client, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator(
  { seed: "directory", startTime: "2025-01-01T00:00:00Z" },
  { beforeEach: (e) => e.reset("directory") },
);

const MINUTE = 60_000;
const APPLY = 5 * MINUTE;
const REEVALUATE = 15 * MINUTE;
const OPT_IN = { Prefer: "include-unknown-enum-members" };
const UNKNOWN_GROUP = "00000000-0000-4000-8000-0000000000aa";
const groups = (...ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;
// Seeded groups: 1 Executives (users 0-7), 2 Finance (10-19), 5 Legal (50-54).
const users = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => userId(from + i));

async function exchangePolicy(units: string[] = [], active = true): Promise<string> {
  const created = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, {
    displayName: "Exchange",
    mailboxProtectionUnits: units.map((id) => ({ directoryObjectId: id })),
  });
  expect(created.status).toBe(201);
  if (active) await call("POST", `${BACKUP}/protectionPolicies/${created.body.id}/activate`);
  emulator.clock.advance(APPLY);
  return created.body.id as string;
}
const rulesOf = (policyId: string) => `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxInclusionRules`;
const unitsOf = async (policyId: string): Promise<Json[]> =>
  (await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits`)).body.value;
const byUser = (units: Json[]) =>
  Object.fromEntries(units.map((u: Json) => [u.directoryObjectId, [u.status, u.protectionSources]]));
const members = (id: string, body: unknown) => call("POST", `/_emulator/groups/${id}/members`, body);

describe("applying a group rule", () => {
  it("makes every member of its groups a unit of the policy (manual for a static rule), completed once settled", async () => {
    const policyId = await exchangePolicy();
    expect(await unitsOf(policyId)).toHaveLength(0);
    const created = await call("POST", rulesOf(policyId), { mailboxExpression: groups(groupId(1), groupId(5)) });
    expect([created.status, created.body.status]).toEqual([201, "active"]);
    const expected = [...users(0, 8), ...users(50, 55)];
    // Units appear while the rule is active and follow the unit lifecycle.
    expect(byUser(await unitsOf(policyId))).toEqual(
      Object.fromEntries(expected.map((id) => [id, ["protectRequested", "manual"]])),
    );
    emulator.clock.advance(APPLY);
    expect((await call("GET", `${rulesOf(policyId)}/${created.body.id}`)).body).toMatchObject({
      status: "completed",
      error: null,
    });
    expect(byUser(await unitsOf(policyId))).toEqual(
      Object.fromEntries(expected.map((id) => [id, ["protected", "manual"]])),
    );
    expect((await call("GET", `${BACKUP}/protectionPolicies/${policyId}`)).body.status).toBe("active");
  });

  it("ends completedWithErrors with invalidGroupId and Graph's innerError, and still adds the known groups' members", async () => {
    const policyId = await exchangePolicy();
    const created = await call("POST", rulesOf(policyId), { mailboxExpression: groups(groupId(5), UNKNOWN_GROUP) });
    expect(created.body).toMatchObject({ status: "active", error: null });
    emulator.clock.advance(APPLY);
    const rule = (await call("GET", `${rulesOf(policyId)}/${created.body.id}`)).body;
    expect(rule).toMatchObject({
      status: "completedWithErrors",
      error: {
        code: "invalidGroupId",
        message: "groupId does not exist",
        details: [{ code: "invalidGroupId", target: UNKNOWN_GROUP }],
        innerError: { code: "invalidGroupId", "request-id": expect.any(String), date: expect.any(String) },
      },
    });
    expect(Object.keys(byUser(await unitsOf(policyId))).sort()).toEqual(users(50, 55).sort());
  });

  it("flattens a static rule's members when applied: run picks up who joined since, in an inactive policy too", async () => {
    const policyId = await exchangePolicy([], false);
    const { body: rule } = await call("POST", rulesOf(policyId), { mailboxExpression: groups(groupId(5)) });
    emulator.clock.advance(APPLY);
    expect((await members(groupId(5), { add: [userId(30)] })).status).toBe(200);
    expect(await unitsOf(policyId)).toHaveLength(5);
    emulator.clock.advance(REEVALUATE);
    expect(await unitsOf(policyId)).toHaveLength(5);
    expect((await call("POST", `${rulesOf(policyId)}/${rule.id}/run`)).status).toBe(202);
    const units = byUser(await unitsOf(policyId));
    expect(units[userId(30)]).toEqual(["unprotected", "manual"]);
    expect(Object.keys(units)).toHaveLength(6);
  });

  it("leaves a member protected by another policy of the workload where it is", async () => {
    const other = await exchangePolicy([userId(50)], false);
    const created = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, { displayName: "Second" });
    await call("POST", rulesOf(created.body.id), { mailboxExpression: groups(groupId(5)) });
    expect(Object.keys(byUser(await unitsOf(created.body.id))).sort()).toEqual(users(51, 55).sort());
    expect(Object.keys(byUser(await unitsOf(other)))).toEqual([userId(50)]);
  });
});

describe("rules and units being offboarded", () => {
  it("leave a detached unit on its way out of backup where it is", async () => {
    const policyId = await exchangePolicy([userId(50)], false);
    const [unit] = await unitsOf(policyId);
    await call("PATCH", `${BACKUP}/exchangeProtectionPolicies/${policyId}`, {
      "mailboxProtectionUnits@delta": [{ "@removed": { reason: "changed" }, id: unit.id }],
    });
    emulator.clock.advance(APPLY);
    expect((await call("POST", `${BACKUP}/protectionUnits/${unit.id}/offboard`)).status).toBe(200);
    await call("POST", rulesOf(policyId), { mailboxExpression: groups(groupId(5)) });
    expect(Object.keys(byUser(await unitsOf(policyId))).sort()).toEqual(users(51, 55).sort());
    const offboarding = await call("GET", `${BACKUP}/protectionUnits/${unit.id}`, undefined, OPT_IN);
    expect([offboarding.body.status, offboarding.body.policyId]).toEqual(["offboardRequested", null]);
  });
});

describe("rules and their policy", () => {
  it("go with the policy when it is deleted", async () => {
    const policyId = await exchangePolicy([], false);
    await call("POST", rulesOf(policyId), { mailboxExpression: groups(groupId(5)) });
    emulator.clock.advance(APPLY);
    expect((await call("DELETE", `${BACKUP}/protectionPolicies/${policyId}`)).status).toBe(204);
    expect((await call("GET", `${BACKUP}/mailboxInclusionRules`)).body.value).toEqual([]);
  });

  it("add a large seed's big group at once: New hires' 1,000 mailboxes join the 5,000 already protected", async () => {
    const large = await startEmulator({ port: 0, timeScale: 0, seed: "large" });
    try {
      const rest = client(large);
      const policyId = (await rest("GET", `${BACKUP}/exchangeProtectionPolicies`)).body.value[0].id;
      const created = await rest("POST", `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxInclusionRules`, {
        mailboxExpression: groups(groupId(8)),
      });
      expect(created.status).toBe(201);
      const count = await rest("GET", `${BACKUP}/mailboxProtectionUnits?$count=true&$top=1`);
      expect(count.body["@odata.count"]).toBe(6_000);
    } finally {
      await large.close();
    }
  });
});

describe("a dynamic rule", () => {
  it("follows its group's membership and deleteAndUnprotect removes only its own source", async () => {
    const policyId = await exchangePolicy([userId(50)]);
    const { body: rule } = await call("POST", rulesOf(policyId), {
      mailboxExpression: groups(groupId(5)),
      isAutoApplyEnabled: true,
    });
    emulator.clock.advance(APPLY);
    let units = byUser(await unitsOf(policyId));
    expect(units[userId(50)]).toEqual(["protected", "manual, dynamicRule"]);
    expect(units[userId(51)]).toEqual(["protected", "dynamicRule"]);

    await members(groupId(5), { add: [userId(30)], remove: [userId(51)] });
    expect(byUser(await unitsOf(policyId))[userId(30)]).toBeUndefined();
    emulator.clock.advance(REEVALUATE - APPLY);
    units = byUser(await unitsOf(policyId));
    expect(units[userId(30)]).toEqual(["protectRequested", "dynamicRule"]);
    expect(units[userId(51)]).toEqual(["removeRequested", "none"]);
    emulator.clock.advance(APPLY);
    units = byUser(await unitsOf(policyId));
    expect(units[userId(30)]).toEqual(["protected", "dynamicRule"]);
    expect(units[userId(51)]).toBeUndefined();

    const removed = await call("POST", `${rulesOf(policyId)}/${rule.id}/deleteAndUnprotect`, undefined, OPT_IN);
    expect([removed.status, removed.body.value.status]).toEqual([202, "deleteRequested"]);
    units = byUser(await unitsOf(policyId));
    expect(units[userId(50)]).toEqual(["protected", "manual"]);
    expect(units[userId(52)]).toEqual(["removeRequested", "none"]);
    emulator.clock.advance(APPLY);
    expect(byUser(await unitsOf(policyId))).toEqual({ [userId(50)]: ["protected", "manual"] });
    expect((await call("GET", `${rulesOf(policyId)}/${rule.id}`)).status).toBe(404);
  });

  it("moves its source to the new groups' members when PATCHed", async () => {
    const policyId = await exchangePolicy();
    const { body: rule } = await call("POST", rulesOf(policyId), {
      mailboxExpression: groups(groupId(5)),
      isAutoApplyEnabled: true,
    });
    emulator.clock.advance(APPLY);
    await call("PATCH", `${rulesOf(policyId)}/${rule.id}`, { mailboxExpression: groups(groupId(1)) });
    const units = byUser(await unitsOf(policyId));
    expect(users(0, 8).map((id) => units[id])).toEqual(users(0, 8).map(() => ["protectRequested", "dynamicRule"]));
    expect(users(50, 55).map((id) => units[id])).toEqual(users(50, 55).map(() => ["removeRequested", "none"]));
  });
});

describe("a site rule", () => {
  it.each([
    ["(displayName -contains 'mark')", [1, 12]],
    ["(webUrl -contains 'PROJECT')", [12]],
    ["(displayName -contains 'Sales') -or (webUrl -contains 'Legal')", [2, 5]],
    ["((displayName -contains 'Mark') -and (webUrl -contains 'Project'))", [12]],
    ["(displayName -contains 'Sales') -or (displayName -contains 'Mark') -and (webUrl -contains 'Team')", [2, 12]],
    ["((displayName -contains 'Sales') -or (displayName -contains 'Mark')) -and (webUrl -contains 'Team')", [12]],
    ["(displayName -contains 'nothing here')", []],
  ])("%s selects exactly sites %j", async (siteExpression, indexes) => {
    const policy = await call("POST", `${BACKUP}/sharePointProtectionPolicies`, { displayName: "Sites" });
    const base = `${BACKUP}/sharePointProtectionPolicies/${policy.body.id}`;
    expect((await call("POST", `${base}/siteInclusionRules`, { siteExpression })).status).toBe(201);
    const units = (await call("GET", `${base}/siteProtectionUnits`)).body.value as Json[];
    expect(units.map((u) => u.siteId).sort()).toEqual(indexes.map(siteId).sort());
    expect(units.every((u) => u.protectionSources === "manual")).toBe(true);
  });

  it("compares lastModifiedDateTime -ge with the site's last change", async () => {
    const since = (await call("GET", `/sites/${siteId(12)}`)).body.createdDateTime as string;
    const policy = await call("POST", `${BACKUP}/sharePointProtectionPolicies`, { displayName: "Sites" });
    const base = `${BACKUP}/sharePointProtectionPolicies/${policy.body.id}`;
    await call("POST", `${base}/siteInclusionRules`, {
      siteExpression: `(displayName -contains 'Mark') -and (lastModifiedDateTime -ge '${since}')`,
    });
    const units = (await call("GET", `${base}/siteProtectionUnits`)).body.value as Json[];
    expect(units.map((u) => u.siteId)).toEqual([siteId(12)]);
  });
});

describe("the group membership admin endpoint", () => {
  it.each([
    ["an unknown group", UNKNOWN_GROUP, { add: [userId(1)] }, 404],
    ["no ids", groupId(5), {}, 400],
    ["add that is not an array", groupId(5), { add: userId(1) }, 400],
    ["a number among the ids", groupId(5), { remove: [1] }, 400],
    ["an unknown user", groupId(5), { add: [UNKNOWN_GROUP] }, 400],
    ["a user both added and removed", groupId(5), { add: [userId(1)], remove: [userId(1)] }, 400],
  ])("refuses %s", async (_, id, body, status) => {
    const res = await members(id, body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toEqual(expect.any(String));
    expect((await call("GET", `/groups/${groupId(5)}/members`)).body.value).toHaveLength(5);
  });

  it("adds and removes direct members", async () => {
    const res = await members(groupId(5), { add: [userId(30), userId(50)], remove: [userId(51)] });
    expect(res.body).toMatchObject({ id: groupId(5), memberCount: 5 });
    const listed = (await call("GET", `/groups/${groupId(5)}/members`)).body.value as Json[];
    expect(listed.map((u) => u.id).sort()).toEqual([userId(30), userId(50), ...users(52, 55)].sort());
  });
});
