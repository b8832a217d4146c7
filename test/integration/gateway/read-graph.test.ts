// The read side over every workload: the right concrete types from polymorphic lists, owners that left the
// directory, jobs and sessions with their edges — resolvers, loaders and client over a real emulator.
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkIds, startEmulator } from "../../../src/emulator/index.js";
import { createRequestReads } from "../../../src/loaders/index.js";
import { createGraphClient } from "../../../src/msgraph/client.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
let schema: GraphQLSchema;

async function world(seed: "demo" | "large", pageSize = 100) {
  const emulator = await startEmulator({
    port: 0,
    timeScale: 0,
    seed,
    pageSize,
    startTime: new Date(Date.now() - 6 * 3600_000).toISOString(),
  });
  const graph = createGraphClient({ baseUrl: emulator.baseUrl, retry: { maxDelayMs: 5 } });
  const run = async (source: string, variableValues?: Record<string, unknown>) => {
    const contextValue: Context = {
      requestId: "t",
      graph,
      ...createRequestReads(graph),
      logger: silent,
      maxPageSize: 500,
    };
    const result = await graphql({ schema, source, variableValues, contextValue });
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data as any;
  };
  return {
    emulator,
    graph,
    run,
    close: async () => {
      await graph.close();
      await emulator.close();
    },
  };
}

beforeAll(async () => {
  schema = await buildGatewaySchema();
});

