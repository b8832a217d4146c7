// A cursor names nothing but the next page of the list it came from (issue 12, defect 2). The attack: a cursor
// whose link only had to end with the list's path made the gateway GET /v1.0/users#… (or /../beta/users#…) and
// answer users as protection policies. Every such cursor is BAD_USER_INPUT before Graph is asked anything.
import { beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, type TestGateway, useGateway } from "../helpers/gateway.js";
import { graphCalls } from "../helpers/tenant.js";

const ROOT = "/solutions/backupRestore";
const wire = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

interface Tenant {
  exchangePolicy: string;
  drivePolicy: string;
  session: string;
}

interface Target {
  name: string;
  /** The Graph collection the field reads (what the forged link was made to end with). */
  path(ids: Tenant): string;
  /** The entity a nested field's parent is read from: the only upstream call a refused cursor may leave behind. */
  parent?(ids: Tenant): string;
  query: string;
  variables(ids: Tenant): Record<string, unknown>;
}

const page = "first: 2, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } }";
const TARGETS: Target[] = [
  {
    name: "protectionPolicies",
    path: () => `${ROOT}/protectionPolicies`,
    query: `query($after: String) { list: protectionPolicies(${page} }`,
    variables: () => ({}),
  },
  {
    name: "protectionUnits",
    path: () => `${ROOT}/protectionUnits`,
    query: `query($after: String) { list: protectionUnits(${page} }`,
    variables: () => ({}),
  },
  {
    name: "protectionUnits of a workload",
    path: () => `${ROOT}/protectionUnits/microsoft.graph.mailboxProtectionUnit`,
    query: `query($after: String) { list: protectionUnits(filter: { workload: EXCHANGE }, ${page} }`,
    variables: () => ({}),
  },
  {
    name: "protectionUnits of a policy",
    path: (ids) => `${ROOT}/exchangeProtectionPolicies/${ids.exchangePolicy}/mailboxProtectionUnits`,
    parent: (ids) => `${ROOT}/protectionPolicies/${ids.exchangePolicy}`,
    query: `query($after: String, $id: ID) { list: protectionUnits(filter: { policyId: $id }, ${page} }`,
    variables: (ids) => ({ id: ids.exchangePolicy }),
  },
  {
    name: "protectionUnitsBulkAdditionJobs",
    path: () => `${ROOT}/mailboxProtectionUnitsBulkAdditionJobs`,
    query: `query($after: String) { list: protectionUnitsBulkAdditionJobs(${page} }`,
    variables: () => ({}),
  },
  {
    name: "restoreSessions",
    path: () => `${ROOT}/restoreSessions`,
    query: `query($after: String) { list: restoreSessions(${page} }`,
    variables: () => ({}),
  },
  {
    name: "a policy's protectionUnits",
    path: (ids) => `${ROOT}/exchangeProtectionPolicies/${ids.exchangePolicy}/mailboxProtectionUnits`,
    parent: (ids) => `${ROOT}/protectionPolicies/${ids.exchangePolicy}`,
    query: `query($after: String, $id: ID!) { protectionPolicy(id: $id) { list: protectionUnits(${page} } }`,
    variables: (ids) => ({ id: ids.exchangePolicy }),
  },
  {
    name: "a policy's bulkAdditionJobs",
    path: (ids) => `${ROOT}/exchangeProtectionPolicies/${ids.exchangePolicy}/mailboxProtectionUnitsBulkAdditionJobs`,
    parent: (ids) => `${ROOT}/protectionPolicies/${ids.exchangePolicy}`,
    query: `query($after: String, $id: ID!) { protectionPolicy(id: $id) { list: bulkAdditionJobs(${page} } }`,
    variables: (ids) => ({ id: ids.exchangePolicy }),
  },
  {
    name: "a session's artifacts",
    path: (ids) => `${ROOT}/exchangeRestoreSessions/${ids.session}/mailboxRestoreArtifacts`,
    parent: (ids) => `${ROOT}/restoreSessions/${ids.session}`,
    query: `query($after: String, $id: ID!) { restoreSession(id: $id) { list: artifacts(${page} } }`,
    variables: (ids) => ({ id: ids.session }),
  },
  {
    name: "a session's bulkAdditionRequests",
    path: (ids) => `${ROOT}/exchangeRestoreSessions/${ids.session}/mailboxRestoreArtifactsBulkAdditionRequests`,
    parent: (ids) => `${ROOT}/restoreSessions/${ids.session}`,
    query: `query($after: String, $id: ID!) { restoreSession(id: $id) { list: bulkAdditionRequests(${page} } }`,
    variables: (ids) => ({ id: ids.session }),
  },
];

/** The forged links of the attack run, each made to end with the list's own path as the old check wanted. */
const FORGERIES: [string, (path: string, t: TestGateway) => unknown][] = [
  ["users", (p) => ({ l: `/users#${p}`, o: 0 })],
  ["groups", (p) => ({ l: `/groups#${p}`, o: 0 })],
  ["deleted users", (p) => ({ l: `/directory/deletedItems/microsoft.graph.user#${p}`, o: 0 })],
  ["sites", (p) => ({ l: `/sites#${p}`, o: 0 })],
  ["another API version", (p) => ({ l: `/../beta/users#${p}`, o: 0 })],
  ["escaped dot segments", (p) => ({ l: `${ROOT}/%2e%2e/%2e%2e/users#${p}`, o: 0 })],
  ["another host", (p) => ({ l: `https://evil.example/v1.0${p}?$skiptoken=x`, o: 0 })],
  ["the emulator's users, absolute", (p, t) => ({ l: `${t.emulator.baseUrl}/users#${p}`, o: 0 })],
  ["OData options on the list's own path", (p) => ({ l: `${p}?$top=999999&$expand=*`, o: 0 })],
  ["a link beside today's keys", () => ({ h: "x", o: 0, l: "/users" })],
];

