import { describe, expect, it } from "vitest";
import { groupId, siteId, userId } from "../../../src/emulator/index.js";
import { BACKUP, type Answer, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({}, { beforeEach: (e) => e.reset() });

const ODATA_JSON = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BR = "solutions/backupRestore";

/** What the answer's control information must be: `types` says which objects carry @odata.type. */
interface Case {
  name: string;
  method?: string;
  path: (ids: Ids) => string;
  body?: unknown;
  headers?: Record<string, string>;
  status?: number;
  /** The fragment after `$metadata#`. */
  context: string;
  types: "every item" | "the entity" | "none";
  /** A type every item (or the entity) must carry. */
  type?: string;
  nextLink?: boolean;
  count?: number;
  version?: "v1.0" | "beta";
}

interface Ids {
  policyId: string;
  unitId: string;
}

async function ids(): Promise<Ids> {
  const policies = await call("GET", `${BACKUP}/exchangeProtectionPolicies`);
  const policyId = policies.body.value[0].id as string;
  const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits`);
  return { policyId, unitId: units.body.value[0].id as string };
}

const cases: Case[] = [
  {
    name: "a polymorphic collection",
    path: () => `${BACKUP}/protectionPolicies`,
    context: `${BR}/protectionPolicies`,
    types: "every item",
  },
  {
    name: "an entity read by key",
    path: ({ policyId }) => `${BACKUP}/protectionPolicies/${policyId}`,
    context: `${BR}/protectionPolicies/$entity`,
    types: "the entity",
    type: "#microsoft.graph.exchangeProtectionPolicy",
  },
  {
    name: "a typed entity set",
    path: () => `${BACKUP}/exchangeProtectionPolicies`,
    context: `${BR}/exchangeProtectionPolicies`,
    types: "every item",
  },
  {
    name: "a contained collection under a keyed entity",
    path: ({ policyId }) => `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits`,
    context: `${BR}/exchangeProtectionPolicies('{policyId}')/mailboxProtectionUnits`,
    types: "every item",
  },
  {
    name: "a derived-type (cast) list",
    path: () => `${BACKUP}/protectionUnits/microsoft.graph.mailboxProtectionUnit`,
    context: `${BR}/protectionUnits/microsoft.graph.mailboxProtectionUnit`,
    types: "every item",
    type: "#microsoft.graph.mailboxProtectionUnit",
  },
  {
    name: "a unit read through the polymorphic view",
    path: ({ unitId }) => `${BACKUP}/protectionUnits/${unitId}`,
    context: `${BR}/protectionUnits/$entity`,
    types: "the entity",
    type: "#microsoft.graph.mailboxProtectionUnit",
  },
  {
    name: "an action answering a complex type",
    method: "POST",
    path: () => `${BACKUP}/enable`,
    body: { appOwnerTenantId: "11111111-2222-4333-8444-555555555555" },
    context: "microsoft.graph.serviceStatus",
    types: "the entity",
    type: "#microsoft.graph.serviceStatus",
  },
  {
    name: "the backupRestore root",
    path: () => BACKUP,
    context: `${BR}/$entity`,
    types: "none",
  },
  { name: "the solutions singleton", path: () => "/solutions", context: "solutions", types: "none" },
  { name: "the users set", path: () => "/users?$top=3", context: "users", types: "none", nextLink: true },
  { name: "a user read by key", path: () => `/users/${userId(1)}`, context: "users/$entity", types: "none" },
  {
    name: "a group's members (directory objects)",
    path: () => `/groups/${groupId(2)}/members`,
    context: "directoryObjects",
    types: "every item",
    type: "#microsoft.graph.user",
  },
  { name: "a site read by key", path: () => `/sites/${siteId(0)}`, context: "sites/$entity", types: "none" },
  {
    name: "a counted directory page",
    path: () => "/users?$count=true&$top=2",
    headers: { ConsistencyLevel: "eventual" },
    context: "users",
    types: "none",
    nextLink: true,
  },
  {
    name: "the last page of a collection",
    path: () => `${BACKUP}/protectionPolicies?$count=true`,
    context: `${BR}/protectionPolicies`,
    types: "every item",
    nextLink: false,
    count: 3,
  },
  {
    name: "a beta collection",
    path: () => `/beta${BACKUP}/protectionPolicies`,
    context: `${BR}/protectionPolicies`,
    types: "every item",
    version: "beta",
  },
];

function expectGraphHeaders(res: Answer, body: boolean, clientRequestId?: string): void {
  expect(res.headers.get("request-id")).toMatch(GUID);
  expect(res.headers.get("client-request-id")).toBe(clientRequestId ?? res.headers.get("client-request-id"));
  expect(res.headers.get("client-request-id")).toBeTruthy();
  expect(res.headers.get("odata-version")).toBe("4.0");
  expect(new Date(res.headers.get("date") ?? "").getTime()).not.toBeNaN();
  const diagnostic = JSON.parse(res.headers.get("x-ms-ags-diagnostic") ?? "{}") as Json;
  expect(diagnostic.ServerInfo).toMatchObject({ DataCenter: expect.any(String), Slice: "E", Ring: "5" });
  expect(diagnostic.ServerInfo).toHaveProperty("ScaleUnit");
  expect(diagnostic.ServerInfo).toHaveProperty("RoleInstance");
  if (body) expect(res.headers.get("content-type")).toBe(ODATA_JSON);
}

describe("Graph's OData envelope on every kind of answer", () => {
  it.each(cases)("$name", async (c) => {
    const known = await ids();
    const res = await call(c.method ?? "GET", c.path(known), c.body, {
      "client-request-id": "envelope-test",
      ...c.headers,
    });
    expect(res.status).toBe(c.status ?? 200);
    const fragment = c.context.replace("{policyId}", known.policyId);
    expect(res.body["@odata.context"]).toBe(`${emulator.origin}/${c.version ?? "v1.0"}/$metadata#${fragment}`);
    expectGraphHeaders(res, true, "envelope-test");
    expect(res.body).not.toHaveProperty("@odata.id");
    const typed: Json[] = c.types === "every item" ? res.body.value : c.types === "the entity" ? [res.body] : [];
    if (c.types === "every item") expect(typed.length).toBeGreaterThan(0);
    for (const item of typed)
      expect(item["@odata.type"]).toEqual(c.type ?? expect.stringMatching(/^#microsoft\.graph\./));
    if (c.nextLink !== undefined) expect("@odata.nextLink" in res.body).toBe(c.nextLink);
    if (c.count !== undefined) expect(res.body["@odata.count"]).toBe(c.count);
    if (!res.body.value) return;
    if (c.count === undefined && !c.path(known).includes("$count")) expect(res.body).not.toHaveProperty("@odata.count");
  });

  it("counts a directory page with $count=true and keeps the count on the next page", async () => {
    const first = await call("GET", "/users?$count=true&$top=2", undefined, { ConsistencyLevel: "eventual" });
    expect(first.body["@odata.count"]).toEqual(expect.any(Number));
    const next = await call("GET", first.body["@odata.nextLink"], undefined, { ConsistencyLevel: "eventual" });
    expect(next.body["@odata.count"]).toBe(first.body["@odata.count"]);
    expect(next.body.value[0].id).not.toBe(first.body.value[0].id);
  });

  it("answers errors with the same headers and Graph's error envelope", async () => {
    const res = await call("GET", `${BACKUP}/protectionPolicies/00000000-0000-4000-8000-000000000000`, undefined, {
      "client-request-id": "error-test",
    });
    expect([res.status, res.body.error.code]).toEqual([404, "PolicyNotFound"]);
    expectGraphHeaders(res, true, "error-test");
    expect(res.body.error.innerError["request-id"]).toBe(res.headers.get("request-id"));
  });

  it("generates a client-request-id when none is sent, and sends the headers on a 204 without a body", async () => {
    const created = await call("POST", `${BACKUP}/exchangeRestoreSessions`, {});
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body["@odata.context"]).toBe(
      `${emulator.origin}/v1.0/$metadata#${BR}/exchangeRestoreSessions/$entity`,
    );
    const deleted = await call("DELETE", `${BACKUP}/restoreSessions/${created.body.id}`);
    expect(deleted.status).toBe(204);
    expectGraphHeaders(deleted, false);
    expect(deleted.headers.get("client-request-id")).toMatch(GUID);
    expect(deleted.headers.get("content-type")).toBeNull();
  });
});

