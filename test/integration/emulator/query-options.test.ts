import { describe, expect, it } from "vitest";
import { groupId } from "../../../src/emulator/index.js";
import { BACKUP, type Json, useEmulator } from "./http.js";

const { call } = useEmulator({ pageSize: 2 });

const EVENTUAL = { ConsistencyLevel: "eventual" };

interface Refused {
  path: string;
  code: string;
  headers?: Record<string, string>;
}

describe("OData query options", () => {
  it.each([
    ["$filter on a backupRestore list", `${BACKUP}/protectionPolicies?$filter=status eq 'active'`],
    ["$count=true on a backupRestore list", `${BACKUP}/protectionPolicies?$count=true`],
    ["$count=false anywhere", "/users?$count=false"],
    ["$top on a backupRestore list", `${BACKUP}/restoreSessions?$top=1`],
    ["$top up to 999 on /users", "/users?$top=999"],
    ["$search on /users as an advanced query", '/users?$search="displayName:a"&$count=true', EVENTUAL],
    ["$orderby on restore points", `${BACKUP}/restorePoints?$orderby=protectionDateTime desc`],
    ["$top on a page that takes no other option", `${BACKUP}/oneDriveForBusinessBrowseSessions?$top=1`],
    ["a custom option without $ (ignored, as Graph does)", `${BACKUP}/protectionPolicies?foo=bar`],
    ["$format=json", `${BACKUP}/protectionPolicies?$format=json`],
  ] as [string, string, Record<string, string>?][])("accepts %s", async (_name, path, headers) => {
    const res = await call("GET", path, undefined, headers);
    // Restore points without their required $expand/$filter answer the page's own 400, not a query-option refusal.
    if (path.includes("restorePoints")) expect(res.body.error?.code).not.toBe("BadRequest");
    else expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it.each<[string, Refused]>([
    ["an unknown $ option on backupRestore", { path: `${BACKUP}/protectionPolicies?$foo=1`, code: "BadRequest" }],
    ["an unknown $ option on the directory", { path: "/users?$foo=1", code: "Request_BadRequest" }],
    [
      "$expand where no navigation is expandable",
      { path: `${BACKUP}/exchangeProtectionPolicies?$expand=mailboxProtectionUnits`, code: "BadRequest" },
    ],
    ["$orderby on a policy list", { path: `${BACKUP}/protectionPolicies?$orderby=displayName`, code: "BadRequest" }],
    ["$search outside the directory", { path: `${BACKUP}/protectionPolicies?$search="x"`, code: "BadRequest" }],
    ["$skip on a backupRestore list", { path: `${BACKUP}/protectionPolicies?$skip=1`, code: "BadRequest" }],
    ["$skip on /users", { path: "/users?$skip=1", code: "Request_BadRequest" }],
    ["$count on /users without ConsistencyLevel", { path: "/users?$count=true", code: "Request_BadRequest" }],
    [
      "$search on /users without ConsistencyLevel",
      { path: '/users?$search="displayName:a"', code: "Request_UnsupportedQuery" },
    ],
    ["$top over 999 on /users", { path: "/users?$top=1000", code: "Request_UnsupportedQuery" }],
    [
      "$top over 999 on a group's members",
      { path: `/groups/${groupId(2)}/members?$top=1000`, code: "Request_UnsupportedQuery" },
    ],
    [
      "$filter on a page that takes no query options",
      { path: `${BACKUP}/oneDriveForBusinessBrowseSessions?$filter=status eq 'created'`, code: "BadRequest" },
    ],
    ["$count on /sites", { path: "/sites?$count=true", code: "BadRequest" }],
    ["a malformed $count", { path: `${BACKUP}/protectionPolicies?$count=maybe`, code: "BadRequest" }],
    ["$top=0", { path: `${BACKUP}/protectionPolicies?$top=0`, code: "BadRequest" }],
    [
      "a $skiptoken the emulator never issued",
      { path: `${BACKUP}/protectionPolicies?$skiptoken=abc`, code: "BadRequest" },
    ],
  ])("refuses %s with 400 and Graph's code", async (_name, { path, code, headers }) => {
    const res = await call("GET", path, undefined, headers);
    expect([res.status, res.body.error.code]).toEqual([400, code]);
  });

  it("keeps id and @odata.type beside the $select-ed properties", async () => {
    const res = await call("GET", `${BACKUP}/protectionPolicies?$select=displayName`);
    for (const item of res.body.value as Json[]) {
      expect(Object.keys(item).sort()).toEqual(["@odata.type", "displayName", "id"]);
    }
  });

  it("follows nextLink to the end, and the last page has none", async () => {
    const seen: string[] = [];
    let next: string | undefined = `${BACKUP}/protectionPolicies?$count=true`;
    while (next !== undefined) {
      const page: Json = (await call("GET", next)).body;
      expect(page["@odata.count"]).toBe(3);
      seen.push(...page.value.map((p: Json) => p.id as string));
      next = page["@odata.nextLink"];
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });
});

describe("$skiptoken", () => {
  const firstToken = async (path: string, headers?: Record<string, string>): Promise<string> => {
    const page = await call("GET", path, undefined, headers);
    return new URL(page.body["@odata.nextLink"] as string).searchParams.get("$skiptoken")!;
  };

  it("is opaque: no offset or page number can be read in it", async () => {
    const token = await firstToken(`${BACKUP}/protectionPolicies`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(token).not.toMatch(/^\d+$/);
  });

  it("is refused on another collection or with another $filter, and accepted with another $top or $select", async () => {
    const token = await firstToken(`${BACKUP}/protectionPolicies`);
    const another = await call("GET", `${BACKUP}/serviceApps?$skiptoken=${token}`);
    expect([another.status, another.body.error?.code]).toEqual([400, "BadRequest"]);
    const filtered = await call("GET", `${BACKUP}/protectionPolicies?$filter=status eq 'active'&$skiptoken=${token}`);
    expect([filtered.status, filtered.body.error?.code]).toEqual([400, "BadRequest"]);
    const resized = await call("GET", `${BACKUP}/protectionPolicies?$top=1&$select=id&$skiptoken=${token}`);
    expect(resized.status).toBe(200);
    expect(resized.body.value).toHaveLength(1);
  });

  it("binds a directory page's token to its $search", async () => {
    const token = await firstToken('/users?$search="displayName:a"&$top=1', EVENTUAL);
    expect(token).toBeTruthy();
    const other = await call("GET", `/users?$search="displayName:b"&$top=1&$skiptoken=${token}`, undefined, EVENTUAL);
    expect([other.status, other.body.error?.code]).toEqual([400, "BadRequest"]);
  });
});
