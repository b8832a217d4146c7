// Graph's directory search on /users and /groups (an advanced query: ConsistencyLevel: eventual or Graph's 400),
// $count and $top up to 999 there, the site search on /sites, and a scripted 403 with Graph's own body.
import { describe, expect, it } from "vitest";
import { groupId, siteId, USER_COUNT, userId } from "../../../src/emulator/index.js";
import { useEmulator, type Json } from "./http.js";

const { emulator, call } = useEmulator({ seed: "directory" });
const EVENTUAL = { ConsistencyLevel: "eventual" };
const search = (clauses: string) => `$search=${encodeURIComponent(clauses)}`;
const names = (answer: Json) => (answer.body.value as Json[]).map((o) => o.displayName as string).sort();

describe("users $search", () => {
  it("is refused without ConsistencyLevel: eventual, with Graph's code and message", async () => {
    const res = await call("GET", `/users?${search('"displayName:adele"')}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("Request_UnsupportedQuery");
    expect(res.body.error.message).toContain("ConsistencyLevel: eventual");
  });

  it("finds the users a word of whose display name, mail or userPrincipalName starts with the text", async () => {
    const res = await call(
      "GET",
      `/users?${search('"displayName:adel" OR "mail:adel"')}&$count=true`,
      undefined,
      EVENTUAL,
    );
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(["Adele Sayers", "Adele Siciliani", "Adele Vance"]);
    expect(res.body["@odata.count"]).toBe(3);
    // Surnames are words of the display name too; the mail's local part splits at its dot.
    const bySurname = await call("GET", `/users?${search('"displayName:vance"')}`, undefined, EVENTUAL);
    expect(names(bySurname)).toContain("Adele Vance");
    expect(names(bySurname).every((n) => n.endsWith(" Vance"))).toBe(true);
    const byUpn = await call("GET", `/users?${search('"userPrincipalName:alex.wil"')}`, undefined, EVENTUAL);
    expect(byUpn.body.value.map((u: Json) => u.id)).toEqual([userId(1)]);
  });

  it("binds AND tighter than OR, and keeps $select", async () => {
    const both = `"displayName:adele" AND "mail:vance" OR "displayName:alex" AND "displayName:wilber"`;
    const res = await call("GET", `/users?${search(both)}&$select=displayName`, undefined, EVENTUAL);
    expect(res.body.value).toEqual([
      { id: userId(0), displayName: "Adele Vance" },
      { id: userId(1), displayName: "Alex Wilber" },
    ]);
  });

  it('answers Graph\'s 400 for what is not a list of "property:value" clauses', async () => {
    for (const bad of ["adele", '"displayName:adele', '"displayName:a" XOR "mail:a"', '"jobTitle:boss"', ""]) {
      const res = await call("GET", `/users?${search(bad)}`, undefined, EVENTUAL);
      expect([bad, res.status, res.body.error.code]).toEqual([bad, 400, "Request_UnsupportedQuery"]);
    }
  });

  it("pages a search through nextLinks that keep it, and takes $top up to 999 but not 1000", async () => {
    const first = await call("GET", `/users?${search('"displayName:a"')}&$top=2`, undefined, EVENTUAL);
    expect(first.body.value).toHaveLength(2);
    const next = await call("GET", first.body["@odata.nextLink"], undefined, EVENTUAL);
    expect(next.status).toBe(200);
    expect(next.body.value[0].id).not.toBe(first.body.value[0].id);
    const all = await call("GET", "/users?$top=999");
    expect(all.body.value).toHaveLength(USER_COUNT);
    const over = await call("GET", "/users?$top=1000");
    expect([over.status, over.body.error.code]).toEqual([400, "Request_UnsupportedQuery"]);
  });
});

describe("groups $search", () => {
  it("matches display name, mail, nickname and description words, with ConsistencyLevel only", async () => {
    expect((await call("GET", `/groups?${search('"displayName:exec"')}`)).status).toBe(400);
    const res = await call("GET", `/groups?${search('"displayName:exec" OR "mail:legal"')}`, undefined, EVENTUAL);
    expect(res.body.value.map((g: Json) => g.id)).toEqual([groupId(1), groupId(5)]);
    const described = await call("GET", `/groups?${search('"description:emulated"')}&$count=true`, undefined, EVENTUAL);
    expect(described.body["@odata.count"]).toBe(6);
  });
});

describe("sites search", () => {
  it("matches the display name, name or URL, needs no header, and lists every site without it", async () => {
    const res = await call("GET", "/sites?search=market&$select=displayName");
    expect(res.body.value).toEqual([{ id: siteId(1), displayName: "Marketing" }]);
    const byUrl = await call("GET", "/sites?search=sites%2FHR");
    expect(names(byUrl)).toEqual(["Human Resources"]);
    expect((await call("GET", "/sites")).body.value).toHaveLength(20);
  });
});

describe("a scripted 403", () => {
  it("answers with the code and message the fault names (Graph's refusal of a missing permission)", async () => {
    emulator.injectFault({
      path: "/users",
      status: 403,
      code: "Authorization_RequestDenied",
      message: "Insufficient privileges to complete the operation.",
    });
    const res = await call("GET", "/users");
    expect([res.status, res.body.error.code, res.body.error.message]).toEqual([
      403,
      "Authorization_RequestDenied",
      "Insufficient privileges to complete the operation.",
    ]);
    expect((await call("GET", "/users")).status).toBe(200);
    expect(() => emulator.injectFault({ status: 403, code: "" })).toThrow(/code/);
  });
});
