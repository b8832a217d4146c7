// Inclusion rules read through GraphQL over HTTP against a separately started emulator (demo seed): a policy's
// rules of all three kinds with their groups named, one rule polled to its end, bad ids refused before any call,
// unknown ids NOT_FOUND, and an active rule's status served from the gateway's shared cache.
import { beforeAll, describe, expect, it } from "vitest";
import { groupId, type RunningEmulator } from "../../src/emulator/index.js";
import {
  AllPolicyRulesDocument,
  PolicyRulesDocument,
  PollProtectionRuleDocument,
  RuleStatusDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, graphCalls, MINUTE } from "../helpers/tenant.js";

const BACKUP = "/solutions/backupRestore";
const EXECUTIVES = groupId(1);
const FINANCE = groupId(2);
const NO_SUCH_GROUP = "0badc0de-0000-4000-8000-000000000001";
const NO_SUCH_ID = "0badc0de-0000-4000-8000-00000000ffff";
const groupExpression = (ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;

async function rest(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${emulator.baseUrl}${BACKUP}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** The tenant's first policy of a workload collection, created empty when the seed has none. */
async function policyIn(emulator: RunningEmulator, collection: string): Promise<string> {
  const existing = await rest(emulator, "GET", `/${collection}`);
  if (existing.value.length) return existing.value[0].id;
  return (await rest(emulator, "POST", `/${collection}`, { displayName: `${collection} for rules` })).id;
}

interface Policies {
  exchange: string;
  drive: string;
  site: string;
}

async function demoPolicies(emulator: RunningEmulator): Promise<Policies> {
  return {
    exchange: await policyIn(emulator, "exchangeProtectionPolicies"),
    drive: await policyIn(emulator, "oneDriveForBusinessProtectionPolicies"),
    site: await policyIn(emulator, "sharePointProtectionPolicies"),
  };
}

const createRule = (emulator: RunningEmulator, path: string, body: Record<string, unknown>) =>
  rest(emulator, "POST", path, body).then((r) => r.id as string);

describe("inclusion rules read through GraphQL", () => {
  // CACHE_TTL_MS 0: the emulator's clock is moved by hand between reads.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));
  let policies: Policies;
  let mailboxRule: string;
  let driveRule: string;
  let siteRule: string;

  beforeAll(async () => {
    policies = await demoPolicies(t.emulator);
    mailboxRule = await createRule(
      t.emulator,
      `/exchangeProtectionPolicies/${policies.exchange}/mailboxInclusionRules`,
      {
        mailboxExpression: groupExpression([EXECUTIVES, NO_SUCH_GROUP]),
      },
    );
    driveRule = await createRule(
      t.emulator,
      `/oneDriveForBusinessProtectionPolicies/${policies.drive}/driveInclusionRules`,
      { driveExpression: groupExpression([FINANCE]) },
    );
    siteRule = await createRule(t.emulator, `/sharePointProtectionPolicies/${policies.site}/siteInclusionRules`, {
      siteExpression:
        "(displayName -contains 'Finance') -or (webUrl -contains 'sales') -or (lastModifiedDateTime -ge '2024-02-26T11:36:20Z')",
    });
  });

  it("lists a mailbox policy's rules ACTIVE, with their groups named in one getByIds call and a missing group marked", async () => {
    t.emulator.resetRequests();
    const policy = (await expectData(t.url, PolicyRulesDocument, { id: policies.exchange })).protectionPolicy!;
    const rule = policy.inclusionRules.nodes.find((r) => r.id === mailboxRule)!;
    expect(rule).toMatchObject({
      __typename: "MailboxProtectionRule",
      policyId: policies.exchange,
      workload: "EXCHANGE",
      status: "ACTIVE",
      rawStatus: "active",
      isAutoApplyEnabled: false,
      isTerminal: false,
      error: null,
      groupIds: [EXECUTIVES, NO_SUCH_GROUP],
    });
    expect(rule.pollAfterSeconds).toEqual(expect.any(Number));
    expect(rule.createdDateTime).toEqual(expect.any(String));
    if (rule.__typename !== "MailboxProtectionRule") throw new Error("expected a mailbox rule");
    expect(rule.groups).toEqual([
      { id: EXECUTIVES, displayName: "Executives", mail: "executives@contoso.com", memberCount: 8, exists: true },
      { id: NO_SUCH_GROUP, displayName: null, mail: null, memberCount: null, exists: false },
    ]);
    // The policy, its rule list, then one getByIds for every group.
    const [byIds, ...others] = callsTo(t, "POST", "/directoryObjects/getByIds");
    expect(others).toHaveLength(0);
    // memberCount: one count read per group, in the same $batch as the getByIds.
    const counts = callsTo(t, "GET", "/members").filter(
      (c) => c.path.includes(EXECUTIVES) || c.path.includes(NO_SUCH_GROUP),
    );
    expect(counts).toHaveLength(2);
    expect(counts.every((c) => c.batchId !== undefined && c.batchId === byIds!.batchId)).toBe(true);
    expect(callsTo(t, "GET", "/mailboxInclusionRules")).toHaveLength(1);
  });

  it("answers FORBIDDEN naming GroupMember.Read.All on memberCount alone when Graph refuses to count", async () => {
    t.emulator.injectFault({
      method: "GET",
      path: `/groups/${EXECUTIVES}/members`,
      status: 403,
      code: "Authorization_RequestDenied",
      message: "Insufficient privileges to complete the operation.",
    });
    try {
      const res = await execute(t.url, PolicyRulesDocument, { id: policies.exchange });
      const rules = res.data?.protectionPolicy?.inclusionRules.nodes ?? [];
      const rule = rules.find((r) => r.id === mailboxRule);
      if (rule?.__typename !== "MailboxProtectionRule") throw new Error("expected the mailbox rule");
      expect(rule.groups[0]).toMatchObject({
        id: EXECUTIVES,
        displayName: "Executives",
        memberCount: null,
        exists: true,
      });
      // One error per memberCount of that group in the answer (the demo's own rules may name it too), none elsewhere.
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors ?? []) {
        expect(error.extensions).toMatchObject({ code: "FORBIDDEN", permission: "GroupMember.Read.All" });
        expect(error.path?.at(-1)).toBe("memberCount");
      }
    } finally {
      t.emulator.clearFaults();
    }
  });

  it("reads drive rules with their groups and site rules with their conditions", async () => {
    const drive = (await expectData(t.url, PolicyRulesDocument, { id: policies.drive })).protectionPolicy!;
    const rule = drive.inclusionRules.nodes.find((r) => r.id === driveRule)!;
    expect(rule).toMatchObject({
      __typename: "DriveProtectionRule",
      workload: "ONEDRIVE_FOR_BUSINESS",
      isAutoApplyEnabled: false,
    });
    if (rule.__typename !== "DriveProtectionRule") throw new Error("expected a drive rule");
    expect(rule.groups.map((g) => [g.displayName, g.exists])).toEqual([["Finance", true]]);

    const site = (await expectData(t.url, PolicyRulesDocument, { id: policies.site })).protectionPolicy!;
    const sites = site.inclusionRules.nodes.find((r) => r.id === siteRule)!;
    if (sites.__typename !== "SiteProtectionRule") throw new Error("expected a site rule");
    expect(sites.workload).toBe("SHAREPOINT");
    expect(sites.conditions).toEqual({
      nameContains: ["Finance"],
      urlContains: ["sales"],
      modifiedSince: "2024-02-26T11:36:20.000Z",
      combine: "OR",
    });
  });

  it("shows the demo tenant's rules of every kind: static, dynamic, with errors, by site condition", async () => {
    const rules = (await expectData(t.url, AllPolicyRulesDocument)).protectionPolicies.nodes.flatMap(
      (p) => p.inclusionRules.nodes,
    );
    expect(new Set(rules.map((r) => r.__typename))).toEqual(
      new Set(["MailboxProtectionRule", "DriveProtectionRule", "SiteProtectionRule"]),
    );
    expect(rules.some((r) => r.isAutoApplyEnabled)).toBe(true);
    const failed = rules.find((r) => r.status === "COMPLETED_WITH_ERRORS" && r.id !== mailboxRule);
    expect(failed?.error).toMatchObject({ code: "invalidGroupId", innerError: { code: "invalidGroupId" } });
    const sites = rules.filter((r) => r.__typename === "SiteProtectionRule");
    expect(sites.some((r) => r.__typename === "SiteProtectionRule" && r.conditions?.nameContains.length)).toBe(true);
  });

  it("pages through a policy's rules with first and after", async () => {
    const second = await createRule(
      t.emulator,
      `/exchangeProtectionPolicies/${policies.exchange}/mailboxInclusionRules`,
      {
        mailboxExpression: groupExpression([FINANCE]),
      },
    );
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const rules = (await expectData(t.url, PolicyRulesDocument, { id: policies.exchange, first: 1, after }))
        .protectionPolicy!.inclusionRules;
      expect(rules.nodes.length).toBeLessThanOrEqual(1);
      seen.push(...rules.nodes.map((r) => r.id));
      if (!rules.pageInfo.hasNextPage) break;
      after = rules.pageInfo.endCursor;
    }
    expect(seen).toEqual(expect.arrayContaining([mailboxRule, second]));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("reads one rule by id until it ends COMPLETED_WITH_ERRORS, naming the missing group, then hints a long HTTP cache", async () => {
    const active = (
      await expectData(t.url, PollProtectionRuleDocument, { policyId: policies.exchange, id: mailboxRule })
    ).protectionRule!;
    expect(active).toMatchObject({ id: mailboxRule, status: "ACTIVE", isTerminal: false });
    t.emulator.clock.advance(6 * MINUTE);
    const done = (await expectData(t.url, PollProtectionRuleDocument, { policyId: policies.exchange, id: mailboxRule }))
      .protectionRule!;
    expect(done).toMatchObject({ status: "COMPLETED_WITH_ERRORS", isTerminal: true, pollAfterSeconds: null });
    expect(done.error?.code).toMatch(/invalidGroupId/i);
    expect(JSON.stringify(done.error)).toContain(NO_SUCH_GROUP);
    // A rule that reached its end may be kept by HTTP caches much longer than a moving one.
    const search = new URLSearchParams({
      query: "query($p: ID!, $id: ID!) { protectionRule(policyId: $p, id: $id) { id status isTerminal } }",
      variables: JSON.stringify({ p: policies.exchange, id: mailboxRule }),
    });
    const res = await fetch(`${t.url}?${search}`, { headers: { "apollo-require-preflight": "true" } });
    expect(res.headers.get("cache-control")).toBe("max-age=300, private");
    await res.text();
  });

  it.each([
    ["a policy id that is no GUID", { policyId: "not-a-guid", id: NO_SUCH_ID }, "policyId"],
    ["a rule id that is no GUID", { policyId: NO_SUCH_ID, id: "../mailboxInclusionRules" }, "id"],
    ["an empty rule id", { policyId: NO_SUCH_ID, id: "" }, "id"],
    ["a policy id with a path in it", { policyId: `${NO_SUCH_ID}/run`, id: NO_SUCH_ID }, "policyId"],
  ])("refuses %s with BAD_USER_INPUT and no upstream call", async (_, variables, field) => {
    t.emulator.resetRequests();
    const res = await execute(t.url, PollProtectionRuleDocument, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
    expect(graphCalls(t)).toHaveLength(0);
  });

  it("answers NOT_FOUND for an unknown policy, an unknown rule, and a rule of another policy", async () => {
    const cases = [
      { policyId: NO_SUCH_ID, id: mailboxRule },
      { policyId: policies.exchange, id: NO_SUCH_ID },
      { policyId: policies.drive, id: mailboxRule },
    ];
    for (const variables of cases) {
      const res = await execute(t.url, PollProtectionRuleDocument, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("NOT_FOUND");
      expect(res.data?.protectionRule ?? null).toBeNull();
    }
  });
});

describe("polling an active rule", () => {
  // A status cache TTL longer than the test: two polls in a row share one upstream read of the rule.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "60000" }, { seed: "demo" }));

  it("serves the second poll from the shared status cache, and hints HTTP caches", async () => {
    const { exchange } = await demoPolicies(t.emulator);
    const id = await createRule(t.emulator, `/exchangeProtectionPolicies/${exchange}/mailboxInclusionRules`, {
      mailboxExpression: groupExpression([EXECUTIVES]),
    });
    t.emulator.resetRequests();
    const ruleReads = () =>
      graphCalls(t, "GET").filter((r) => r.path.split("?")[0]!.endsWith(`/mailboxInclusionRules/${id}`));
    const first = (await expectData(t.url, RuleStatusDocument, { policyId: exchange, id })).protectionRule!;
    const second = (await expectData(t.url, RuleStatusDocument, { policyId: exchange, id })).protectionRule!;
    expect([first.status, second.status]).toEqual(["ACTIVE", "ACTIVE"]);
    expect(ruleReads()).toHaveLength(1);
    // The policy's workload never changes: read once, then remembered, so the second poll cost no call at all.
    expect(
      graphCalls(t, "GET").filter((r) => r.path.split("?")[0]!.endsWith(`/protectionPolicies/${exchange}`)),
    ).toHaveLength(1);
    expect(graphCalls(t).filter((r) => !r.batchId)).toHaveLength(2);

    const search = new URLSearchParams({
      query: "query($p: ID!, $id: ID!) { protectionRule(policyId: $p, id: $id) { id status isTerminal } }",
      variables: JSON.stringify({ p: exchange, id }),
    });
    const res = await fetch(`${t.url}?${search}`, { headers: { "apollo-require-preflight": "true" } });
    expect(res.headers.get("cache-control")).toBe("max-age=2, private");
    await res.text();
  });

  it("reads a rule polled by 50 clients at once with one upstream GET", async () => {
    const { drive } = await demoPolicies(t.emulator);
    const id = await createRule(t.emulator, `/oneDriveForBusinessProtectionPolicies/${drive}/driveInclusionRules`, {
      driveExpression: groupExpression([FINANCE]),
    });
    t.emulator.resetRequests();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => expectData(t.url, RuleStatusDocument, { policyId: drive, id })),
    );
    expect(answers.every((a) => a.protectionRule?.status === "ACTIVE")).toBe(true);
    expect(
      graphCalls(t, "GET").filter((r) => r.path.split("?")[0]!.endsWith(`/driveInclusionRules/${id}`)),
    ).toHaveLength(1);
  });
});