describe("forged cursors", () => {
  let ids: Tenant;

  async function gql(query: string, variables: Record<string, unknown>) {
    const res = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    expect(res.status).toBeLessThan(500);
    return (await res.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
  }

  /** Upstream calls other than the parent entity's read (and the $batch envelope around it). */
  const strayCalls = (target: Target) => {
    const parent = target.parent ? `/v1.0${target.parent(ids)}` : undefined;
    return graphCalls(t).filter((c) => c.path !== "/v1.0/$batch" && c.path.split("?")[0] !== parent);
  };

  const t = useGateway(() => startEmbedded({ EMULATOR_PAGE_SIZE: "3" }));
  beforeAll(async () => {
    const res = await gql(
      "{ protectionPolicies { nodes { id workload } } restoreSessions { nodes { id workload } } }",
      {},
    );
    const policies = res.data.protectionPolicies.nodes as { id: string; workload: string }[];
    ids = {
      exchangePolicy: policies.find((p) => p.workload === "EXCHANGE")!.id,
      drivePolicy: policies.find((p) => p.workload === "ONEDRIVE_FOR_BUSINESS")!.id,
      session: (res.data.restoreSessions.nodes as { id: string; workload: string }[]).find(
        (s) => s.workload === "EXCHANGE",
      )!.id,
    };
  });

  const cases = TARGETS.flatMap((target) =>
    FORGERIES.map(([forgery, make]) => ({ name: `${target.name}: ${forgery}`, target, make })),
  );

  it.each(cases)("refuses $name with BAD_USER_INPUT and no call for the list", async ({ target, make }) => {
    const after = wire(make(target.path(ids), t));
    t.emulator.resetRequests();
    const res = await gql(target.query, { ...target.variables(ids), after });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(strayCalls(target)).toEqual([]);
  });

  it("refuses a cursor issued for another list, even one of the same kind", async () => {
    const cursorOf = async (target: Target, variables: Record<string, unknown> = target.variables(ids)) => {
      const res = await gql(target.query.replace("first: 2", "first: 1"), { ...variables, after: null });
      const list = res.data.list ?? res.data.protectionPolicy?.list ?? res.data.restoreSession?.list;
      expect(list.pageInfo.hasNextPage).toBe(true);
      return list.pageInfo.endCursor as string;
    };
    const byName = (name: string) => TARGETS.find((x) => x.name === name)!;
    const policyUnits = byName("a policy's protectionUnits");
    const replays: [string, Target, Record<string, unknown>][] = [
      [await cursorOf(byName("protectionPolicies")), byName("restoreSessions"), {}],
      [await cursorOf(byName("protectionUnits")), byName("protectionUnits of a workload"), {}],
      [await cursorOf(byName("protectionUnits of a workload")), byName("protectionUnits"), {}],
      // Another policy's units: the same field, a different list.
      [await cursorOf(policyUnits), policyUnits, { id: ids.drivePolicy }],
      [await cursorOf(policyUnits), byName("protectionUnits of a policy"), { id: ids.drivePolicy }],
    ];
    for (const [after, target, variables] of replays) {
      t.emulator.resetRequests();
      const res = await gql(target.query, { ...target.variables(ids), ...variables, after });
      expect(res.errors?.[0]?.extensions, target.name).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
      expect(
        graphCalls(t).filter(
          (c) => c.path.includes("Units") || c.path.includes("Sessions") || c.path.endsWith("/protectionPolicies"),
        ),
      ).toEqual([]);
    }
  });

  it("still walks a list page by page with the cursors it issues, one upstream page read at a time", async () => {
    const target = TARGETS.find((x) => x.name === "a policy's protectionUnits")!;
    const seen: string[] = [];
    let after: string | null = null;
    t.emulator.resetRequests();
    for (let round = 0; round < 10; round++) {
      const res = await gql(target.query.replace("first: 2", "first: 4"), { ...target.variables(ids), after });
      expect(res.errors).toBeUndefined();
      const list = res.data.protectionPolicy.list;
      seen.push(...list.nodes.map((n: { id: string }) => n.id));
      // Opaque and short: Graph's token and an offset, no path.
      if (list.pageInfo.endCursor) expect(list.pageInfo.endCursor.length).toBeLessThan(120);
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      if (!after) break;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    // Ten units, three per upstream page, four per GraphQL page: each request re-reads only the page it resumes in.
    const unitPages = graphCalls(t)
      .filter((c) => c.path.includes("/mailboxProtectionUnits"))
      .map((c) => c.path);
    const own = `/v1.0${target.path(ids)}`;
    expect(unitPages.every((p) => p === own || p.startsWith(`${own}?$skiptoken=`))).toBe(true);
    expect(unitPages).toHaveLength(6);
  });
});
