// Inclusion rules written over GraphQL against the emulator: each kind created and read back, the rule lifecycle of
// §4.5 enforced before any write (refusals name the status and what is allowed instead, and change nothing), group
// rules that really add the groups' members as units, and a retried create that is not duplicated.
import { beforeAll, describe, expect, it } from "vitest";
import { groupId, userId } from "../../src/emulator/index.js";
import {
  CreateDriveInclusionRuleDocument,
  CreateExchangePolicyDocument,
  CreateMailboxInclusionRuleDocument,
  CreateOneDrivePolicyDocument,
  CreateSharePointPolicyDocument,
  CreateSiteInclusionRuleDocument,
  DeleteAndUnprotectProtectionRuleDocument,
  DeleteProtectionRuleDocument,
  PolicyRulesAfterWriteDocument,
  PolicyUnitsAfterRuleDocument,
  RuleAfterWriteDocument,
  RunProtectionRuleDocument,
  UpdateProtectionRuleDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, graphCalls, MINUTE } from "../helpers/tenant.js";

/** How long the emulator takes to apply a rule (RULE_APPLY_MS). */
const APPLY = 5 * MINUTE;
const EXECUTIVES = groupId(1);
const FINANCE = groupId(2);
const LEGAL = groupId(5);
const SALES = groupId(4);
/** How often the emulator re-evaluates a settled dynamic rule (DYNAMIC_RULE_INTERVAL_MS). */
const REEVALUATION = 15 * MINUTE;
const NO_SUCH_GROUP = "0badc0de-0000-4000-8000-000000000001";

/** Upstream writes: everything but reads (the $batch envelope of reads is a POST that writes nothing). */
const writes = (t: TestGateway) =>
  graphCalls(t).filter((c) => c.method !== "GET" && !c.path.split("?")[0]!.endsWith("/$batch"));

async function members(t: TestGateway, group: string): Promise<string[]> {
  const res = await fetch(`${t.emulator.baseUrl}/groups/${group}/members`);
  return ((await res.json()) as { value: { id: string }[] }).value.map((m) => m.id).sort();
}

async function rule(t: TestGateway, policyId: string, id: string) {
  return (await expectData(t.url, RuleAfterWriteDocument, { policyId, id })).protectionRule!;
}

async function rulesOf(t: TestGateway, id: string) {
  return (await expectData(t.url, PolicyRulesAfterWriteDocument, { id })).protectionPolicy!.inclusionRules.nodes;
}

