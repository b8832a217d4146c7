// "Is this person protected?" over a tenant of 10,000 users and 2,000 sites: one user's or site's units, found
// through Graph's $filter (or a user/site read first for an email or URL), never by paging every unit. Upstream HTTP
// calls are counted in the emulator's request log: a $batch POST is one call, its items are listed apart.
import { describe, expect, it } from "vitest";
import { siteId, userId } from "../../src/emulator/index.js";
import { createRequestReads } from "../../src/loaders/index.js";
import { UNIT_FILTER_CHUNK } from "../../src/loaders/units-by-resource.js";
import { createGraphClient } from "../../src/msgraph/client.js";
import { FindUnitIdsDocument, FindUnitsDocument, type ProtectionUnitFilter } from "../generated/graphql.js";
import { execute, expectData } from "../helpers/graphql.js";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";

function upstream(t: TestGateway) {
  const log = t.emulator.requests();
  return {
    calls: log.filter((r) => !r.batchId).length,
    items: log.filter((r) => r.batchId).length,
    paths: log.filter((r) => r.method === "GET").map((r) => decodeURIComponent(r.path)),
  };
}

async function find(t: TestGateway, filter: ProtectionUnitFilter) {
  t.emulator.resetRequests();
  const data = await expectData(t.url, FindUnitIdsDocument, { filter });
  return { units: data.protectionUnits.nodes, ...upstream(t) };
}

describe("finding one resource's units among 10,000 (large seed)", () => {
  const t = useGateway(() =>
    startExternal({}, { seed: "large", startTime: new Date(Date.now() - 3600_000).toISOString() }),
  );

  it("by directoryObjectId: both of the user's unit lists in one $batch call", async () => {
    const found = await find(t, { directoryObjectId: userId(4999) });
    expect(found.units).toMatchObject([
      { __typename: "MailboxProtectionUnit", status: "PROTECTED", workload: "EXCHANGE" },
    ]);
    expect(found.calls).toBe(1);
    expect(found.items).toBe(2);
    expect(found.paths.filter((p) => p.includes("$filter=directoryObjectId eq"))).toHaveLength(2);
  });

  it("by directoryObjectId and workload: one filtered GET", async () => {
    const found = await find(t, { directoryObjectId: userId(6000).toUpperCase(), workload: "ONEDRIVE_FOR_BUSINESS" });
    expect(found.units).toMatchObject([{ __typename: "DriveProtectionUnit", workload: "ONEDRIVE_FOR_BUSINESS" }]);
    expect(found.calls).toBe(1);
    expect(found.items).toBe(0);
  });

  it("by email: the user is read first, then their units: 2 calls", async () => {
    const who = await fetch(`${t.emulator.baseUrl}/users/${userId(7000)}?$select=userPrincipalName`);
    const { userPrincipalName } = (await who.json()) as { userPrincipalName: string };
    const found = await find(t, { email: userPrincipalName });
    expect(found.units).toMatchObject([{ __typename: "DriveProtectionUnit" }]);
    expect(found.calls).toBe(2);
    expect(found.paths[0]).toContain(`/users/${userPrincipalName}`);
  });

  it("by an email no user has: no units, one call", async () => {
    const found = await find(t, { email: "nobody.at.all@contoso.com" });
    expect(found.units).toEqual([]);
    expect(found.calls).toBe(1);
  });

  it("by siteId: one filtered GET", async () => {
    const found = await find(t, { siteId: siteId(42) });
    expect(found.units).toMatchObject([{ __typename: "SiteProtectionUnit", status: "PROTECTED" }]);
    expect(found.calls).toBe(1);
    expect(found.paths[0]).toContain(`$filter=siteId eq '${siteId(42)}'`);
  });

  it("by siteWebUrl: the site is read by its URL first, then its units: 2 calls", async () => {
    const site = await fetch(`${t.emulator.baseUrl}/sites/${siteId(42)}?$select=webUrl`);
    const { webUrl } = (await site.json()) as { webUrl: string };
    const found = await find(t, { siteWebUrl: webUrl });
    expect(found.units).toMatchObject([{ __typename: "SiteProtectionUnit" }]);
    expect(found.calls).toBe(2);
  });

  it("by policy and email: the policy and the user in one wave, then the policy's filtered units: 2 calls", async () => {
    const mine = await find(t, { directoryObjectId: userId(10) });
    const policyId = mine.units[0]!.policyId!;
    const who = await fetch(`${t.emulator.baseUrl}/users/${userId(10)}?$select=userPrincipalName`);
    const { userPrincipalName } = (await who.json()) as { userPrincipalName: string };
    const found = await find(t, { policyId, email: userPrincipalName });
    expect(found.units.map((u) => u.id)).toEqual([mine.units[0]!.id]);
    expect(found.calls).toBe(2);
  });

  it("pushes a status filter down to Graph's $filter instead of reading every page", async () => {
    const found = await find(t, { workload: "EXCHANGE", status: ["UNPROTECTED", "OFFBOARDED"] });
    expect(found.units).toEqual([]);
    expect(found.calls).toBe(1);
    expect(found.paths[0]).toContain("$filter=status in ('unprotected','offboarded')");
  });

  it("answers 'is this person protected?' in one query: policy, status, sources and latest restore point", async () => {
    t.emulator.resetRequests();
    const res = await execute(t.url, FindUnitsDocument, { filter: { directoryObjectId: userId(123) } });
    expect(res.errors).toBeUndefined();
    const [unit] = res.data!.protectionUnits.nodes;
    expect(unit).toMatchObject({
      status: "PROTECTED",
      protectionSources: ["MANUAL"],
      offboardRequestedDateTime: null,
      policy: { displayName: "Exchange – All mailboxes", status: "ACTIVE" },
    });
    expect(unit!.latestRestorePoint?.id).toEqual(expect.any(String));
    // Wave 1: the units; wave 2: the policy and the restore point search together.
    expect(upstream(t).calls).toBe(2);
  });
});

