// Bad input to the inclusion rule mutations is refused with its code before any upstream write: malformed
// expressions, ids that are not GUIDs, too many groups, both or neither of two alternatives, keywords out of Graph's
// bounds refuse with no call at all; a policy of the wrong workload or an unknown policy or rule costs the one read
// that tells. The tenant's rules are the same after every case.
import { beforeAll, describe, expect, it } from "vitest";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";
import { graphCalls } from "../helpers/tenant.js";

const OPS = {
  mailbox: "mutation($v: CreateMailboxInclusionRuleInput!) { createMailboxInclusionRule(input: $v) { rule { id } } }",
  drive: "mutation($v: CreateDriveInclusionRuleInput!) { createDriveInclusionRule(input: $v) { rule { id } } }",
  site: "mutation($v: CreateSiteInclusionRuleInput!) { createSiteInclusionRule(input: $v) { rule { id } } }",
  update: "mutation($v: UpdateProtectionRuleInput!) { updateProtectionRule(input: $v) { rule { id } } }",
  run: "mutation($p: ID!, $id: ID!) { runProtectionRule(policyId: $p, id: $id) { rule { id } } }",
  delete: "mutation($p: ID!, $id: ID!) { deleteProtectionRule(policyId: $p, id: $id) { id } }",
  unprotect: "mutation($p: ID!, $id: ID!) { deleteAndUnprotectProtectionRule(policyId: $p, id: $id) { rule { id } } }",
} as const;

