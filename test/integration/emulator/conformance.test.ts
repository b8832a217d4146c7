// Every answer of every backupRestore route, checked against the v1.0 CSDL extract: the expected type is resolved
// from the URL through the CSDL's navigation properties, casts and bound operations, never from a hand-kept list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES } from "../../../src/msgraph/models.js";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { graphRoutes } from "../../../src/emulator/routes/index.js";
import { RULE_NAMES } from "../../../src/emulator/rules.js";
import { createStore } from "../../../src/emulator/store.js";
import { CSDL_PATH, loadCsdl, resolvePath, validateAnswer, type CsdlModel } from "../../helpers/csdl.js";
import { fastRestorePoint, HOUR, protectDemoDrives, protectSite, T0 } from "./fixtures.js";
import { BACKUP, client, type Answer, type Call, type Json } from "./http.js";

const model = loadCsdl();
if (!model) console.warn(`[conformance] skipped: ${CSDL_PATH} is absent (CI has ../shared beside the clone)`);

let emulator: RunningEmulator;
let call: Call;
const problems: string[] = [];
let checkedCalls = 0;

/** Calls and, for a 2xx answer with a body, validates it against the type the CSDL gives the path. */
async function checked(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer> {
  const res = await call(method, path, body, headers);
  checkedCalls += 1;
  if (method !== "GET" && res.status >= 300) problems.push(`${method} ${path}: answered ${res.status} ${JSON.stringify(res.body)}`);
  if (res.status < 300 && res.body !== undefined) problems.push(...check(model!, method, path, res.body));
  return res;
}

function check(csdl: CsdlModel, method: string, path: string, body: Json): string[] {
  const segments = new URL(path, "http://x").pathname.slice(BACKUP_ROOT.length).split("/").filter(Boolean).map(decodeURIComponent);
  const resolved = resolvePath(csdl, segments);
  if (!resolved) return [`${path}: the CSDL has no type for this path`];
  // A POST to a collection (not to an operation) answers with one new item of it.
  const isOperation = csdl.operations.some((o) => o.name === segments.at(-1));
  const type = method === "POST" && !isOperation ? resolved.replace(/^Collection\((.+)\)$/, "$1") : resolved;
  // deleteAndUnprotect answers { value: rule } (its page's example), the one documented wrapper of a single entity.
  const payload = segments.at(-1) === "deleteAndUnprotect" ? body.value : body;
  return validateAnswer(csdl, payload, type).map((p) => `${path} (${type}): ${p}`);
}

describe.skipIf(!model)("CSDL conformance of every backupRestore answer", () => {
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, timeScale: 0, startTime: T0 });
    call = client(emulator);
    await populate();
  });
  afterAll(() => emulator.close());

  it("answers the create and action calls made while populating with their CSDL types", () => {
    expect(checkedCalls).toBeGreaterThan(20);
    expect(problems.splice(0)).toEqual([]);
  });

  it("answers every GET route with names and values of its CSDL type", async () => {
    const routes = graphRoutes({ store: createStore(), pageSize: 100 })
      .filter((r) => r.method === "GET" && r.pattern.toLowerCase().startsWith(BACKUP_ROOT.toLowerCase()));
    const unfilled: string[] = [];
    for (const route of routes) {
      const path = await fill(route.pattern);
      if (path === undefined) { unfilled.push(route.pattern); continue; }
      const res = await checked("GET", path + (QUERIES[route.pattern] ?? ""));
      expect.soft(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    expect(unfilled, "routes whose ids no listed item could supply").toEqual([]);
    expect(routes.length).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
});

// The restore-point list requires $expand and $filter (backuprestoreroot-list-restorepoints).
const QUERIES: Record<string, string> = {};

const listed = new Map<string, string[]>();

/**
 * The route's pattern with every `:param` taken from an item of the collection before it: the first item whose
 * id lets the rest of the pattern be filled too (a session with bulk requests, a policy with jobs, ...).
 */
async function fill(pattern: string, built = ""): Promise<string | undefined> {
  const [segment, ...rest] = pattern.split("/").filter(Boolean);
  if (segment === undefined) return built;
  if (!segment.startsWith(":")) return fill(rest.join("/"), `${built}/${segment}`);
  if (!listed.has(built)) {
    const res = await call("GET", built + (QUERIES[built] ?? ""));
    listed.set(built, ((res.body?.value ?? []) as Json[]).map((item) => item.id as string));
  }
  for (const id of listed.get(built)!) {
    const path = await fill(rest.join("/"), `${built}/${encodeURIComponent(id)}`);
    if (path !== undefined) return path;
  }
  return undefined;
}

/** Fills every collection: rules and browse sessions per workload, a service app, restore sessions with artifacts. */
async function populate(): Promise<void> {
  const drives = await protectDemoDrives(call, emulator);
  const sites = await protectSite(call, emulator, 0);
  emulator.clock.advance(2 * HOUR);
  const exchangeUnit = (await call("GET", `${BACKUP}/mailboxProtectionUnits`)).body.value[0].id;
  QUERIES[`${BACKUP}/restorePoints`] =
    `?$expand=protectionUnit($filter=id eq '${exchangeUnit}')&$filter=protectionDateTime lt ${new Date(emulator.clock.now()).toISOString()}`;

  const app = await checked("POST", `${BACKUP}/serviceApps`, {});
  await checked("POST", `${BACKUP}/serviceApps/${app.body.id}/activate`, { effectiveDateTime: "2025-01-02T00:00:00Z" });
  await checked("POST", `${BACKUP}/enable`, { appOwnerTenantId: "8c4d6c65-3b61-4c67-8bd5-3b2bd2aa0c1e" });
  await checked("GET", `${BACKUP}/emailNotificationsSetting`);

  for (const key of WORKLOAD_KEYS) {
    const names = WORKLOAD_NAMES[key];
    const policyId = (await call("GET", `${BACKUP}/${names.policyCollection}`)).body.value[0].id;
    const expression = key === "sharePoint" ? "(displayName -contains 'Intranet')" : "(memberOf -any (group.id -in ['00000000-0000-4000-8000-000000000001']))";
    const rule = await checked("POST", `${BACKUP}/${names.policyCollection}/${policyId}/${RULE_NAMES[key].collection}`,
      { [RULE_NAMES[key].expressionKey]: expression });
    expect(rule.status).toBe(201);
  }
  for (const [collection, unitId] of [["oneDriveForBusinessBrowseSessions", drives.unitId], ["sharePointBrowseSessions", sites.unitId]] as const) {
    const restorePointId = await fastRestorePoint(call, unitId);
    expect((await checked("POST", `${BACKUP}/${collection}`, { restorePointId })).status).toBe(201);
    const artifacts = collection.startsWith("oneDrive") ? "oneDriveForBusinessRestoreSessions" : "sharePointRestoreSessions";
    const key = collection.startsWith("oneDrive") ? "driveRestoreArtifacts" : "siteRestoreArtifacts";
    await checked("POST", `${BACKUP}/${artifacts}`, { [key]: [{ restorePoint: { id: restorePointId }, destinationType: "new" }] });
  }
  await populateWork(drives.policyId, sites.policyId, exchangeUnit);
  emulator.clock.advance(HOUR);
}

/** Bulk jobs per workload, a bulk restore request per session type, a granular mailbox artifact (helper 3a's endpoints). */
async function populateWork(drivePolicyId: string, sitePolicyId: string, exchangeUnit: string): Promise<void> {
  const users = (await call("GET", "/users?$top=30")).body.value as Json[];
  const sites = (await call("GET", "/sites?$top=3")).body.value as Json[];
  await checked("POST", `${BACKUP}/oneDriveForBusinessProtectionPolicies/${drivePolicyId}/driveProtectionUnitsBulkAdditionJobs`,
    { displayName: "drives", drives: [users[25].userPrincipalName] });
  await checked("POST", `${BACKUP}/sharePointProtectionPolicies/${sitePolicyId}/siteProtectionUnitsBulkAdditionJobs`,
    { displayName: "sites", siteWebUrls: [sites[2].webUrl] });
  const bulk = { protectionTimePeriod: { startDateTime: T0 }, destinationType: "new", restorePointPreference: "latest" };
  for (const [sessions, requests, input] of [
    ["exchangeRestoreSessions", "mailboxRestoreArtifactsBulkAdditionRequests", { mailboxes: [users[0].mail] }],
    ["oneDriveForBusinessRestoreSessions", "driveRestoreArtifactsBulkAdditionRequests", { drives: [users[10].userPrincipalName] }],
    ["sharePointRestoreSessions", "siteRestoreArtifactsBulkAdditionRequests", { siteWebUrls: [sites[0].webUrl] }],
  ] as const) {
    const session = await checked("POST", `${BACKUP}/${sessions}`, {});
    await checked("POST", `${BACKUP}/${sessions}/${session.body.id}/${requests}`, { displayName: requests, ...bulk, ...input });
  }
  const search = await checked("POST", `${BACKUP}/restorePoints/search`, {
    protectionUnitIds: [exchangeUnit], protectionTimePeriod: { startDateTime: T0 },
    artifactQuery: { queryExpression: "(subject -contains 'budget')", artifactType: "message" },
  });
  await checked("POST", `${BACKUP}/exchangeRestoreSessions`, { granularMailboxRestoreArtifacts: [{
    restorePoint: { id: search.body.searchResults[0].restorePoint.id }, searchResponseId: search.body.searchResponseId, destinationType: "new",
  }] });
}
