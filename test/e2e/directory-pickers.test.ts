// The pickers over HTTP: users, groups and sites found through Graph's search (ConsistencyLevel: eventual where Graph
// requires it, which the emulator enforces), each with the units that already protect it, in a fixed number of
// upstream waves; paging without duplicates; Graph's 403 as FORBIDDEN naming the permission; bad input with 0 calls.
import { beforeAll, describe, expect, it } from "vitest";
import { siteId, userId } from "../../src/emulator/index.js";
import {
  CreateExchangePolicyDocument,
  CreateOneDrivePolicyDocument,
  CreateSharePointPolicyDocument,
  PickGroupsDocument,
  PickPeopleAndGroupsDocument,
  PickSitesDocument,
  PickUserNamesDocument,
  PickUsersDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls } from "../helpers/tenant.js";

describe("users, groups and sites pickers", () => {
  const t = useGateway(() => startExternal({}, { seed: "directory" }));
  /** Upstream HTTP calls (a $batch POST is one; its items ride in it): the sequential waves of a query. */
  const topLevel = () => graphCalls(t).filter((r) => !r.batchId);
  type PickerVariables = { search?: string; first?: number; after?: string };
  const pickers = {
    users: (v: PickerVariables) => execute(t.url, PickUserNamesDocument, v),
    groups: (v: PickerVariables) => execute(t.url, PickGroupsDocument, v),
    sites: (v: PickerVariables) => execute(t.url, PickSitesDocument, v),
  };

  beforeAll(async () => {
    await expectData(t.url, CreateExchangePolicyDocument, { name: "Executives", ids: [0, 1, 2].map(userId) });
    await expectData(t.url, CreateOneDrivePolicyDocument, { name: "Drives", ids: [userId(0)] });
    await expectData(t.url, CreateSharePointPolicyDocument, { name: "Team sites", ids: [siteId(1)] });
  });

  it("finds users by a name prefix with their units and policy names: the search, one wave of units, one of policies", async () => {
    t.emulator.resetRequests();
    const { users } = await expectData(t.url, PickUsersDocument, { search: "adel", first: 20 });
    expect(users.nodes.map((u) => u.displayName).sort()).toEqual(["Adele Sayers", "Adele Siciliani", "Adele Vance"]);
    const vance = users.nodes.find((u) => u.id === userId(0))!;
    expect(vance).toMatchObject({ mail: "adele.vance@contoso.com", userPrincipalName: "adele.vance@contoso.com" });
    expect(vance.protectionUnits.map((u) => [u.__typename, u.policy?.displayName]).sort()).toEqual([
      ["DriveProtectionUnit", "Drives"],
      ["MailboxProtectionUnit", "Executives"],
    ]);
    expect(users.nodes.filter((u) => u.id !== userId(0)).every((u) => u.protectionUnits.length === 0)).toBe(true);
    const calls = topLevel();
    expect(calls).toHaveLength(3);
    // The search went alone, with $search, $select of the selected fields and $top = first; the emulator refuses a
    // $search without ConsistencyLevel: eventual, so its 200 shows the header was sent.
    const [search] = calls;
    expect(search).toMatchObject({ method: "GET", status: 200 });
    const query = new URLSearchParams(search!.path.split("?")[1]);
    expect(query.get("$search")).toBe('"displayName:adel" OR "mail:adel" OR "userPrincipalName:adel"');
    expect(query.get("$select")).toBe("id,displayName,mail,userPrincipalName");
    expect(query.get("$top")).toBe("20");
  });

  it("reads a page of 20 users' units in one $batch wave", async () => {
    t.emulator.resetRequests();
    const { users } = await expectData(t.url, PickUsersDocument, { first: 20 });
    expect(users.nodes).toHaveLength(20);
    expect(users.nodes.filter((u) => u.protectionUnits.length > 0).map((u) => u.id)).toEqual([0, 1, 2].map(userId));
    const calls = topLevel();
    // The list, the units of all 20 (one $batch), the two policies named (one $batch).
    expect(calls.map((c) => c.method)).toEqual(["GET", "POST", "POST"]);
    // One filtered read per unit collection a person can have units in (mailboxes, drives), 20 ids each.
    const unitReads = graphCalls(t).filter((r) => r.batchId && r.path.includes("/protectionUnits"));
    expect(unitReads).toHaveLength(2);
  });

  it("walks every user with first/after, one call a page, without duplicates", async () => {
    t.emulator.resetRequests();
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const { users } = await expectData(t.url, PickUserNamesDocument, { first: 10, after });
      seen.push(...users.nodes.map((u) => u.id));
      after = users.pageInfo.hasNextPage ? users.pageInfo.endCursor : undefined;
      pages++;
    } while (after);
    expect(seen).toHaveLength(64);
    expect(new Set(seen).size).toBe(64);
    expect(pages).toBe(7);
    expect(topLevel()).toHaveLength(7);
  });

  it("walks a search page by page and refuses a cursor of another search", async () => {
    const first = (await expectData(t.url, PickUserNamesDocument, { search: "a", first: 4 })).users;
    const rest = (
      await expectData(t.url, PickUserNamesDocument, { search: "a", first: 50, after: first.pageInfo.endCursor })
    ).users;
    const all = [...first.nodes, ...rest.nodes].map((u) => u.id);
    expect(new Set(all).size).toBe(all.length);
    const everyone = (await expectData(t.url, PickUserNamesDocument, { search: "a", first: 100 })).users.nodes;
    expect(all).toEqual(everyone.map((u) => u.id));
    t.emulator.resetRequests();
    const other = await execute(t.url, PickUserNamesDocument, { search: "b", after: first.pageInfo.endCursor });
    expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(graphCalls(t)).toEqual([]);
  });

  it("finds groups, and sends users' and groups' searches in one $batch, each item with ConsistencyLevel", async () => {
    const { groups } = await expectData(t.url, PickGroupsDocument, { search: "exec" });
    expect(groups.nodes).toEqual([
      expect.objectContaining({
        displayName: "Executives",
        mail: "executives@contoso.com",
        securityEnabled: true,
        mailEnabled: false,
        protectionUnits: [],
      }),
    ]);
    t.emulator.resetRequests();
    const both = await expectData(t.url, PickPeopleAndGroupsDocument, { search: "legal" });
    expect(both.groups.nodes.map((g) => g.displayName)).toEqual(["Legal"]);
    expect(both.users.nodes).toEqual([]);
    const calls = graphCalls(t);
    expect(calls.filter((c) => !c.batchId).map((c) => c.path)).toEqual(["/v1.0/$batch"]);
    expect(calls.filter((c) => c.batchId).map((c) => c.status)).toEqual([200, 200]);
  });

  it("finds sites by name with their units and policy names", async () => {
    t.emulator.resetRequests();
    const { sites } = await expectData(t.url, PickSitesDocument, { search: "market" });
    expect(sites.nodes).toEqual([
      {
        id: siteId(1),
        displayName: "Marketing",
        webUrl: "https://contoso.sharepoint.com/sites/Marketing",
        protectionUnits: [
          expect.objectContaining({ __typename: "SiteProtectionUnit", policy: { displayName: "Team sites" } }),
        ],
      },
    ]);
    expect(topLevel()).toHaveLength(3);
    expect(topLevel()[0]!.path).toMatch(/^\/v1\.0\/sites\?search=market&/);
  });

  it.each([
    ["users", "/users", "Authorization_RequestDenied", "User.Read.All"],
    ["groups", "/groups", "Authorization_RequestDenied", "GroupMember.Read.All"],
    ["sites", "/sites", "accessDenied", "Sites.Read.All"],
  ] as const)("answers Graph's 403 on %s with FORBIDDEN naming %s", async (field, path, code, permission) => {
    t.emulator.injectFault({
      method: "GET",
      path: new RegExp(`^${path}$`),
      status: 403,
      code,
      message: "Insufficient privileges to complete the operation.",
    });
    const res = await pickers[field]({ search: "a" });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", permission, graphCode: code });
  });

  it.each([
    ["an empty search", { search: "" }, "search"],
    ["a blank search", { search: "   " }, "search"],
    ["a search with a double quote", { search: 'a" OR "mail:x' }, "search"],
    ["a search with a backslash", { search: "a\\" }, "search"],
    ["a search of 101 characters", { search: "x".repeat(101) }, "search"],
    ["a search with a control character", { search: "a\u0001" }, "search"],
    ["a negative first", { first: -1 }, "first"],
    ["a forged cursor", { after: "bm90LW91cnM" }, "after"],
  ])("refuses %s with BAD_USER_INPUT and no upstream call", async (_name, variables, field) => {
    t.emulator.resetRequests();
    for (const pick of Object.values(pickers)) {
      const res = await pick(variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(graphCalls(t)).toEqual([]);
  });
});
