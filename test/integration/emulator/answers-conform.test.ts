// Every JSON answer the emulator gives in a broad run (the conformance suite's data, every GET route on /v1.0 and
// /beta, the bound actions, a $batch) is recorded and checked against the emulator's own $metadata of the version
// called: the type comes from the answer's @odata.context (or its URL when it has none), and every property name,
// value, null, @odata.type and non-nullable property must agree with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { graphRoutes } from "../../../src/emulator/http/routes/index.js";
import { createStore } from "../../../src/emulator/state/store.js";
import { parseMetadata, type ServiceMetadata } from "../../helpers/odata-metadata.js";
import { problemsOf as problemsIn, type Recorded } from "../../helpers/recorded-answers.js";
import { populate } from "./conformanceData.js";
import { HOUR, T0 } from "./fixtures.js";
import { BACKUP, client, type Answer, type Call, type Json } from "./http.js";

let emulator: RunningEmulator;
let raw: Call;
const recorded: Recorded[] = [];
const metadata: Record<string, ServiceMetadata> = {};

/** The emulator's client, recording every answer with the version-qualified path it was called on. */
const call: Call = async (method, path, body, headers) => {
  const res = await raw(method, path.replace(/^\/v1\.0(?=\/)/, ""), body, headers);
  const full = /^\/(beta|v1\.0)\//.test(path) ? path : `/v1.0${path}`;
  recorded.push({ method, path: full, status: res.status, body: res.body });
  return res;
};

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, startTime: T0 });
  raw = client(emulator);
  for (const version of ["v1.0", "beta"]) {
    metadata[version] = parseMetadata(await (await fetch(`${emulator.origin}/${version}/$metadata`)).text());
  }
});
afterAll(() => emulator.close());

const problemsOf = (r: Recorded) => problemsIn(metadata, r);

/** Ids to fill a route's `:param` from: the list of the collection before it (or where its items are listed). */
const LISTED_AT: Record<string, string> = { "/directory/deletedItems": "/directory/deletedItems/microsoft.graph.user" };
const QUERIES: Record<string, string> = {};
const listed = new Map<string, string[]>();

async function fill(pattern: string, built: string): Promise<string | undefined> {
  const [segment, ...rest] = pattern.split("/").filter(Boolean);
  if (segment === undefined) return built;
  if (!segment.startsWith(":")) return fill(rest.join("/"), `${built}/${segment}`);
  if (!listed.has(built)) {
    const bare = built.replace(/^\/(beta|v1\.0)/, "");
    const res = await call("GET", built.replace(bare, LISTED_AT[bare] ?? bare) + (QUERIES[bare] ?? ""));
    listed.set(
      built,
      ((res.body?.value ?? []) as Json[]).map((item) => String(item.id)),
    );
  }
  for (const id of listed.get(built)!) {
    const path = await fill(rest.join("/"), `${built}/${encodeURIComponent(id)}`);
    if (path !== undefined) return path;
  }
  return undefined;
}

/** A completed exclusion job per workload on /beta, so every exclusion route has an item to answer with. */
async function excludeOnePerWorkload(): Promise<void> {
  const users = (await call("GET", "/users?$top=40")).body.value as Json[];
  const sites = (await call("GET", "/sites?$top=10")).body.value as Json[];
  for (const [policies, jobs, input] of [
    ["exchangeProtectionPolicies", "mailboxExclusionUnitsBulkAdditionJobs", { mailboxes: [users[35].mail] }],
    ["oneDriveForBusinessProtectionPolicies", "driveExclusionUnitsBulkAdditionJobs", { drives: [users[36].mail] }],
    ["sharePointProtectionPolicies", "siteExclusionUnitsBulkAdditionJobs", { siteWebUrls: [sites[9].webUrl] }],
  ] as const) {
    const policy = (await call("GET", `/beta${BACKUP}/${policies}`)).body.value[0].id;
    const job = await call("POST", `/beta${BACKUP}/${policies}/${policy}/${jobs}`, { displayName: jobs, ...input });
    expect(job.status, JSON.stringify(job.body)).toBe(201);
  }
  emulator.clock.advance(HOUR);
}

const succeeded = (method: string, ending: string) =>
  recorded.some((r) => r.method === method && r.status < 300 && r.path.split("?")[0]!.endsWith(ending));