describe("polymorphic reads over the three workloads", () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world("large");
    // A restore session per workload, each with one artifact on the first unit's latest point.
    for (const [collection, units, artifacts] of [
      ["exchangeRestoreSessions", "mailboxProtectionUnits", "mailboxRestoreArtifacts"],
      ["oneDriveForBusinessRestoreSessions", "driveProtectionUnits", "driveRestoreArtifacts"],
      ["sharePointRestoreSessions", "siteProtectionUnits", "siteRestoreArtifacts"],
    ] as const) {
      const base = `${w.emulator.baseUrl}/solutions/backupRestore`;
      const unit = ((await (await fetch(`${base}/${units}?$top=1`)).json()) as any).value[0];
      const search = (await (
        await fetch(`${base}/restorePoints/search`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            protectionUnitIds: [unit.id],
            protectionTimePeriod: {
              startDateTime: new Date(Date.now() - 30 * 86_400_000).toISOString(),
              endDateTime: new Date().toISOString(),
            },
          }),
        })
      ).json()) as any;
      const pointId = search.searchResults[0].restorePoint.id;
      const res = await fetch(`${base}/${collection}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ [artifacts]: [{ restorePoint: { id: pointId }, destinationType: "new" }] }),
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => w.close());

  it("names each policy, unit and session by its concrete type", async () => {
    const data = await w.run(`{
      protectionPolicies { nodes { __typename workload } }
      protectionUnits(first: 500) { nodes { __typename workload } }
      restoreSessions { nodes { __typename workload status artifacts { nodes { __typename status restorePoint { id protectionUnit { __typename id } } } } } }
    }`);
    const pairs = (nodes: any[]) => [...new Set(nodes.map((n) => `${n.__typename}/${n.workload}`))].sort();
    expect(pairs(data.protectionPolicies.nodes)).toEqual([
      "ExchangeProtectionPolicy/EXCHANGE",
      "OneDriveForBusinessProtectionPolicy/ONEDRIVE_FOR_BUSINESS",
      "SharePointProtectionPolicy/SHAREPOINT",
    ]);
    expect(pairs(data.protectionUnits.nodes)).toEqual(["MailboxProtectionUnit/EXCHANGE"]);
    expect(pairs(data.restoreSessions.nodes)).toEqual([
      "ExchangeRestoreSession/EXCHANGE",
      "OneDriveForBusinessRestoreSession/ONEDRIVE_FOR_BUSINESS",
      "SharePointRestoreSession/SHAREPOINT",
    ]);
    const artifactTypes = data.restoreSessions.nodes.map((s: any) => s.artifacts.nodes[0].__typename).sort();
    expect(artifactTypes).toEqual(["DriveRestoreArtifact", "MailboxRestoreArtifact", "SiteRestoreArtifact"]);
    for (const s of data.restoreSessions.nodes)
      expect(s.artifacts.nodes[0].restorePoint.protectionUnit.id).toEqual(expect.any(String));
  });

  it("lists units of each workload through the typed collections, and sites with their site", async () => {
    const data = await w.run(`{
      ex: protectionUnits(filter: { workload: EXCHANGE }, first: 2) { nodes { __typename } }
      od: protectionUnits(filter: { workload: ONEDRIVE_FOR_BUSINESS }, first: 2) { nodes { __typename } }
      sp: protectionUnits(filter: { workload: SHAREPOINT }, first: 2) { nodes { __typename ... on SiteProtectionUnit { siteId site { id webUrl } } } }
    }`);
    expect(data.ex.nodes.map((n: any) => n.__typename)).toEqual(["MailboxProtectionUnit", "MailboxProtectionUnit"]);
    expect(data.od.nodes.map((n: any) => n.__typename)).toEqual(["DriveProtectionUnit", "DriveProtectionUnit"]);
    for (const site of data.sp.nodes) expect(site.site.webUrl).toMatch(/^https:\/\//);
  });
});

describe("the demo tenant's history", () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world("demo", 3);
  });
  afterAll(() => w.close());

  it("names owners that left the directory as DELETED", async () => {
    const data = await w.run(
      `{ protectionUnits(filter: { workload: EXCHANGE }, first: 50) { nodes { ... on MailboxProtectionUnit { directoryObjectId owner { state displayName } } } } }`,
    );
    const states = data.protectionUnits.nodes.map((n: any) => n.owner.state);
    expect(states.filter((s: string) => s === "DELETED").length).toBeGreaterThanOrEqual(1);
    expect(states.filter((s: string) => s === "USER").length).toBeGreaterThanOrEqual(1);
    expect(data.protectionUnits.nodes.every((n: any) => n.owner.displayName)).toBe(true);
  });

  it("asks Graph only for the owner and site properties the query selects ($select pushdown)", async () => {
    w.emulator.resetRequests();
    await w.run(
      `{ protectionUnits(filter: { workload: EXCHANGE }, first: 3) { nodes { ... on MailboxProtectionUnit { owner { displayName } } } } }`,
    );
    const lookups = w.emulator.requests().filter((r) => r.path.includes("getByIds"));
    expect(lookups.length).toBeGreaterThan(0);
    for (const r of lookups) expect(decodeURIComponent(r.path)).toContain("$select=id,displayName");
    for (const r of lookups) expect(decodeURIComponent(r.path)).not.toContain("mail");
  });

  it("reads the completed bulk job with its submitted mailboxes, through the policy and at the root", async () => {
    const { bulkJob } = demoWorkIds();
    const data = await w.run(
      `query($id: ID!) {
      job: protectionUnitsBulkAdditionJob(workload: EXCHANGE, id: $id) { __typename status isTerminal pollAfterSeconds ... on MailboxProtectionUnitsBulkAdditionJob { mailboxes } }
      protectionPolicies(filter: { workload: EXCHANGE }) { nodes { bulkAdditionJobs { nodes { id status ... on MailboxProtectionUnitsBulkAdditionJob { mailboxes } } } } }
      protectionUnitsBulkAdditionJobs { nodes { id workload } }
    }`,
      { id: bulkJob },
    );
    expect(data.job).toMatchObject({
      __typename: "MailboxProtectionUnitsBulkAdditionJob",
      status: "COMPLETED",
      isTerminal: true,
      pollAfterSeconds: null,
    });
    expect(data.job.mailboxes.length).toBeGreaterThan(0);
    const listed = data.protectionPolicies.nodes[0].bulkAdditionJobs.nodes.find((j: any) => j.id === bulkJob);
    // Graph leaves the entries out of lists; the gateway reads the job to fill them in.
    expect(listed.mailboxes).toEqual(data.job.mailboxes);
    expect(data.protectionUnitsBulkAdditionJobs.nodes.map((j: any) => j.id)).toContain(bulkJob);
  });

  it("reads the completed restore session with artifacts and their restore points", async () => {
    const { restoreSession } = demoWorkIds();
    const data = await w.run(
      `query($id: ID!) { restoreSession(id: $id) { __typename status isTerminal artifactCount { total completed } artifacts { nodes { status restorePoint { protectionDateTime } } } } }`,
      { id: restoreSession },
    );
    expect(data.restoreSession).toMatchObject({
      __typename: "ExchangeRestoreSession",
      status: "COMPLETED",
      isTerminal: true,
    });
    expect(data.restoreSession.artifacts.nodes.length).toBe(data.restoreSession.artifactCount.total);
  });

  it("fills a listed bulk restore request's submitted mailboxes by reading the request", async () => {
    const base = `${w.emulator.baseUrl}/solutions/backupRestore`;
    const post = async (path: string, body: unknown) =>
      (
        await fetch(`${base}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).json() as Promise<any>;
    const user = ((await (await fetch(`${w.emulator.baseUrl}/users?$top=1`)).json()) as any).value[0];
    const session = await post("/exchangeRestoreSessions", {});
    const now = Date.now();
    await post(`/exchangeRestoreSessions/${session.id}/mailboxRestoreArtifactsBulkAdditionRequests`, {
      displayName: "bulk",
      mailboxes: [user.mail],
      destinationType: "new",
      restorePointPreference: "latest",
      protectionTimePeriod: {
        startDateTime: new Date(now - 7 * 86_400_000).toISOString(),
        endDateTime: new Date(now - 3600_000).toISOString(),
      },
    });
    const data = await w.run(
      `query($id: ID!) { restoreSession(id: $id) { bulkAdditionRequests { nodes { __typename status ... on MailboxRestoreArtifactsBulkAdditionRequest { mailboxes } } } } }`,
      { id: session.id },
    );
    expect(data.restoreSession.bulkAdditionRequests.nodes).toEqual([
      { __typename: "MailboxRestoreArtifactsBulkAdditionRequest", status: "ACTIVE", mailboxes: [user.mail] },
    ]);
  });

  it("searches restore points of more than 20 units in parallel Graph searches", async () => {
    const units = await w.run(`{ protectionUnits(first: 30) { nodes { id } } }`);
    const real = units.protectionUnits.nodes.map((n: any) => n.id);
    // Unknown ids come back in noResultProtectionUnitIds; they make the list long enough to need two searches.
    const ids = [
      ...real,
      ...Array.from({ length: 30 - real.length }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`),
    ];
    w.emulator.resetRequests();
    const data = await w.run(
      `query($ids: [ID!]!) { searchRestorePoints(input: { protectionUnitIds: $ids }) { results { restorePoint { id protectionUnitId } } noResultProtectionUnitIds } }`,
      { ids },
    );
    const found = data.searchRestorePoints.results.length + data.searchRestorePoints.noResultProtectionUnitIds.length;
    expect(found).toBe(ids.length);
    const searches = w.emulator.requests().filter((r) => r.path.includes("/restorePoints/search"));
    expect(searches).toHaveLength(2);
    expect(data.searchRestorePoints.results.length).toBeGreaterThan(0);
  });
});
