import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { groupId, startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { T0 } from "./fixtures.js";
import { BACKUP, client, type Answer, type Call, type Json } from "./http.js";

let emulator: RunningEmulator;
let call: Call;
let exchangePolicy: string;
const APPLY = 5 * 60_000;
const groups = (...ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;
const mailboxRules = () => `${BACKUP}/exchangeProtectionPolicies/${exchangePolicy}/mailboxInclusionRules`;
const OPT_IN = { Prefer: "include-unknown-enum-members" };
const ids = (list: Answer): string[] => list.body.value.map((r: Json) => r.id);

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, startTime: T0 });
  call = client(emulator);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.reset();
  exchangePolicy = (await call("GET", `${BACKUP}/exchangeProtectionPolicies`)).body.value[0].id;
});

describe("inclusion rules", () => {
  it("creates a static rule active, completed once applied, listed under the policy and at the root", async () => {
    const created = await call("POST", mailboxRules(), { mailboxExpression: groups(groupId(1)) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      "@odata.type": "#microsoft.graph.mailboxProtectionRule",
      status: "active",
      isAutoApplyEnabled: false,
      error: null,
      mailboxExpression: groups(groupId(1)),
    });
    emulator.clock.advance(APPLY);
    expect((await call("GET", `${mailboxRules()}/${created.body.id}`)).body.status).toBe("completed");
    // The demo seed has rules of its own: ours is among the completed mailbox rules, and only there.
    const completed = (await call("GET", `${BACKUP}/mailboxInclusionRules?$filter=status eq 'completed'`)).body.value;
    expect(completed.map((r: Json) => [r.id, r.status])).toContainEqual([created.body.id, "completed"]);
    expect(completed.every((r: Json) => r.status === "completed")).toBe(true);
    expect(ids(await call("GET", `${BACKUP}/driveInclusionRules`))).not.toContain(created.body.id);
  });

  it("ends completedWithErrors with invalidGroupId when a group does not exist", async () => {
    const created = await call("POST", mailboxRules(), {
      mailboxExpression: groups("00000000-0000-4000-8000-000000000001"),
    });
    emulator.clock.advance(APPLY);
    const rule = await call("GET", `${mailboxRules()}/${created.body.id}`);
    expect(rule.body).toMatchObject({
      status: "completedWithErrors",
      error: { code: "invalidGroupId", message: "groupId does not exist" },
    });
  });

  it("accepts site expressions joined by -or / -and and refuses malformed ones", async () => {
    const policy = await call("POST", `${BACKUP}/sharePointProtectionPolicies`, { displayName: "Sites" });
    const rules = `${BACKUP}/sharePointProtectionPolicies/${policy.body.id}/siteInclusionRules`;
    const ok = await call("POST", rules, {
      siteExpression:
        "((displayName -contains 'Finance') -or (webUrl -contains 'Legal') -and (lastModifiedDateTime -ge '2024-02-26T11:36:20Z'))",
    });
    expect(ok.status).toBe(201);
    const bad = await call("POST", rules, { siteExpression: "(title -eq 'x')" });
    expect([bad.status, bad.body.error.code]).toEqual([400, "InvalidRuleExpression"]);
    const dynamic = await call("POST", rules, {
      siteExpression: "(displayName -contains 'abc')",
      isAutoApplyEnabled: true,
    });
    expect([dynamic.status, dynamic.body.error.code]).toEqual([400, "InvalidInclusionRuleCreateRequest"]);
  });

  it.each([
    [{}, 400, "InvalidInclusionRuleCreateRequest"],
    [{ mailboxExpression: "(everyone)" }, 400, "InvalidRuleExpression"],
    [
      { mailboxExpression: groups(...Array.from({ length: 101 }, () => groupId(1))) },
      413,
      "InvalidRuleExpressionGroupLimitExceeded",
    ],
  ])("refuses the create body %j with %i %s", async (body, status, code) => {
    const res = await call("POST", mailboxRules(), body);
    expect([res.status, res.body.error.code]).toEqual([status, code]);
  });

  it("answers InvalidInclusionRuleId for a non-GUID and ProtectionRuleNotFound for an unknown rule", async () => {
    expect((await call("GET", `${mailboxRules()}/nope`)).body.error.code).toBe("InvalidInclusionRuleId");
    const missing = await call("GET", `${mailboxRules()}/00000000-0000-4000-8000-000000000000`);
    expect([missing.status, missing.body.error.code]).toEqual([404, "ProtectionRuleNotFound"]);
  });

  it("runs a completed static rule again (202, active) and deletes only settled rules", async () => {
    const { body: rule } = await call("POST", mailboxRules(), { mailboxExpression: groups(groupId(1)) });
    const early = await call("DELETE", `${mailboxRules()}/${rule.id}`);
    expect([early.status, early.body.error.code]).toEqual([400, "InvalidProtectionRuleStatusForDeletion"]);
    expect((await call("POST", `${mailboxRules()}/${rule.id}/run`)).body.error.code).toBe(
      "ProtectionRuleActionNotAllowed",
    );
    emulator.clock.advance(APPLY);
    const run = await call("POST", `${mailboxRules()}/${rule.id}/run`);
    expect([run.status, run.body.status]).toEqual([202, "active"]);
    expect(
      (await call("PATCH", `${mailboxRules()}/${rule.id}`, { mailboxExpression: groups(groupId(2)) })).body.error.code,
    ).toBe("PatchNotAllowedForStaticRule");
    emulator.clock.advance(APPLY);
    expect((await call("DELETE", `${mailboxRules()}/${rule.id}`)).status).toBe(204);
    expect(ids(await call("GET", `${BACKUP}/mailboxInclusionRules`))).not.toContain(rule.id);
  });

  it("updates a dynamic rule (updateRequested, evolvable) and deleteAndUnprotect removes it once applied", async () => {
    const { body: rule } = await call("POST", mailboxRules(), {
      mailboxExpression: groups(groupId(1)),
      isAutoApplyEnabled: true,
    });
    expect((await call("POST", `${mailboxRules()}/${rule.id}/run`)).body.error.code).toBe(
      "RunNotAllowedForDynamicRule",
    );
    emulator.clock.advance(APPLY);
    const flip = await call("PATCH", `${mailboxRules()}/${rule.id}`, { isAutoApplyEnabled: false });
    expect(flip.body.error.code).toBe("InvalidProtectionRulePatchRequest");
    const patched = await call("PATCH", `${mailboxRules()}/${rule.id}`, { mailboxExpression: groups(groupId(2)) });
    expect([patched.status, patched.body.status]).toEqual([200, "unknownFutureValue"]);
    expect((await call("GET", `${mailboxRules()}/${rule.id}`, undefined, OPT_IN)).body.status).toBe("updateRequested");
    emulator.clock.advance(APPLY);
    const removed = await call("POST", `${mailboxRules()}/${rule.id}/deleteAndUnprotect`, undefined, OPT_IN);
    expect([removed.status, removed.body.value.status]).toEqual([202, "deleteRequested"]);
    const again = await call("PATCH", `${mailboxRules()}/${rule.id}`, { mailboxExpression: groups(groupId(3)) });
    expect([again.status, again.body.error.code]).toEqual([422, "InvalidProtectionRuleStatusForDynamicRuleEdit"]);
    emulator.clock.advance(APPLY);
    expect((await call("GET", `${mailboxRules()}/${rule.id}`)).status).toBe(404);
  });

  it("allows one dynamic rule per policy and no rule under another workload's policy", async () => {
    await call("POST", mailboxRules(), { mailboxExpression: groups(groupId(1)), isAutoApplyEnabled: true });
    const second = await call("POST", mailboxRules(), {
      mailboxExpression: groups(groupId(2)),
      isAutoApplyEnabled: true,
    });
    expect(second.body.error.code).toBe("InvalidInclusionRuleCreateRequest");
    const wrong = await call(
      "GET",
      `${BACKUP}/oneDriveForBusinessProtectionPolicies/${exchangePolicy}/driveInclusionRules`,
    );
    expect([wrong.status, wrong.body.error.code]).toEqual([404, "PolicyNotFound"]);
  });
});

