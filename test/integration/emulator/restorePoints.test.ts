import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { siteId, startEmulator, userId, type RunningEmulator } from "../../../src/emulator/index.js";
import { BACKUP, client, type Call, type Json } from "./http.js";
import { DAY, errorCode, HOUR, protectedPolicy } from "./work.js";
import { findSearchResponse } from "../../../src/emulator/model/restorePointSearch.js";
import { createStore, type EmulatorStore } from "../../../src/emulator/state/store.js";

let emulator: RunningEmulator;
let call: Call;

// A fresh emulator per test: reset() keeps the clock, and these tests read absolute times (weekdays, hours).
beforeEach(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, seed: "directory", startTime: "2025-01-01T00:00:00Z" });
  call = client(emulator);
});
afterEach(() => emulator.close());

const list = (unitId: string, before: string, extra = "") =>
  call(
    "GET",
    `${BACKUP}/restorePoints?$expand=protectionUnit($filter=id eq '${unitId}')&$filter=protectionDateTime lt ${before}${extra}`,
  );
const times = (res: Json) => res.body.value.map((p: Json) => p.protectionDateTime.slice(0, 16));

describe("GET /solutions/backupRestore/restorePoints", () => {
  it("answers the newest five points before the date, each with its protection unit expanded", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]); // protected at 00:05
    emulator.clock.advance(2 * HOUR);
    const res = await list(unitIds[0]!, "2025-01-01T01:00:00Z");
    expect(res.status).toBe(200);
    expect(times(res)).toEqual([
      "2025-01-01T00:50",
      "2025-01-01T00:40",
      "2025-01-01T00:30",
      "2025-01-01T00:20",
      "2025-01-01T00:10",
    ]);
    expect(res.body.value[0]).toMatchObject({
      "@odata.type": "#microsoft.graph.restorePoint",
      id: `${unitIds[0]}_${Date.parse("2025-01-01T00:50:00Z") / 1000}`,
      expirationDateTime: "2026-01-01T00:50:00.000Z",
      tags: "none",
      protectionUnit: {
        "@odata.type": "#microsoft.graph.mailboxProtectionUnit",
        id: unitIds[0],
        directoryObjectId: userId(0),
      },
    });
    expect(res.body["@odata.nextLink"]).toBeUndefined();
  });

  it("orders by protectionDateTime asc or desc when asked, still at most five", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    emulator.clock.advance(3 * HOUR);
    const asc = await list(unitIds[0]!, "2025-01-01T03:00:00Z", "&$orderby=protectionDateTime asc");
    expect(times(asc)).toEqual([
      "2025-01-01T00:10",
      "2025-01-01T00:20",
      "2025-01-01T00:30",
      "2025-01-01T00:40",
      "2025-01-01T00:50",
    ]);
    const desc = await list(unitIds[0]!, "2025-01-01T03:00:00Z", "&orderBy=protectionDateTime desc");
    expect(times(desc)[0]).toBe("2025-01-01T02:50");
    const newer = await call(
      "GET",
      `${BACKUP}/restorePoints?$expand=protectionUnit&$filter=protectionDateTime lt 2025-01-01T01:00:00Z and protectionUnit/id eq '${unitIds[0]}'`,
    );
    expect(times(newer)).toHaveLength(5);
  });

  it("keeps weekly SharePoint points beyond 14 days and tags the recent full hours fastRestore", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "sharePoint", [siteId(0)]); // a Wednesday
    emulator.clock.advance(30 * DAY); // now 2025-01-31T00:05Z
    const asc = await list(unitIds[0]!, "2025-02-01T00:00:00Z", "&$orderby=protectionDateTime asc");
    expect(times(asc)).toEqual([
      "2025-01-05T00:00",
      "2025-01-12T00:00",
      "2025-01-17T00:10",
      "2025-01-17T00:20",
      "2025-01-17T00:30",
    ]);
    expect(asc.body.value.map((p: Json) => p.expirationDateTime.slice(0, 10))).toEqual([
      "2026-01-05",
      "2026-01-12",
      "2025-01-31",
      "2025-01-31",
      "2025-01-31",
    ]);
    const hour = await list(unitIds[0]!, "2025-01-30T12:00:01Z");
    expect(hour.body.value[0]).toMatchObject({ protectionDateTime: "2025-01-30T12:00:00.000Z", tags: "fastRestore" });
    expect(hour.body.value[1].tags).toBe("none");
  });

  it("requires $expand and $filter, and a protection unit id", async () => {
    const missingFilter = await call(
      "GET",
      `${BACKUP}/restorePoints?$expand=protectionUnit($filter=id eq '${userId(0)}')`,
    );
    expect([missingFilter.status, errorCode(missingFilter)]).toEqual([400, "InvalidSearchRequest"]);
    const missingExpand = await call(
      "GET",
      `${BACKUP}/restorePoints?$filter=protectionDateTime lt 2025-01-01T00:00:00Z`,
    );
    expect([missingExpand.status, errorCode(missingExpand)]).toEqual([400, "InvalidSearchRequest"]);
    const badDate = await list(userId(0), "yesterday");
    expect([badDate.status, errorCode(badDate)]).toEqual([400, "InvalidSearchRequest"]);
    const noUnit = await list("", "2025-01-01T00:00:00Z");
    expect([noUnit.status, errorCode(noUnit)]).toEqual([400, "InvalidProtectionUnitId"]);
    const tooLong = await call(
      "GET",
      `${BACKUP}/restorePoints?$expand=protectionUnit&$filter=${Array(6).fill("protectionDateTime lt 2025-01-01T00:00:00Z").join(" and ")}`,
    );
    expect([tooLong.status, errorCode(tooLong)]).toEqual([400, "FilterLengthExceeded"]);
    const unknown = await list("7d1ef7a4-0000-4000-8000-000000000000", "2025-01-01T00:00:00Z");
    expect([unknown.status, unknown.body.value]).toEqual([200, []]);
  });

  it("gets one point by id, expanding its unit only when asked; a point that does not exist is 404", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    emulator.clock.advance(HOUR);
    const id = `${unitIds[0]}_${Date.parse("2025-01-01T00:30:00Z") / 1000}`;
    const plain = await call("GET", `${BACKUP}/restorePoints/${id}`);
    expect(plain.body).toMatchObject({ id, protectionDateTime: "2025-01-01T00:30:00.000Z" });
    expect(plain.body).not.toHaveProperty("protectionUnit");
    const expanded = await call("GET", `${BACKUP}/restorePoints/${id}?$expand=protectionUnit`);
    expect(expanded.body.protectionUnit.id).toBe(unitIds[0]);
    const before = await call(
      "GET",
      `${BACKUP}/restorePoints/${unitIds[0]}_${Date.parse("2025-01-01T00:00:00Z") / 1000}`,
    );
    expect([before.status, errorCode(before)]).toEqual([404, "RestorePointNotFound"]);
  });
});