const G = (n: number) => `${n.toString(16).padStart(8, "0")}-2222-4222-8222-222222222222`;
const G1 = G(1);
const UNKNOWN = "0badc0de-0000-4000-8000-00000000beef";
const groups = (...ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;
const many = (n: number) => Array.from({ length: n }, (_, i) => G(i));

interface Policies {
  exchange: string;
  oneDrive: string;
  sharePoint: string;
}

interface Case {
  name: string;
  op: keyof typeof OPS;
  vars: (p: Policies) => Record<string, unknown>;
  code: "BAD_USER_INPUT" | "NOT_FOUND";
  field?: string;
  /** The refusal needs Graph's answer to one read (the policy's workload, or that it exists): reads only. */
  reads?: true;
}

const mailbox = (extra: object) => (p: Policies) => ({ v: { policyId: p.exchange, ...extra } });
const drive = (extra: object) => (p: Policies) => ({ v: { policyId: p.oneDrive, ...extra } });
const site = (extra: object) => (p: Policies) => ({ v: { policyId: p.sharePoint, ...extra } });
const update = (extra: object) => (p: Policies) => ({ v: { policyId: p.exchange, id: G1, ...extra } });
const BAD = "BAD_USER_INPUT" as const;

const CASES: Case[] = [
  // Mailbox and drive rules: ids, the groupIds / expression alternative, the group grammar.
  {
    name: "a policy id that is not a GUID",
    op: "mailbox",
    vars: () => ({ v: { policyId: "../x", groupIds: [G1] } }),
    code: BAD,
    field: "input.policyId",
  },
  {
    name: "both groupIds and expression",
    op: "mailbox",
    vars: mailbox({ groupIds: [G1], expression: groups(G1) }),
    code: BAD,
    field: "input.groupIds",
  },
  { name: "neither groupIds nor expression", op: "mailbox", vars: mailbox({}), code: BAD, field: "input.groupIds" },
  {
    name: "an empty groupIds list",
    op: "mailbox",
    vars: mailbox({ groupIds: [] }),
    code: BAD,
    field: "input.groupIds",
  },
  {
    name: "a group id that is not a GUID",
    op: "mailbox",
    vars: mailbox({ groupIds: ["finance"] }),
    code: BAD,
    field: "input.groupIds",
  },
  {
    name: "the same group twice",
    op: "mailbox",
    vars: mailbox({ groupIds: [G1, G1.toUpperCase()] }),
    code: BAD,
    field: "input.groupIds",
  },
  {
    name: "101 group ids, one more than Graph accepts",
    op: "mailbox",
    vars: mailbox({ groupIds: many(101) }),
    code: BAD,
    field: "input.groupIds",
  },
  {
    name: "an expression naming 101 groups",
    op: "mailbox",
    vars: mailbox({ expression: groups(...many(101)) }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression missing its closing parenthesis",
    op: "mailbox",
    vars: mailbox({ expression: `(memberOf -any (group.id -in ['${G1}'])` }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression over user.id",
    op: "mailbox",
    vars: mailbox({ expression: `(memberOf -any (user.id -in ['${G1}']))` }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression with a group id that is not a GUID",
    op: "mailbox",
    vars: mailbox({ expression: groups("finance") }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "a site expression on a mailbox rule",
    op: "mailbox",
    vars: mailbox({ expression: "(displayName -contains 'Finance')" }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an empty expression",
    op: "mailbox",
    vars: mailbox({ expression: "  " }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression longer than 8,192 characters",
    op: "mailbox",
    vars: mailbox({ expression: `${groups(G1)}${" ".repeat(9000)}x` }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an empty idempotencyKey",
    op: "mailbox",
    vars: mailbox({ groupIds: [G1], idempotencyKey: "" }),
    code: BAD,
    field: "input.idempotencyKey",
  },
  {
    name: "an unquoted group id",
    op: "drive",
    vars: drive({ expression: `(memberOf -any (group.id -in [${G1}]))` }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "text after the group expression",
    op: "drive",
    vars: drive({ expression: `${groups(G1)} -or ${groups(G(2))}` }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "a character outside the grammar",
    op: "drive",
    vars: drive({ expression: `${groups(G1)};` }),
    code: BAD,
    field: "input.expression",
  },
  // Site rules: the conditions / expression alternative, keyword bounds, the site grammar.
  {
    name: "both conditions and expression",
    op: "site",
    vars: site({ conditions: { nameContains: ["Finance"] }, expression: "(displayName -contains 'Finance')" }),
    code: BAD,
    field: "input.conditions",
  },
  { name: "neither conditions nor expression", op: "site", vars: site({}), code: BAD, field: "input.conditions" },
  { name: "empty conditions", op: "site", vars: site({ conditions: {} }), code: BAD, field: "input.conditions" },
  {
    name: "conditions with empty lists",
    op: "site",
    vars: site({ conditions: { nameContains: [], urlContains: [], combine: "AND" } }),
    code: BAD,
    field: "input.conditions",
  },
  {
    name: "a keyword of 2 characters",
    op: "site",
    vars: site({ conditions: { nameContains: ["HR"] } }),
    code: BAD,
    field: "input.conditions.nameContains",
  },
  {
    name: "a keyword of 256 characters",
    op: "site",
    vars: site({ conditions: { urlContains: ["u".repeat(256)] } }),
    code: BAD,
    field: "input.conditions.urlContains",
  },
  {
    name: "11 keywords",
    op: "site",
    vars: site({
      conditions: { nameContains: many(6).map((g) => g.slice(0, 8)), urlContains: many(5).map((g) => g.slice(0, 8)) },
    }),
    code: BAD,
    field: "input.conditions",
  },
  {
    name: "a keyword with a single quote",
    op: "site",
    vars: site({ conditions: { nameContains: ["Bob's team"] } }),
    code: BAD,
    field: "input.conditions.nameContains",
  },
  {
    name: "an expression over an unknown property",
    op: "site",
    vars: site({ expression: "(title -contains 'Finance')" }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression with a date that is not ISO 8601",
    op: "site",
    vars: site({ expression: "(lastModifiedDateTime -ge 'last week')" }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression with a 2-character keyword",
    op: "site",
    vars: site({ expression: "(webUrl -contains 'hr')" }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an expression with 11 keywords",
    op: "site",
    vars: site({
      expression: many(11)
        .map((g) => `(displayName -contains '${g.slice(0, 8)}')`)
        .join(" -or "),
    }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "an unbalanced site expression",
    op: "site",
    vars: site({ expression: "((displayName -contains 'Finance')" }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "a group expression on a site rule",
    op: "site",
    vars: site({ expression: groups(G1) }),
    code: BAD,
    field: "input.expression",
  },
  {
    name: "parentheses nested 9 deep",
    op: "site",
    vars: site({ expression: `${"(".repeat(9)}displayName -contains 'Finance'${")".repeat(9)}` }),
    code: BAD,
    field: "input.expression",
  },
  // Rule ids and changes.
  {
    name: "run with a policy id that is not a GUID",
    op: "run",
    vars: () => ({ p: "policy", id: G1 }),
    code: BAD,
    field: "policyId",
  },
  {
    name: "run with a rule id that is a path",
    op: "run",
    vars: (p) => ({ p: p.exchange, id: "../../serviceApps" }),
    code: BAD,
    field: "id",
  },
  {
    name: "delete with a rule id that is not a GUID",
    op: "delete",
    vars: (p) => ({ p: p.exchange, id: "rule-1" }),
    code: BAD,
    field: "id",
  },
  {
    name: "deleteAndUnprotect with a policy id that is not a GUID",
    op: "unprotect",
    vars: () => ({ p: "x y", id: G1 }),
    code: BAD,
    field: "policyId",
  },
  {
    name: "update with a rule id that is not a GUID",
    op: "update",
    vars: (p) => ({ v: { policyId: p.exchange, id: "1", groupIds: [G1] } }),
    code: BAD,
    field: "input.id",
  },
  {
    name: "update with both groupIds and expression",
    op: "update",
    vars: update({ groupIds: [G1], expression: groups(G1) }),
    code: BAD,
    field: "input.groupIds",
  },
  {
    name: "update with a malformed expression",
    op: "update",
    vars: update({ expression: "(memberOf -any" }),
    code: BAD,
    field: "input.expression",
  },
  // What only Graph knows: one read, no write.
  {
    name: "a site rule on an Exchange policy",
    op: "site",
    vars: (p) => ({ v: { policyId: p.exchange, conditions: { nameContains: ["Finance"] } } }),
    code: BAD,
    field: "input.policyId",
    reads: true,
  },
  {
    name: "a mailbox rule on a SharePoint policy",
    op: "mailbox",
    vars: (p) => ({ v: { policyId: p.sharePoint, groupIds: [G1] } }),
    code: BAD,
    field: "input.policyId",
    reads: true,
  },
  {
    name: "a drive rule on an Exchange policy",
    op: "drive",
    vars: (p) => ({ v: { policyId: p.exchange, groupIds: [G1] } }),
    code: BAD,
    field: "input.policyId",
    reads: true,
  },
  {
    name: "a rule on an unknown policy",
    op: "mailbox",
    vars: () => ({ v: { policyId: UNKNOWN, groupIds: [G1] } }),
    code: "NOT_FOUND",
    reads: true,
  },
  { name: "run on an unknown policy", op: "run", vars: () => ({ p: UNKNOWN, id: G1 }), code: "NOT_FOUND", reads: true },
  {
    name: "run of an unknown rule",
    op: "run",
    vars: (p) => ({ p: p.exchange, id: UNKNOWN }),
    code: "NOT_FOUND",
    reads: true,
  },
  {
    name: "delete of an unknown rule",
    op: "delete",
    vars: (p) => ({ p: p.sharePoint, id: UNKNOWN }),
    code: "NOT_FOUND",
    reads: true,
  },
];

const RULES = ["mailboxInclusionRules", "driveInclusionRules", "siteInclusionRules"];

async function post(t: TestGateway, query: string, variables: unknown) {
  const res = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
}

/** Every rule of the tenant, straight from the emulator. */
async function tenantRules(t: TestGateway): Promise<unknown[]> {
  const lists = await Promise.all(
    RULES.map(async (c) => {
      const res = await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/${c}`);
      return ((await res.json()) as { value: unknown[] }).value;
    }),
  );
  return lists.flat();
}

describe("bad input to the inclusion rule mutations", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "directory" }));
  const policies: Policies = { exchange: "", oneDrive: "", sharePoint: "" };

  beforeAll(async () => {
    const create = async (collection: string) => {
      const res = await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/${collection}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ displayName: collection }),
      });
      return ((await res.json()) as { id: string }).id;
    };
    policies.exchange = await create("exchangeProtectionPolicies");
    policies.oneDrive = await create("oneDriveForBusinessProtectionPolicies");
    policies.sharePoint = await create("sharePointProtectionPolicies");
    // One real rule, so "unchanged" compares against something.
    await post(t, OPS.mailbox, { v: { policyId: policies.exchange, groupIds: [UNKNOWN] } });
  });

  it(`holds at least 30 cases (${CASES.length}), each named once`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES)("refuses $name with $code", async ({ op, vars, code, field, reads }) => {
    const before = await tenantRules(t);
    t.emulator.resetRequests();
    const res = await post(t, OPS[op], vars(policies));
    const extensions = res.errors?.[0]?.extensions;
    expect(extensions).toMatchObject(field === undefined ? { code } : { code, field });
    const calls = graphCalls(t);
    if (reads) {
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.filter((c) => c.method !== "GET" && !c.path.split("?")[0]!.endsWith("/$batch"))).toEqual([]);
    } else {
      expect(calls).toEqual([]);
    }
    expect(await tenantRules(t)).toEqual(before);
  });
});