describe("the unitsOfResource loader, for pickers that show many people's protection at once (large seed)", () => {
  const t = useGateway(() => startExternal({}, { seed: "large" }));

  it("answers 45 users and 2 sites in one wave, 20 ids per filtered read, each key with its own units", async () => {
    const graph = createGraphClient({ baseUrl: t.emulator.baseUrl, retry: { maxDelayMs: 5 } });
    try {
      t.emulator.resetRequests();
      const { loaders, upstream: queue } = createRequestReads(graph);
      // Users 4990-5034 straddle the Exchange (0-4999) and OneDrive (5000-7999) ranges of the seed.
      const users = Array.from({ length: 45 }, (_, i) => userId(4990 + i));
      const [people, sites] = await Promise.all([
        Promise.all(users.map((id) => loaders.unitsOfResource.load({ kind: "directoryObject", id: id.toUpperCase() }))),
        Promise.all([siteId(1), siteId(1999)].map((id) => loaders.unitsOfResource.load({ kind: "site", id }))),
      ]);
      expect(people.map((units) => units.map((u) => u["@odata.type"]))).toEqual(
        users.map((_, i) => [
          4990 + i < 5000 ? "#microsoft.graph.mailboxProtectionUnit" : "#microsoft.graph.driveProtectionUnit",
        ]),
      );
      expect(sites.map((units) => units.length)).toEqual([1, 0]);
      expect(queue.waves()).toBe(1);
      const reads = t.emulator.requests().filter((r) => r.batchId);
      // 3 chunks of users × (mailbox, drive) + 1 site read, all in one $batch call.
      expect(reads).toHaveLength(7);
      expect(t.emulator.requests().filter((r) => !r.batchId)).toHaveLength(1);
      for (const read of reads) {
        const values = decodeURIComponent(read.path).match(/'[^']*'/g) ?? [];
        expect(values.length).toBeLessThanOrEqual(UNIT_FILTER_CHUNK);
      }
    } finally {
      await graph.close();
    }
  });

  it("refuses a key that is not an id without failing the others", async () => {
    const graph = createGraphClient({ baseUrl: t.emulator.baseUrl, retry: { maxDelayMs: 5 } });
    try {
      const { loaders } = createRequestReads(graph);
      const [bad, good] = await Promise.allSettled([
        loaders.unitsOfResource.load({ kind: "directoryObject", id: "x') or (1 eq 1" }),
        loaders.unitsOfResource.load({ kind: "directoryObject", id: userId(7) }),
      ]);
      expect(bad.status).toBe("rejected");
      expect(good.status === "fulfilled" && good.value.length).toBe(1);
    } finally {
      await graph.close();
    }
  });
});