describe("POST /solutions/backupRestore/restorePoints/search", () => {
  const search = (body: unknown) => call("POST", `${BACKUP}/restorePoints/search`, body);
  const period = { startDateTime: "2025-01-01T01:00:00Z", endDateTime: "2025-01-01T03:00:00Z" };

  it("answers one preferred point per unit and lists the units without one", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0), userId(1)]);
    emulator.clock.advance(5 * HOUR);
    const unknown = "7d1ef7a4-0000-4000-8000-000000000000";
    const latest = await search({
      protectionUnitIds: [...unitIds, unknown],
      protectionTimePeriod: period,
      restorePointPreference: "latest",
    });
    expect(latest.status).toBe(200);
    expect(latest.body.searchResponseId).toEqual(expect.any(String));
    expect(
      latest.body.searchResults.map((r: Json) => [r.restorePoint.protectionUnit.id, r.restorePoint.protectionDateTime]),
    ).toEqual([
      [unitIds[0], "2025-01-01T03:00:00.000Z"],
      [unitIds[1], "2025-01-01T03:00:00.000Z"],
    ]);
    expect(latest.body.noResultProtectionUnitIds).toEqual([unknown]);
    const oldest = await search({
      protectionUnitIds: [unitIds[0]],
      protectionTimePeriod: period,
      restorePointPreference: "oldest",
    });
    expect(oldest.body.searchResults[0].restorePoint.protectionDateTime).toBe("2025-01-01T01:00:00.000Z");
  });

  it("filters on tags: fastRestore picks the latest full-hour point", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    emulator.clock.advance(5 * HOUR);
    const res = await search({
      protectionUnitIds: unitIds,
      protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z", endDateTime: "2025-01-01T02:50:00Z" },
      tags: "FastRestore",
    });
    expect(res.body.searchResults[0].restorePoint).toMatchObject({
      protectionDateTime: "2025-01-01T02:00:00.000Z",
      tags: "fastRestore",
    });
  });

  it("takes at most 20 units and requires protectionUnitIds and protectionTimePeriod", async () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `7d1ef7a4-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const twenty = await search({ protectionUnitIds: ids(20), protectionTimePeriod: period });
    expect([twenty.status, twenty.body.noResultProtectionUnitIds.length]).toEqual([200, 20]);
    const many = await search({ protectionUnitIds: ids(21), protectionTimePeriod: period });
    expect([many.status, errorCode(many)]).toEqual([400, "InvalidSearchRequest"]);
    const noIds = await search({ protectionTimePeriod: period });
    expect([noIds.status, errorCode(noIds)]).toEqual([400, "InvalidSearchRequest"]);
    const noPeriod = await search({ protectionUnitIds: ids(1) });
    expect([noPeriod.status, errorCode(noPeriod)]).toEqual([400, "InvalidSearchRequest"]);
    const badPreference = await search({
      protectionUnitIds: ids(1),
      protectionTimePeriod: period,
      restorePointPreference: "middle",
    });
    expect(errorCode(badPreference)).toBe("InvalidSearchRequest");
  });
});

describe("POST /solutions/backupRestore/restorePoints/search with an artifactQuery", () => {
  const search = (body: unknown) => call("POST", `${BACKUP}/restorePoints/search`, body);
  const mailSearch = (unitId: string, queryExpression: string, extra: object = {}) =>
    search({
      protectionUnitIds: [unitId],
      protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z" },
      artifactQuery: { queryExpression, artifactType: "message" },
      ...extra,
    });

  it("counts the matching messages of the newest point, the same on every call, with an id the search resolves from", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    emulator.clock.advance(40 * DAY);
    const everything = await mailSearch(unitIds[0]!, "(subject -like '*') -or (subject -eq '')");
    const reports = await mailSearch(unitIds[0]!, "(subject -like '*report*')");
    const reportsWithFiles = await mailSearch(unitIds[0]!, "(Subject -like '*report*') -and hasAttachment -eq 'true'");
    const nothing = await mailSearch(unitIds[0]!, "sender -eq 'nobody@contoso.com'");
    const [all, some, fewer, none] = [everything, reports, reportsWithFiles, nothing].map(
      (r) => r.body.searchResults[0].artifactHitCount as number,
    );
    // 1 to 4 messages a day over the 30 days a point holds.
    expect(all).toBeGreaterThanOrEqual(30);
    expect(all).toBeLessThanOrEqual(120);
    expect(some).toBeGreaterThan(0);
    expect(fewer).toBeLessThanOrEqual(some!);
    expect(none).toBe(0);
    expect(everything.body.searchResults[0].restorePoint.protectionDateTime).toBe(
      new Date(emulator.clock.now() - 5 * 60_000).toISOString(),
    );
    const again = await mailSearch(unitIds[0]!, "(subject -like '*report*')");
    expect(again.body).toEqual(reports.body);
    const found = findSearchResponse(emptyStoreWith(unitIds[0]!), reports.body.searchResponseId);
    expect(found).toMatchObject({
      protectionUnitId: unitIds[0],
      restorePointId: reports.body.searchResults[0].restorePoint.id,
      queryExpression: "(subject -like '*report*')",
      artifactType: "message",
      artifactHitCount: some,
    });
    expect(findSearchResponse(emptyStoreWith(unitIds[0]!), "bm90IGEgc2VhcmNo")).toBeUndefined();
  });

  it("refuses more than one unit, another artifact type and an expression outside the grammar", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0), userId(1)]);
    emulator.clock.advance(HOUR);
    const two = await search({
      protectionUnitIds: unitIds,
      protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z" },
      artifactQuery: { queryExpression: "(subject -contains 'a')", artifactType: "message" },
    });
    expect([two.status, errorCode(two)]).toEqual([400, "InvalidSearchRequest"]);
    for (const [expression, extra] of [
      [
        "(subject -contains 'a')",
        { artifactQuery: { queryExpression: "(subject -contains 'a')", artifactType: "file" } },
      ],
      ["(body -contains 'a')", {}],
      ["(subject -contains 'a'", {}],
      ["(subject -contains ‘a’)", {}],
      ["hasAttachment -eq maybe", {}],
    ] as const) {
      const res = await mailSearch(unitIds[0]!, expression, extra);
      expect([res.status, errorCode(res)], expression).toEqual([400, "InvalidSearchRequest"]);
    }
  });

  it("leaves the end of the period open without endDateTime: the point just taken is found", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    emulator.clock.advance(HOUR);
    const res = await search({
      protectionUnitIds: unitIds,
      protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z" },
    });
    expect(res.body.searchResults[0].restorePoint.protectionDateTime).toBe("2025-01-01T01:00:00.000Z");
  });
});

function emptyStoreWith(unitId: string): EmulatorStore {
  const store = createStore();
  store.units.set(unitId.toLowerCase(), {
    id: unitId,
    workload: "exchange",
    policyId: null,
    resourceId: userId(0),
    status: "protected",
    dueAt: null,
    error: null,
    createdDateTime: 0,
    lastModifiedDateTime: 0,
    offboardRequestedDateTime: null,
  });
  return store;
}
