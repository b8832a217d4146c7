import { describe, expect, it } from "vitest";
import { DELETED_USER_INDEXES, USER_COUNT, userId } from "../../../src/emulator/index.js";
import { BACKUP, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({ pageSize: 3 });

async function followAll(path: string): Promise<{ pages: Json[]; items: Json[] }> {
  const pages: Json[] = [];
  let next: string | undefined = path;
  while (next) {
    const res = await call("GET", next);
    expect(res.status).toBe(200);
    pages.push(res.body);
    next = res.body["@odata.nextLink"];
  }
  return { pages, items: pages.flatMap((p) => p.value) };
}

describe("server-driven paging", () => {
  it("pages the demo units 3 at a time through absolute nextLinks", async () => {
    const { pages, items } = await followAll(`${BACKUP}/mailboxProtectionUnits`);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.slice(0, -1).every((p) => p.value.length === 3)).toBe(true);
    expect(pages[0]["@odata.nextLink"]).toMatch(
      new RegExp(`^${emulator.baseUrl}${BACKUP}/mailboxProtectionUnits\\?\\$skiptoken=`),
    );
    // Users 0-7 and the two departed users the demo keeps protected (DELETED_USER_INDEXES).
    expect(items.map((u) => u.directoryObjectId)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => userId(i)),
      ...DELETED_USER_INDEXES.slice(0, 2).map(userId),
    ]);
  });

  it("takes the nextLink's origin from the Host the client called", async () => {
    const res = await fetch(`http://localhost:${emulator.port}/v1.0/users`);
    expect(((await res.json()) as Json)["@odata.nextLink"]).toMatch(
      new RegExp(`^http://localhost:${emulator.port}/v1.0/users\\?`),
    );
  });

  it("pages every seeded user with $top below the page size", async () => {
    const { pages, items } = await followAll("/users?$top=2");
    expect(pages[0].value).toHaveLength(2);
    expect(items).toHaveLength(USER_COUNT);
    expect(new Set(items.map((u) => u.id)).size).toBe(USER_COUNT);
    expect(items[0]).toMatchObject({
      displayName: "Adele Vance",
      mail: "adele.vance@contoso.com",
      userPrincipalName: "adele.vance@contoso.com",
    });
  });

  it("keeps $filter across pages", async () => {
    const { items } = await followAll(`${BACKUP}/protectionUnits?$filter=status in ('protected','protectRequested')`);
    expect(items).toHaveLength(10);
    expect(items.every((u) => u.status === "protected")).toBe(true);
  });

  it("answers 400 for a skiptoken it did not issue", async () => {
    const res = await call("GET", "/users?$skiptoken=not-a-token");
    expect([res.status, res.body.error.code]).toEqual([400, "BadRequest"]);
  });

  it("answers 400 for an unsupported $filter", async () => {
    const res = await call("GET", `${BACKUP}/protectionUnits?$filter=startswith(status,'p')`);
    expect(res.status).toBe(400);
  });
});

describe("directory", () => {
  it("serves users by id and by userPrincipalName, and Graph's 404 otherwise", async () => {
    expect((await call("GET", `/users/${userId(1)}`)).body.displayName).toBe("Alex Wilber");
    expect((await call("GET", "/users/alex.wilber@contoso.com")).body.id).toBe(userId(1));
    const missing = await call("GET", "/users/00000000-0000-4000-8000-000000000000");
    expect([missing.status, missing.body.error.code]).toEqual([404, "Request_ResourceNotFound"]);
  });

  it("serves 20 sites with SharePoint-style ids", async () => {
    const { items } = await followAll("/sites");
    expect(items).toHaveLength(20);
    expect(items[0].id).toMatch(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const one = await call("GET", `/sites/${encodeURIComponent(items[1].id)}`);
    expect(one.body).toMatchObject({ id: items[1].id, webUrl: items[1].webUrl });
  });

  it("reports the service as enabled", async () => {
    const res = await call("GET", BACKUP);
    expect(res.body.serviceStatus.status).toBe("enabled");
  });
});
