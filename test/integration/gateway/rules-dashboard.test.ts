// The console Dashboard also selecting each policy's inclusion rules and their groups: still 3 waves, and the
// groups are named in the same directoryObjects/getByIds call as the units' owners.
import { graphql, print, type GraphQLSchema } from "graphql";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { groupId, startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { createRequestReads } from "../../../src/loaders/index.js";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";
import { DashboardWithRulesDocument } from "../../generated/graphql.js";
import { dashboardTenant } from "../../helpers/dashboard-tenant.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const BACKUP = "/solutions/backupRestore";
const NO_SUCH_GROUP = "0badc0de-0000-4000-8000-000000000002";
const groupExpression = (ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;

let schema: GraphQLSchema;
let emulator: RunningEmulator | undefined;
let graph: GraphClient | undefined;

beforeAll(async () => {
  schema = await buildGatewaySchema();
});
afterEach(async () => {
  await graph?.close();
  await emulator?.close();
});

async function rest(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${emulator!.baseUrl}${BACKUP}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The Dashboard's three policies of `units` each, each with a group rule (one naming a group that does not exist). */
async function tenant(units: number): Promise<void> {
  emulator = await startEmulator({
    port: 0,
    timeScale: 0,
    seed: "large",
    pageSize: 100,
    startTime: new Date(Date.now() - 3 * 3600_000).toISOString(),
  });
  await dashboardTenant(emulator, units);
  const rules: Record<string, [string, string]> = {
    "#microsoft.graph.exchangeProtectionPolicy": ["mailboxInclusionRules", "mailboxExpression"],
    "#microsoft.graph.oneDriveForBusinessProtectionPolicy": ["driveInclusionRules", "driveExpression"],
  };
  const policies = (await rest("GET", "/protectionPolicies")).value as { id: string; "@odata.type": string }[];
  for (const [i, policy] of policies.entries()) {
    const [collection, key] = rules[policy["@odata.type"]]!;
    const ids = i === 0 ? [groupId(1), NO_SUCH_GROUP] : [groupId(1 + i)];
    const base = policy["@odata.type"].includes("exchange") ? "exchange" : "oneDriveForBusiness";
    await rest("POST", `/${base}ProtectionPolicies/${policy.id}/${collection}`, { [key]: groupExpression(ids) });
  }
  graph = createGraphClient({ baseUrl: emulator.baseUrl, retry: { maxDelayMs: 5 } });
}

async function dashboard() {
  emulator!.resetRequests();
  const { loaders, upstream } = createRequestReads(graph!);
  const contextValue: Context = {
    requestId: "dashboard",
    graph: graph!,
    loaders,
    upstream,
    logger: silent,
    maxPageSize: 500,
  };
  const result = await graphql({ schema, source: print(DashboardWithRulesDocument), contextValue });
  expect(result.errors).toBeUndefined();
  const log = emulator!.requests();
  return {
    data: result.data as any,
    waves: upstream.waves(),
    calls: log.filter((r) => !r.batchId).length,
    getByIds: log.filter((r) => r.path.includes("/directoryObjects/getByIds")).length,
  };
}

describe("the Dashboard with every policy's rules and their groups", () => {
  it.each([50, 200])(
    "costs 3 waves and 3 upstream HTTP calls over 3 policies x %i units, member counts included",
    async (units) => {
      await tenant(units);
      const run = await dashboard();
      expect(run.waves).toBe(3);
      expect(run.calls).toBe(3);
      // Owners and groups: one getByIds.
      expect(run.getByIds).toBe(1);
      const policies = run.data.protectionPolicies.nodes;
      expect(policies).toHaveLength(3);
      for (const policy of policies) {
        expect(policy.protectionUnits.nodes.every((u: any) => u.owner?.state === "USER" && u.owner.displayName)).toBe(
          true,
        );
        const rules = policy.inclusionRules.nodes;
        expect(rules).toHaveLength(1);
        expect(rules[0]).toMatchObject({ status: "ACTIVE", isTerminal: false, isAutoApplyEnabled: false });
        expect(rules[0].groups.length).toBeGreaterThan(0);
      }
      const groups = policies.flatMap((p: any) => p.inclusionRules.nodes.flatMap((r: any) => r.groups));
      expect(groups.filter((g: any) => g.exists).every((g: any) => typeof g.displayName === "string")).toBe(true);
      expect(groups.find((g: any) => g.id === NO_SUCH_GROUP)).toEqual({
        id: NO_SUCH_GROUP,
        displayName: null,
        memberCount: null,
        exists: false,
      });
      // Member counts ride the third wave with the getByIds.
      expect(groups.filter((g: any) => g.exists).every((g: any) => g.memberCount > 0)).toBe(true);
      expect(groups.filter((g: any) => g.exists)).toHaveLength(3);
    },
  );
});