describe("every answer of the emulator against its own $metadata", () => {
  it("holds for the answers made while filling every collection", async () => {
    QUERIES[`${BACKUP}/restorePoints`] = await populate({ call, checked: call, emulator });
    expect(recorded.length).toBeGreaterThan(30);
    expect(recorded.flatMap(problemsOf)).toEqual([]);
  });

  it.each(["v1.0", "beta"])("holds for every GET route on /%s, whole and with $select", async (version) => {
    if (version === "beta") await excludeOnePerWorkload();
    const from = recorded.length;
    const patterns = graphRoutes({ store: createStore(), pageSize: 100 })
      .filter((r) => r.method === "GET" && !r.pattern.includes("$metadata") && !r.pattern.includes("/:host/"))
      .map((r) => r.pattern);
    const unfilled: string[] = [];
    for (const pattern of patterns) {
      const path = await fill(pattern, `/${version}`);
      if (path === undefined) {
        unfilled.push(pattern);
        continue;
      }
      const query = QUERIES[pattern] ?? "";
      await call("GET", path + query);
      await call("GET", `${path}${query ? `${query}&` : "?"}$select=id`);
    }
    const site = (await call("GET", `/${version}/sites?$top=1`)).body.value[0];
    await call("GET", `/${version}/sites/${new URL(site.webUrl).host}:${new URL(site.webUrl).pathname}`);
    // Exclusion units are beta's alone: /v1.0 refuses their segments, so it has none to fill their routes with.
    const betaOnly = (p: string) => version === "v1.0" && p.includes("ExclusionUnits");
    expect(unfilled.filter((p) => p.startsWith(BACKUP) && !betaOnly(p))).toEqual([]);
    expect(recorded.length - from).toBeGreaterThan(120);
    expect(recorded.slice(from).flatMap(problemsOf)).toEqual([]);
  });

  it("holds for the bound actions, PATCH answers and directory lookups", async () => {
    const from = recorded.length;
    await call("PATCH", `${BACKUP}/emailNotificationsSetting`, { isEnabled: true });
    for (const [policies, rules] of [
      ["exchangeProtectionPolicies", "mailboxInclusionRules"],
      ["oneDriveForBusinessProtectionPolicies", "driveInclusionRules"],
      ["sharePointProtectionPolicies", "siteInclusionRules"],
    ]) {
      const policy = (await call("GET", `${BACKUP}/${policies}`)).body.value[0].id;
      for (const rule of (await call("GET", `${BACKUP}/${policies}/${policy}/${rules}`)).body.value as Json[]) {
        await call("POST", `${BACKUP}/${policies}/${policy}/${rules}/${rule.id}/run`);
        emulator.clock.advance(HOUR);
        await call("POST", `${BACKUP}/${policies}/${policy}/${rules}/${rule.id}/deleteAndUnprotect`);
      }
    }
    const sitePolicy = (await call("GET", `${BACKUP}/sharePointProtectionPolicies`)).body.value.at(-1).id;
    const unit = (await call("GET", `${BACKUP}/sharePointProtectionPolicies/${sitePolicy}/siteProtectionUnits`)).body
      .value[0].id;
    await call("PATCH", `${BACKUP}/sharePointProtectionPolicies/${sitePolicy}`, {
      "siteProtectionUnits@delta": [{ "@removed": { reason: "changed" }, id: unit }],
    });
    emulator.clock.advance(HOUR);
    await call("POST", `${BACKUP}/protectionUnits/${unit}/offboard`);
    await call("POST", `${BACKUP}/protectionUnits/${unit}/cancelOffboard`);
    await call("POST", `${BACKUP}/protectionPolicies/${sitePolicy}/deactivate`);
    const app = (await call("GET", `${BACKUP}/serviceApps`)).body.value[0].id;
    await call("POST", `${BACKUP}/serviceApps/${app}/deactivate`);
    for (const session of (await call("GET", `${BACKUP}/restoreSessions`)).body.value as Json[]) {
      if (session.status === "draft") await call("POST", `${BACKUP}/restoreSessions/${session.id}/activate`);
    }
    const users = (await call("GET", "/users?$top=2")).body.value as Json[];
    await call("POST", "/directoryObjects/getByIds", { ids: users.map((u) => u.id), types: ["user"] });
    await call("GET", `/groups?$top=1`);

    for (const [method, ending] of [
      ["PATCH", "/emailNotificationsSetting"],
      ["POST", "/run"],
      ["POST", "/deleteAndUnprotect"],
      ["POST", "/offboard"],
      ["POST", "/cancelOffboard"],
      ["POST", "/enable"],
      ["POST", "/search"],
      ["POST", "/browse"],
      ["POST", "/deactivate"],
      ["POST", "/activate"],
      ["POST", "/getByIds"],
    ] as const)
      expect.soft(succeeded(method, ending), `${method} …${ending} answered 2xx`).toBe(true);
    expect(recorded.slice(from).flatMap(problemsOf)).toEqual([]);
  });

  it("holds for the answers inside a $batch", async () => {
    const urls = [
      `${BACKUP}/protectionPolicies`,
      `${BACKUP}/serviceApps`,
      "/users?$top=2",
      `${BACKUP}/restoreSessions`,
    ];
    const res: Answer = await raw("POST", "/$batch", {
      requests: urls.map((url, i) => ({ id: String(i), method: "GET", url })),
    });
    expect(res.status).toBe(200);
    const items = (res.body.responses as Json[]).map((r) => ({
      method: "GET",
      path: `/v1.0${urls[Number(r.id)]}`,
      status: r.status as number,
      body: r.body,
    }));
    expect(items.map((i) => i.status)).toEqual([200, 200, 200, 200]);
    expect(items.flatMap(problemsOf)).toEqual([]);
  });

  it("checked hundreds of JSON answers, almost all typed by their own @odata.context", () => {
    const json = recorded.filter((r) => r.status < 300 && typeof r.body === "object" && r.body !== null);
    const withContext = json.filter((r) => typeof r.body["@odata.context"] === "string");
    if (process.env["ANSWERS_STATS"])
      console.info(
        `[answers] ${recorded.length} calls, ${json.length} JSON 2xx, ${withContext.length} with @odata.context`,
      );
    expect(json.length).toBeGreaterThan(300);
    expect(withContext.length / json.length).toBeGreaterThan(0.9);
  });
});