describe("$batch items", () => {
  it("carry the OData headers and context of a direct call, and a GET item may carry body: null", async () => {
    const { policyId } = await ids();
    const res = await call("POST", "/$batch", {
      requests: [
        { id: "list", method: "GET", url: `${BACKUP}/protectionPolicies`, body: null },
        { id: "one", method: "GET", url: `${BACKUP}/protectionPolicies/${policyId}`, body: null, headers: {} },
        { id: "missing", method: "GET", url: `${BACKUP}/protectionPolicies/00000000-0000-4000-8000-000000000000` },
        { id: "root", method: "GET", url: "/solutions" },
      ],
    });
    expect(res.status).toBe(200);
    expectGraphHeaders(res, true);
    const items = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r])) as Record<string, Json>;
    expect(Object.values(items).map((i) => i.status)).toEqual([200, 200, 404, 200]);
    for (const item of Object.values(items)) {
      expect(item.headers["odata-version"]).toBe("4.0");
      expect(item.headers["content-type"]).toBe(ODATA_JSON);
      expect(item.headers["request-id"]).toMatch(GUID);
    }
    const metadata = `${emulator.origin}/v1.0/$metadata#`;
    expect(items["list"].body["@odata.context"]).toBe(`${metadata}${BR}/protectionPolicies`);
    expect(items["one"].body["@odata.context"]).toBe(`${metadata}${BR}/protectionPolicies/$entity`);
    expect(items["missing"].body.error.code).toBe("PolicyNotFound");
    expect(items["root"].body).toEqual({ "@odata.context": `${metadata}solutions` });
  });

  it("still wants a Content-Type on an item that has a body", async () => {
    const res = await call("POST", "/$batch", {
      requests: [{ id: "1", method: "POST", url: `${BACKUP}/enable`, body: { appOwnerTenantId: "x" } }],
    });
    expect([res.status, res.body.error.code]).toEqual([400, "BadRequest"]);
  });
});