describe("inclusion rules written over GraphQL", () => {
  // CACHE_TTL_MS 0: the emulator's clock jumps by hand, so a status cached a real second ago would be minutes old.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "directory" }));
  let exchange: string;
  let oneDrive: string;
  let sharePoint: string;

  beforeAll(async () => {
    exchange = (await expectData(t.url, CreateExchangePolicyDocument, { name: "Rules – Exchange", ids: [] }))
      .createExchangeProtectionPolicy.policy.id;
    oneDrive = (await expectData(t.url, CreateOneDrivePolicyDocument, { name: "Rules – OneDrive", ids: [] }))
      .createOneDriveForBusinessProtectionPolicy.policy.id;
    sharePoint = (await expectData(t.url, CreateSharePointPolicyDocument, { name: "Rules – SharePoint", ids: [] }))
      .createSharePointProtectionPolicy.policy.id;
  });

  it("protects every member of a group once the rule completes, on a policy that had no unit", async () => {
    expect(
      (await expectData(t.url, PolicyUnitsAfterRuleDocument, { id: exchange })).protectionPolicy!.protectionUnits.nodes,
    ).toEqual([]);
    t.emulator.resetRequests();
    const created = (
      await expectData(t.url, CreateMailboxInclusionRuleDocument, {
        input: { policyId: exchange, groupIds: [EXECUTIVES] },
      })
    ).createMailboxInclusionRule.rule;
    expect(created).toMatchObject({
      __typename: "MailboxProtectionRule",
      policyId: exchange,
      workload: "EXCHANGE",
      status: "ACTIVE",
      isAutoApplyEnabled: false,
      isTerminal: false,
      expression: `(memberOf -any (group.id -in ['${EXECUTIVES}']))`,
      groupIds: [EXECUTIVES],
    });
    expect(writes(t).map((c) => c.method)).toEqual(["POST"]);
    expect(callsTo(t, "POST", "/mailboxInclusionRules")).toHaveLength(1);
    expect((await rule(t, exchange, created.id)).status).toBe("ACTIVE");

    t.emulator.clock.advance(APPLY);
    expect(await rule(t, exchange, created.id)).toMatchObject({ status: "COMPLETED", isTerminal: true, error: null });
    const units = (await expectData(t.url, PolicyUnitsAfterRuleDocument, { id: exchange })).protectionPolicy!
      .protectionUnits.nodes;
    const ids = units.map((u) => (u.__typename === "MailboxProtectionUnit" ? u.directoryObjectId : null)).sort();
    expect(ids).toEqual(await members(t, EXECUTIVES));
    expect(ids.length).toBeGreaterThan(0);
    // A static rule's units are plain additions: Graph's protectionSource has no "static rule" member.
    expect(new Set(units.flatMap((u) => u.protectionSources))).toEqual(new Set(["MANUAL"]));
  });

  it("ends COMPLETED_WITH_ERRORS with invalidGroupId when a group does not exist", async () => {
    const created = (
      await expectData(t.url, CreateDriveInclusionRuleDocument, {
        input: { policyId: oneDrive, groupIds: [NO_SUCH_GROUP] },
      })
    ).createDriveInclusionRule.rule;
    expect(created).toMatchObject({
      __typename: "DriveProtectionRule",
      workload: "ONEDRIVE_FOR_BUSINESS",
      groupIds: [NO_SUCH_GROUP],
    });
    t.emulator.clock.advance(APPLY);
    expect(await rule(t, oneDrive, created.id)).toMatchObject({
      status: "COMPLETED_WITH_ERRORS",
      isTerminal: true,
      error: { code: "invalidGroupId" },
    });
  });

  it("writes Graph's site expression from typed conditions, and takes a raw one as written", async () => {
    const typed = (
      await expectData(t.url, CreateSiteInclusionRuleDocument, {
        input: {
          policyId: sharePoint,
          conditions: { nameContains: ["Finance"], urlContains: ["legal"], combine: "OR" },
        },
      })
    ).createSiteInclusionRule.rule;
    expect(typed).toMatchObject({
      __typename: "SiteProtectionRule",
      workload: "SHAREPOINT",
      status: "ACTIVE",
      expression: "((displayName -contains 'Finance') -or (webUrl -contains 'legal'))",
    });
    const raw = "(lastModifiedDateTime -ge '2024-02-26T11:36:20Z')";
    const written = (
      await expectData(t.url, CreateSiteInclusionRuleDocument, {
        input: { policyId: sharePoint, expression: `  ${raw}` },
      })
    ).createSiteInclusionRule.rule;
    expect(written.expression).toBe(raw);
    expect((await rulesOf(t, sharePoint)).map((r) => r.id).sort()).toEqual([typed.id, written.id].sort());
    t.emulator.clock.advance(APPLY);
    expect((await rule(t, sharePoint, typed.id)).status).toBe("COMPLETED");
  });

  describe("the rule lifecycle, checked before the write", () => {
    let staticRule: string;
    let activeRule: string;
    let dynamicRule: string;

    beforeAll(async () => {
      staticRule = (
        await expectData(t.url, CreateMailboxInclusionRuleDocument, {
          input: { policyId: exchange, groupIds: [FINANCE] },
        })
      ).createMailboxInclusionRule.rule.id;
      dynamicRule = (
        await expectData(t.url, CreateDriveInclusionRuleDocument, {
          input: { policyId: oneDrive, groupIds: [LEGAL], isAutoApplyEnabled: true },
        })
      ).createDriveInclusionRule.rule.id;
      t.emulator.clock.advance(APPLY);
      activeRule = (
        await expectData(t.url, CreateMailboxInclusionRuleDocument, {
          input: { policyId: exchange, groupIds: [LEGAL] },
        })
      ).createMailboxInclusionRule.rule.id;
    });

    const STATIC_ALLOWED = ["runProtectionRule", "deleteProtectionRule"];
    const DYNAMIC_ALLOWED = ["updateProtectionRule", "deleteProtectionRule", "deleteAndUnprotectProtectionRule"];
    // Rule ids exist only once beforeAll ran, so each case builds its variables when it runs.
    const REFUSALS = [
      {
        name: "runs a dynamic rule",
        op: RunProtectionRuleDocument,
        vars: () => ({ policyId: oneDrive, id: dynamicRule }),
        code: "BAD_USER_INPUT",
        status: "COMPLETED",
        allowed: DYNAMIC_ALLOWED,
      },
      {
        name: "deletes a rule still ACTIVE",
        op: DeleteProtectionRuleDocument,
        vars: () => ({ policyId: exchange, id: activeRule }),
        code: "CONFLICT",
        status: "ACTIVE",
        allowed: [],
      },
      {
        name: "runs a rule still ACTIVE",
        op: RunProtectionRuleDocument,
        vars: () => ({ policyId: exchange, id: activeRule }),
        code: "CONFLICT",
        status: "ACTIVE",
        allowed: [],
      },
      {
        name: "updates a static rule",
        op: UpdateProtectionRuleDocument,
        vars: () => ({ input: { policyId: exchange, id: staticRule, groupIds: [LEGAL] } }),
        code: "BAD_USER_INPUT",
        status: "COMPLETED",
        allowed: STATIC_ALLOWED,
      },
      {
        name: "deleteAndUnprotects a static rule",
        op: DeleteAndUnprotectProtectionRuleDocument,
        vars: () => ({ policyId: exchange, id: staticRule }),
        code: "BAD_USER_INPUT",
        status: "COMPLETED",
        allowed: STATIC_ALLOWED,
      },
    ];

    it.each(REFUSALS)("refuses a client that $name with $code: no write, and the rules are unchanged", async (c) => {
      const before = [...(await rulesOf(t, exchange)), ...(await rulesOf(t, oneDrive))];
      t.emulator.resetRequests();
      const res = await execute(t.url, c.op as never, c.vars() as never);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: c.code, status: c.status, allowed: c.allowed });
      expect(writes(t)).toEqual([]);
      expect([...(await rulesOf(t, exchange)), ...(await rulesOf(t, oneDrive))]).toEqual(before);
    });

    it("refuses a second dynamic rule on a policy, naming the one it has, with no write", async () => {
      t.emulator.resetRequests();
      const res = await execute(t.url, CreateDriveInclusionRuleDocument, {
        input: { policyId: oneDrive, groupIds: [FINANCE], isAutoApplyEnabled: true },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        field: "input.isAutoApplyEnabled",
        ruleId: dynamicRule,
      });
      expect(writes(t)).toEqual([]);
    });

    it("runs a completed static rule again (ACTIVE), and a delete later in the same request sees it ACTIVE and is refused", async () => {
      const document = `mutation($p: ID!, $id: ID!) {
        run: runProtectionRule(policyId: $p, id: $id) { rule { status } }
        del: deleteProtectionRule(policyId: $p, id: $id) { id }
      }`;
      t.emulator.resetRequests();
      const res = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: document, variables: { p: exchange, id: staticRule } }),
      });
      // deleteProtectionRule's payload is non-null, so its refusal nulls data: the run shows in the log and the rule.
      const body = (await res.json()) as { errors?: { path: string[]; extensions: Record<string, unknown> }[] };
      expect(body.errors?.[0]).toMatchObject({ path: ["del"], extensions: { code: "CONFLICT", status: "ACTIVE" } });
      expect(writes(t).map((c) => `${c.method} ${c.path.split("/").at(-1)}`)).toEqual(["POST run"]);
      expect((await rule(t, exchange, staticRule)).status).toBe("ACTIVE");
      t.emulator.clock.advance(APPLY);
    });

    it("updates a completed dynamic rule (UPDATE_REQUESTED) with the new groups", async () => {
      const updated = (
        await expectData(t.url, UpdateProtectionRuleDocument, {
          input: { policyId: oneDrive, id: dynamicRule, groupIds: [LEGAL, FINANCE] },
        })
      ).updateProtectionRule.rule;
      expect(updated).toMatchObject({ status: "UPDATE_REQUESTED", groupIds: [LEGAL, FINANCE] });
      t.emulator.clock.advance(APPLY);
      expect((await rule(t, oneDrive, dynamicRule)).status).toBe("COMPLETED");
    });

    it("maps Graph's own refusal, when it refuses anyway, to the same code", async () => {
      t.emulator.injectFault({
        method: "PATCH",
        path: "/driveInclusionRules/",
        status: 422,
        code: "InvalidProtectionRuleStatusForDynamicRuleEdit",
        times: 1,
      });
      const res = await execute(t.url, UpdateProtectionRuleDocument, {
        input: { policyId: oneDrive, id: dynamicRule, groupIds: [LEGAL] },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        graphCode: "InvalidProtectionRuleStatusForDynamicRuleEdit",
      });
    });

    it("deleteAndUnprotects a dynamic rule (DELETE_REQUESTED), after which no change is accepted", async () => {
      const removed = (
        await expectData(t.url, DeleteAndUnprotectProtectionRuleDocument, { policyId: oneDrive, id: dynamicRule })
      ).deleteAndUnprotectProtectionRule.rule;
      expect(removed).toMatchObject({ id: dynamicRule, status: "DELETE_REQUESTED" });
      t.emulator.resetRequests();
      const res = await execute(t.url, UpdateProtectionRuleDocument, {
        input: { policyId: oneDrive, id: dynamicRule, groupIds: [LEGAL] },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        status: "DELETE_REQUESTED",
        reason: "InvalidProtectionRuleStatusForDynamicRuleEdit",
        allowed: [],
      });
      expect(writes(t)).toEqual([]);
    });

    it("deletes a completed static rule; the units it added stay", async () => {
      const unitsBefore = (await expectData(t.url, PolicyUnitsAfterRuleDocument, { id: exchange })).protectionPolicy!
        .protectionUnits.nodes.length;
      const deleted = await expectData(t.url, DeleteProtectionRuleDocument, { policyId: exchange, id: staticRule });
      expect(deleted.deleteProtectionRule.id).toBe(staticRule);
      const gone = await execute(t.url, RuleAfterWriteDocument, { policyId: exchange, id: staticRule });
      expect(gone.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
      const unitsAfter = (await expectData(t.url, PolicyUnitsAfterRuleDocument, { id: exchange })).protectionPolicy!
        .protectionUnits.nodes.length;
      expect(unitsAfter).toBe(unitsBefore);
    });
  });

  describe("a dynamic rule", () => {
    it("follows its group's membership, and deleteAndUnprotect takes away the protection it added", async () => {
      const policy = (await expectData(t.url, CreateExchangePolicyDocument, { name: "Rules – dynamic", ids: [] }))
        .createExchangeProtectionPolicy.policy.id;
      const created = (
        await expectData(t.url, CreateMailboxInclusionRuleDocument, {
          input: { policyId: policy, groupIds: [SALES], isAutoApplyEnabled: true },
        })
      ).createMailboxInclusionRule.rule;
      expect(created).toMatchObject({ status: "ACTIVE", isAutoApplyEnabled: true, groupIds: [SALES] });
      t.emulator.clock.advance(APPLY);
      const unitsOf = async () =>
        (await expectData(t.url, PolicyUnitsAfterRuleDocument, { id: policy })).protectionPolicy!.protectionUnits.nodes;
      const byRule = async () =>
        (await unitsOf())
          .filter((u) => u.protectionSources.includes("DYNAMIC_RULE"))
          .map((u) => (u.__typename === "MailboxProtectionUnit" ? u.directoryObjectId : null))
          .sort();
      expect(await byRule()).toEqual(await members(t, SALES));

      // A newcomer to the group is protected at the rule's next re-evaluation, with no call from the gateway.
      const newcomer = userId(60);
      const joined = await fetch(`${t.emulator.origin}/_emulator/groups/${SALES}/members`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ add: [newcomer] }),
      });
      expect(joined.status).toBe(200);
      t.emulator.clock.advance(REEVALUATION);
      expect(await byRule()).toContain(newcomer);

      const removed = (
        await expectData(t.url, DeleteAndUnprotectProtectionRuleDocument, { policyId: policy, id: created.id })
      ).deleteAndUnprotectProtectionRule.rule;
      expect(removed.status).toBe("DELETE_REQUESTED");
      t.emulator.clock.advance(APPLY);
      const gone = await execute(t.url, RuleAfterWriteDocument, { policyId: policy, id: created.id });
      expect(gone.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
      expect(await byRule()).toEqual([]);
    });
  });

  describe("a create retried with the same idempotencyKey", () => {
    it("answers the first rule again without a second POST", async () => {
      const input = { policyId: exchange, groupIds: [FINANCE], idempotencyKey: "rule-once" };
      t.emulator.resetRequests();
      const first = (await expectData(t.url, CreateMailboxInclusionRuleDocument, { input })).createMailboxInclusionRule
        .rule;
      const again = (await expectData(t.url, CreateMailboxInclusionRuleDocument, { input })).createMailboxInclusionRule
        .rule;
      expect(again.id).toBe(first.id);
      expect(callsTo(t, "POST", "/mailboxInclusionRules")).toHaveLength(1);
    });

    it("after a reset once the body was sent, looks for the rule before sending again: still exactly one", async () => {
      const input = { policyId: exchange, groupIds: [LEGAL, FINANCE], idempotencyKey: "rule-lost" };
      t.emulator.injectFault({ method: "POST", path: "/mailboxInclusionRules", kind: "reset-after-body", times: 1 });
      const lost = await execute(t.url, CreateMailboxInclusionRuleDocument, { input });
      expect(lost.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_OUTCOME_UNKNOWN" });
      t.emulator.resetRequests();
      const retried = (await expectData(t.url, CreateMailboxInclusionRuleDocument, { input }))
        .createMailboxInclusionRule.rule;
      const expression = `(memberOf -any (group.id -in ['${LEGAL}', '${FINANCE}']))`;
      expect((await rulesOf(t, exchange)).filter((r) => r.expression === expression).map((r) => r.id)).toEqual([
        retried.id,
      ]);
      expect(callsTo(t, "POST", "/mailboxInclusionRules")).toHaveLength(1);
    });
  });
});