describe("refused rule transitions", () => {
  type State = "active" | "completed" | "updateRequested" | "deleteRequested";
  const rulePath = (id: string) => `${mailboxRules()}/${id}`;
  async function ruleIn(dynamic: boolean, state: State): Promise<string> {
    const { body } = await call("POST", mailboxRules(), {
      mailboxExpression: groups(groupId(2)),
      isAutoApplyEnabled: dynamic,
    });
    if (state === "active") return body.id;
    emulator.clock.advance(APPLY);
    if (state === "updateRequested")
      await call("PATCH", rulePath(body.id), { mailboxExpression: groups(groupId(2), groupId(5)) });
    if (state === "deleteRequested") await call("POST", `${rulePath(body.id)}/deleteAndUnprotect`);
    return body.id;
  }
  const snapshot = async (id: string) => ({
    rule: (await call("GET", rulePath(id), undefined, OPT_IN)).body,
    units: (await call("GET", `${BACKUP}/exchangeProtectionPolicies/${exchangePolicy}/mailboxProtectionUnits`)).body
      .value,
  });
  const patch = { mailboxExpression: groups(groupId(3)) };

  it.each<[string, boolean, State, string, string, unknown, number, string]>([
    ["run a dynamic rule", true, "completed", "POST", "/run", undefined, 400, "RunNotAllowedForDynamicRule"],
    [
      "run a static rule being applied",
      false,
      "active",
      "POST",
      "/run",
      undefined,
      400,
      "ProtectionRuleActionNotAllowed",
    ],
    [
      "delete a static rule being applied",
      false,
      "active",
      "DELETE",
      "",
      undefined,
      400,
      "InvalidProtectionRuleStatusForDeletion",
    ],
    [
      "delete a dynamic rule being applied",
      true,
      "active",
      "DELETE",
      "",
      undefined,
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeletion",
    ],
    [
      "delete a dynamic rule being updated",
      true,
      "updateRequested",
      "DELETE",
      "",
      undefined,
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeletion",
    ],
    [
      "delete a dynamic rule being deleted",
      true,
      "deleteRequested",
      "DELETE",
      "",
      undefined,
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeletion",
    ],
    ["update a static rule", false, "completed", "PATCH", "", patch, 400, "PatchNotAllowedForStaticRule"],
    [
      "update a dynamic rule being applied",
      true,
      "active",
      "PATCH",
      "",
      patch,
      400,
      "InvalidProtectionRuleStatusForUpdation",
    ],
    [
      "update a dynamic rule being deleted",
      true,
      "deleteRequested",
      "PATCH",
      "",
      patch,
      422,
      "InvalidProtectionRuleStatusForDynamicRuleEdit",
    ],
    [
      "turn a dynamic rule static",
      true,
      "completed",
      "PATCH",
      "",
      { isAutoApplyEnabled: false },
      400,
      "InvalidProtectionRulePatchRequest",
    ],
    [
      "deleteAndUnprotect a static rule",
      false,
      "completed",
      "POST",
      "/deleteAndUnprotect",
      undefined,
      400,
      "ProtectionRuleActionNotAllowed",
    ],
    [
      "deleteAndUnprotect a dynamic rule being updated",
      true,
      "updateRequested",
      "POST",
      "/deleteAndUnprotect",
      undefined,
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll",
    ],
    [
      "deleteAndUnprotect a dynamic rule being deleted",
      true,
      "deleteRequested",
      "POST",
      "/deleteAndUnprotect",
      undefined,
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll",
    ],
  ])(
    "refuses to %s (dynamic %s, %s: %s …%s) with %i %s and changes nothing",
    async (_, dynamic, state, method, suffix, body, status, code) => {
      const id = await ruleIn(dynamic, state);
      const before = await snapshot(id);
      const res = await call(method, `${rulePath(id)}${suffix}`, body);
      expect([res.status, res.body.error.code]).toEqual([status, code]);
      expect(await snapshot(id)).toEqual(before);
    },
  );
});

