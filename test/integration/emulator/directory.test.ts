import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DELETED_USER_INDEXES,
  groupId,
  siteId,
  startEmulator,
  userId,
  type RunningEmulator,
} from "../../../src/emulator/index.js";
import { BACKUP, client, type Call, type Json } from "./http.js";

let emulator: RunningEmulator;
let call: Call;
const departed = userId(DELETED_USER_INDEXES[0]!);

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0 });
  call = client(emulator);
});
afterAll(() => emulator.close());

describe("groups", () => {
  it("lists the seeded groups with $select and $top, and serves one with its members", async () => {
    const list = await call("GET", "/groups?$select=displayName&$top=2");
    expect(list.body.value).toEqual([
      { id: groupId(0), displayName: "All Company" },
      { id: groupId(1), displayName: "Executives" },
    ]);
    const one = await call("GET", `/groups/${groupId(2)}`);
    expect(one.body).toMatchObject({
      displayName: "Finance",
      securityEnabled: true,
      mailEnabled: false,
      groupTypes: [],
    });
    const members = await call("GET", `/groups/${groupId(2)}/members`);
    expect(members.body.value.map((m: Json) => m.id)).toEqual(Array.from({ length: 10 }, (_, i) => userId(10 + i)));
    expect((await call("GET", "/groups/00000000-0000-4000-8000-000000000000")).body.error.code).toBe(
      "Request_ResourceNotFound",
    );
  });
});

describe("directoryObjects/getByIds", () => {
  it("answers users and groups with @odata.type, leaving unknown and deleted ids out", async () => {
    const res = await call("POST", "/directoryObjects/getByIds", {
      ids: [userId(1), groupId(1), "00000000-0000-4000-8000-000000000000", departed, userId(1).toUpperCase()],
    });
    expect(res.body["@odata.context"]).toMatch(/\$metadata#directoryObjects$/);
    expect(res.body.value).toEqual([
      expect.objectContaining({
        "@odata.type": "#microsoft.graph.user",
        id: userId(1),
        displayName: "Alex Wilber",
        mail: "alex.wilber@contoso.com",
        userPrincipalName: "alex.wilber@contoso.com",
      }),
      expect.objectContaining({ "@odata.type": "#microsoft.graph.group", id: groupId(1) }),
    ]);
  });

  it("filters by types and honours $select", async () => {
    const res = await call("POST", "/directoryObjects/getByIds?$select=displayName", {
      ids: [userId(1), groupId(1)],
      types: ["group"],
    });
    expect(res.body.value).toEqual([
      { "@odata.type": "#microsoft.graph.group", id: groupId(1), displayName: "Executives" },
    ]);
  });

  it.each([
    [{ ids: Array.from({ length: 1001 }, (_, i) => userId(i)) }, "Too many ids"],
    [{ ids: "x" }, "must be"],
    [{ ids: [], types: ["planet"] }, "types"],
  ])("refuses %# with 400 Request_BadRequest", async (body, message) => {
    const res = await call("POST", "/directoryObjects/getByIds", body);
    expect([res.status, res.body.error.code]).toEqual([400, "Request_BadRequest"]);
    expect(res.body.error.message).toContain(message);
  });
});

describe("deleted users", () => {
  it("are gone from /users but served by /directory/deletedItems/{id}, and own demo units", async () => {
    expect((await call("GET", `/users/${departed}`)).status).toBe(404);
    const deleted = await call("GET", `/directory/deletedItems/${departed}?$select=displayName,deletedDateTime`);
    expect(deleted.body).toMatchObject({
      "@odata.type": "#microsoft.graph.user",
      id: departed,
      deletedDateTime: expect.any(String),
    });
    expect((await call("GET", `/directory/deletedItems/${userId(1)}`)).body.error.code).toBe(
      "Request_ResourceNotFound",
    );
    expect((await call("GET", "/directory/deletedItems/microsoft.graph.user")).body.value).toHaveLength(
      DELETED_USER_INDEXES.length,
    );
    const units = await call("GET", `${BACKUP}/mailboxProtectionUnits?$filter=directoryObjectId eq '${departed}'`);
    expect(units.body.value).toEqual([
      expect.objectContaining({ status: "protected", displayName: null, email: null }),
    ]);
  });
});

describe("sites", () => {
  it("serves a site by composite id, bare site-collection GUID or host:/path, with $select", async () => {
    const composite = siteId(1);
    const bare = composite.split(",")[1]!;
    for (const id of [composite, bare, "contoso.sharepoint.com:/sites/Marketing"]) {
      const res = await call("GET", `/sites/${encodeURIComponent(id)}?$select=displayName`);
      expect(res.body).toMatchObject({ id: composite, displayName: "Marketing" });
      expect(res.body.webUrl).toBeUndefined();
    }
    expect((await call("GET", "/sites")).body.value).toHaveLength(20);
    expect((await call("GET", "/sites/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("$count", () => {
  it("needs ConsistencyLevel: eventual on the directory, as Graph does", async () => {
    const refused = await call("GET", "/users?$count=true");
    expect([refused.status, refused.body.error]).toEqual([
      400,
      expect.objectContaining({ code: "Request_BadRequest", message: "$count is not currently supported." }),
    ]);
    const counted = await call("GET", "/users?$count=true&$top=1", undefined, { ConsistencyLevel: "eventual" });
    expect([counted.body["@odata.count"], counted.body.value.length]).toEqual([64, 1]);
  });

  it("is honoured on backupRestore collections and validated everywhere", async () => {
    expect((await call("GET", `${BACKUP}/protectionUnits?$count=true&$top=1`)).body["@odata.count"]).toBe(19);
    expect((await call("GET", `${BACKUP}/protectionUnits?$count=maybe`)).status).toBe(400);
    expect((await call("GET", "/sites?$count=true")).status).toBe(400);
  });
});