describe("bad filters, refused before any upstream call", () => {
  const t = useGateway(() => startExternal({}, { seed: "directory" }));
  const user = userId(1);
  const cases: { name: string; filter: ProtectionUnitFilter; field: string; first?: number }[] = [
    {
      name: "a directoryObjectId that is not a GUID",
      filter: { directoryObjectId: "bob" },
      field: "filter.directoryObjectId",
    },
    {
      name: "a directoryObjectId with a quote",
      filter: { directoryObjectId: `${user}' or 1 eq 1` },
      field: "filter.directoryObjectId",
    },
    { name: "a siteId that is a path", filter: { siteId: "../../users" }, field: "filter.siteId" },
    { name: "a siteId with a quote", filter: { siteId: "contoso.sharepoint.com,x',y" }, field: "filter.siteId" },
    { name: "an email without a domain", filter: { email: "bob" }, field: "filter.email" },
    { name: "an email with nothing after @", filter: { email: "bob@" }, field: "filter.email" },
    { name: "an email with a space", filter: { email: "bob smith@contoso.com" }, field: "filter.email" },
    { name: "an email that walks a path", filter: { email: "../bob@contoso.com" }, field: "filter.email" },
    { name: "an email with a slash", filter: { email: "bob/x@contoso.com" }, field: "filter.email" },
    {
      name: "a site URL over http",
      filter: { siteWebUrl: "http://contoso.sharepoint.com/sites/hr" },
      field: "filter.siteWebUrl",
    },
    {
      name: "a site URL off SharePoint",
      filter: { siteWebUrl: "https://example.com/sites/hr" },
      field: "filter.siteWebUrl",
    },
    { name: "a site URL that is not a URL", filter: { siteWebUrl: "contoso hr" }, field: "filter.siteWebUrl" },
    {
      name: "a OneDrive URL",
      filter: { siteWebUrl: "https://contoso-my.sharepoint.com/personal/bob" },
      field: "filter.siteWebUrl",
    },
    {
      name: "a site URL with a query",
      filter: { siteWebUrl: "https://contoso.sharepoint.com/sites/hr?x=1" },
      field: "filter.siteWebUrl",
    },
    {
      name: "a site URL with credentials",
      filter: { siteWebUrl: "https://a:b@contoso.sharepoint.com/sites/hr" },
      field: "filter.siteWebUrl",
    },
    {
      name: "a site URL outside /sites and /teams",
      filter: { siteWebUrl: "https://contoso.sharepoint.com/_api/web" },
      field: "filter.siteWebUrl",
    },
    {
      name: "both directoryObjectId and siteId",
      filter: { directoryObjectId: user, siteId: siteId(1) },
      field: "filter.siteId",
    },
    {
      name: "both email and directoryObjectId",
      filter: { directoryObjectId: user, email: "bob@contoso.com" },
      field: "filter.email",
    },
    {
      name: "a user with the SharePoint workload",
      filter: { directoryObjectId: user, workload: "SHAREPOINT" },
      field: "filter.directoryObjectId",
    },
    {
      name: "a site with the Exchange workload",
      filter: { siteId: siteId(1), workload: "EXCHANGE" },
      field: "filter.siteId",
    },
    {
      name: "an email with the SharePoint workload",
      filter: { email: "bob@contoso.com", workload: "SHAREPOINT" },
      field: "filter.email",
    },
    {
      name: "a policyId that is not a GUID",
      filter: { policyId: "x", email: "bob@contoso.com" },
      field: "filter.policyId",
    },
    { name: "a negative first with an email", filter: { email: "bob@contoso.com" }, field: "first", first: -1 },
  ];

  it.each(cases)("$name", async ({ filter, field, first }) => {
    t.emulator.resetRequests();
    const res = await execute(t.url, FindUnitIdsDocument, { filter, ...(first === undefined ? {} : { first }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(t.emulator.requests()).toEqual([]);
  });
});