describe("the demo tenant's rules", () => {
  it("shows one of each kind, each selecting what its policy already protects", async () => {
    const list = async (path: string) => (await call("GET", `${BACKUP}/${path}`, undefined, OPT_IN)).body.value;
    const mailbox = await list("mailboxInclusionRules");
    expect(mailbox.map((r: Json) => [r.isAutoApplyEnabled, r.status, r.error?.code ?? null])).toEqual([
      [false, "completed", null],
      [false, "completedWithErrors", "invalidGroupId"],
    ]);
    expect(mailbox[1].error.innerError).toMatchObject({ code: "invalidGroupId", "request-id": expect.any(String) });
    expect((await list("driveInclusionRules")).map((r: Json) => [r.isAutoApplyEnabled, r.status])).toEqual([
      [true, "completed"],
    ]);
    expect((await list("siteInclusionRules")).map((r: Json) => r.status)).toEqual(["completed"]);

    const drives = async () => (await list("driveProtectionUnits")).map((u: Json) => u.protectionSources);
    expect(await drives()).toEqual(Array(5).fill("dynamicRule"));
    emulator.clock.advance(3 * 15 * 60_000);
    expect(await drives()).toEqual(Array(5).fill("dynamicRule"));
    const sites = await list("siteProtectionUnits");
    expect(sites.map((u: Json) => [u.status, u.policyId === null])).toEqual([
      ["unprotected", false],
      ["unprotected", false],
      ["offboardRequested", true],
      ["offboarded", true],
    ]);
  });
});
