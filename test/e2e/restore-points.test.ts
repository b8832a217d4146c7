// Picking a point in time over HTTP against the emulator: a unit's restore points read backwards through Graph's
// 5-point windows (every wave of every unit in one $batch), paged by an instant, bounded by protectedBefore/After;
// one point by id; a mail search with artifactQuery; and the newest point found when Graph's clock runs ahead.
// Upstream calls are counted in the emulator's request log: a $batch POST is one call, its items are listed apart.
import { describe, expect, it } from "vitest";
import {
  LatestPointsDocument,
  RestorePointByIdDocument,
  SearchMailDocument,
  UnitRestorePointsDocument,
  UnitsRestorePointsDocument,
  UnitsRestorePointsWideDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";

const HOUR = 3600_000;

function upstream(t: TestGateway) {
  const log = t.emulator.requests();
  const windows = log.filter((r) => r.method === "GET" && r.path.split("?")[0]!.endsWith("/restorePoints"));
  return {
    calls: log.filter((r) => !r.batchId).length,
    batches: log.filter((r) => !r.batchId && r.path.endsWith("/$batch")).length,
    windows: windows.length,
    filters: windows.map((r) => new URL(r.path, "http://x").searchParams.get("$filter")),
  };
}

const times = (points: { protectionDateTime: unknown }[]) =>
  points.map((p) => Date.parse(String(p.protectionDateTime)));
const descending = (values: number[]) => values.every((v, i) => i === 0 || v < values[i - 1]!);

async function someUnit(t: TestGateway): Promise<string> {
  const data = await expectData(t.url, LatestPointsDocument, { workload: "EXCHANGE", units: 1 });
  return data.protectionUnits.nodes[0]!.id;
}

describe("a unit's restore points (demo tenant)", () => {
  const t = useGateway(() => startExternal({}, { seed: "demo" }));

  it("first: 20 reads four 5-point windows, newest first, each bound at the last window's oldest point", async () => {
    const id = await someUnit(t);
    t.emulator.resetRequests();
    const data = await expectData(t.url, UnitRestorePointsDocument, { id, first: 20 });
    const { edges, pageInfo } = data.protectionUnit!.restorePoints;
    expect(edges).toHaveLength(20);
    expect(new Set(edges.map((e) => e.node.id)).size).toBe(20);
    expect(descending(times(edges.map((e) => e.node)))).toBe(true);
    expect(edges[0]!.node).toMatchObject({ tags: expect.any(Array), protectionUnit: { id, workload: "EXCHANGE" } });
    expect(pageInfo.hasNextPage).toBe(true);
    const seen = upstream(t);
    // The unit, then four sequential windows.
    expect([seen.calls, seen.windows]).toEqual([5, 4]);
    for (const i of [1, 2, 3]) {
      const oldest = new Date(Date.parse(String(edges[i * 5 - 1]!.node.protectionDateTime))).toISOString();
      expect(seen.filters[i]).toBe(`protectionDateTime lt ${oldest}`);
    }
  });

  it("pages with after: 7 + 7 + 6 are the first 20 points, with no duplicate and no gap", async () => {
    const id = await someUnit(t);
    const all = (await expectData(t.url, UnitRestorePointsDocument, { id, first: 20 })).protectionUnit!.restorePoints;
    const pages: string[] = [];
    let after: string | null | undefined;
    for (const first of [7, 7, 6]) {
      const page = (await expectData(t.url, UnitRestorePointsDocument, { id, first, after })).protectionUnit!
        .restorePoints;
      pages.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.endCursor;
      expect(page.pageInfo.hasNextPage).toBe(true);
    }
    expect(pages).toEqual(all.edges.map((e) => e.node.id));
  });

  it("honours protectedBefore and protectedAfter, and stops at protectedAfter without another window", async () => {
    const id = await someUnit(t);
    const all = (await expectData(t.url, UnitRestorePointsDocument, { id, first: 20 })).protectionUnit!.restorePoints;
    const nodes = all.edges.map((e) => e.node);
    t.emulator.resetRequests();
    const bounded = (
      await expectData(t.url, UnitRestorePointsDocument, {
        id,
        first: 50,
        before: nodes[2]!.protectionDateTime,
        since: nodes[9]!.protectionDateTime,
      })
    ).protectionUnit!.restorePoints;
    expect(bounded.edges.map((e) => e.node.id)).toEqual(nodes.slice(3, 10).map((n) => n.id));
    expect(bounded.pageInfo.hasNextPage).toBe(false);
    const seen = upstream(t);
    expect(seen.windows).toBe(2);
    expect(seen.filters[0]).toMatch(/^protectionDateTime lt \S+ and protectionDateTime ge \S+$/);
  });

  it("refuses a forged cursor, a cursor of another unit and an empty range before any call", async () => {
    const data = await expectData(t.url, UnitsRestorePointsWideDocument, { workload: "EXCHANGE", units: 2, first: 1 });
    const [a, b] = data.protectionUnits.nodes;
    t.emulator.resetRequests();
    const cases = [
      { id: a!.id, first: 5, after: b!.restorePoints.pageInfo.endCursor },
      { id: a!.id, first: 5, after: "eyJoIjoieCIsImIiOjF9" },
      { id: a!.id, first: 5, before: "2025-01-01T00:00:00Z", since: "2025-02-01T00:00:00Z" },
      { id: a!.id, first: 101 },
    ];
    for (const variables of cases) {
      const res = await execute(t.url, UnitRestorePointsDocument, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
    expect(upstream(t).windows).toBe(0);
  });

  it("restorePoint(id) reads one point with its unit; an unknown id is NOT_FOUND, a malformed one BAD_USER_INPUT", async () => {
    const id = await someUnit(t);
    const [edge] = (await expectData(t.url, UnitRestorePointsDocument, { id, first: 1 })).protectionUnit!.restorePoints
      .edges;
    const point = (await expectData(t.url, RestorePointByIdDocument, { id: edge!.node.id })).restorePoint!;
    expect(point).toMatchObject({
      id: edge!.node.id,
      protectionDateTime: edge!.node.protectionDateTime,
      protectionUnitId: id,
    });
    expect(point.protectionUnit).toMatchObject({ id, workload: "EXCHANGE" });
    const missing = await execute(t.url, RestorePointByIdDocument, { id: `${id}_1000000000` });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    t.emulator.resetRequests();
    const malformed = await execute(t.url, RestorePointByIdDocument, { id: "../protectionPolicies" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(upstream(t).calls).toBe(0);
  });
});

describe("restore points of 20 units in one query (large seed)", () => {
  const t = useGateway(() => startExternal({}, { seed: "large" }));

  it("costs one call per 5-point window wave, each wave one $batch of the 20 units, whatever fields are selected", async () => {
    t.emulator.resetRequests();
    const narrow = await expectData(t.url, UnitsRestorePointsDocument, { workload: "EXCHANGE", units: 20, first: 20 });
    expect(narrow.protectionUnits.nodes).toHaveLength(20);
    for (const unit of narrow.protectionUnits.nodes) {
      expect(unit.restorePoints.nodes).toHaveLength(20);
      expect(descending(times(unit.restorePoints.nodes))).toBe(true);
    }
    const first = upstream(t);
    // The unit page, then 4 waves of 20 windows: one $batch call each.
    expect(first).toMatchObject({ calls: 5, batches: 4, windows: 80 });

    t.emulator.resetRequests();
    const wide = await expectData(t.url, UnitsRestorePointsWideDocument, {
      workload: "EXCHANGE",
      units: 20,
      first: 20,
    });
    expect(wide.protectionUnits.nodes[0]!.restorePoints.edges[0]!.node.protectionUnit).toMatchObject({
      status: "PROTECTED",
    });
    expect(upstream(t)).toMatchObject({ calls: 5, batches: 4, windows: 80 });

    t.emulator.resetRequests();
    await expectData(t.url, UnitsRestorePointsDocument, { workload: "EXCHANGE", units: 20, first: 5 });
    expect(upstream(t)).toMatchObject({ calls: 2, batches: 1, windows: 20 });
  });
});

describe("searching a mailbox's backups with artifactQuery (demo tenant)", () => {
  const t = useGateway(() => startExternal({}, { seed: "demo" }));

  it("answers the hit count of the newest point and a searchResponseId; a query matching nothing counts 0", async () => {
    const id = await someUnit(t);
    t.emulator.resetRequests();
    const found = (
      await expectData(t.url, SearchMailDocument, {
        unitIds: [id],
        query: "(subject -like '*report*') -or (hasAttachment -eq true)",
      })
    ).searchRestorePoints;
    expect(found.searchResponseId).toEqual(expect.any(String));
    expect(found.results).toHaveLength(1);
    expect(found.results[0]!.artifactHitCount).toBeGreaterThan(0);
    expect(found.results[0]!.restorePoint.protectionUnitId).toBe(id);
    expect(upstream(t).calls).toBe(1);
    const again = (
      await expectData(t.url, SearchMailDocument, {
        unitIds: [id],
        query: "(subject -like '*report*') -or (hasAttachment -eq true)",
      })
    ).searchRestorePoints;
    expect(again.results[0]!.artifactHitCount).toBe(found.results[0]!.artifactHitCount);
    const none = (
      await expectData(t.url, SearchMailDocument, { unitIds: [id], query: "subject -eq 'no such subject'" })
    ).searchRestorePoints;
    expect(none.results[0]!.artifactHitCount).toBe(0);
    expect(none.searchResponseId).not.toBe(found.searchResponseId);
  });

  it("searches the mail of the point picked from restorePoints by ending the period at it", async () => {
    const id = await someUnit(t);
    const picked = (await expectData(t.url, UnitRestorePointsDocument, { id, first: 3 })).protectionUnit!.restorePoints
      .edges[2]!.node;
    const end = Date.parse(String(picked.protectionDateTime));
    const period = { startDateTime: new Date(end - 24 * HOUR).toISOString(), endDateTime: new Date(end).toISOString() };
    const found = (
      await expectData(t.url, SearchMailDocument, { unitIds: [id], query: "(subject -like '*report*')", period })
    ).searchRestorePoints;
    expect(found.results.map((r) => r.restorePoint.id)).toEqual([picked.id]);
  });

  it("sends the documented query forms to Graph as written, one call each", async () => {
    const id = await someUnit(t);
    const documented = [
      "((subject -contains 'Finance') -or (subject -contains 'Legal')) -and (sender -eq 'alex@contoso.com') -and (recipient -eq 'carol@contoso.com') -and hasAttachment -eq true",
      "(Sender -like 'abc@contoso.com') -and (Subject -like '*Check email*' -or Subject -like ' Important') -and (HasAttachment -eq 'true') -and (PitrDumpsterActionTriggeredTime -gt '2024-09-21T08:20:00.0000000Z')",
    ];
    for (const query of documented) {
      t.emulator.resetRequests();
      const found = (await expectData(t.url, SearchMailDocument, { unitIds: [id], query })).searchRestorePoints;
      expect(found.results[0]!.artifactHitCount).toEqual(expect.any(Number));
      const [sent] = t.emulator.requests().filter((r) => r.path.includes("/restorePoints/search"));
      expect(upstream(t).calls).toBe(1);
      expect([sent!.method, sent!.status]).toEqual(["POST", 200]);
    }
  });

  it("refuses two units, an expression outside the grammar and a period that ends in the future, with 0 calls", async () => {
    const data = await expectData(t.url, LatestPointsDocument, { workload: "EXCHANGE", units: 2 });
    const ids = data.protectionUnits.nodes.map((u) => u.id);
    t.emulator.resetRequests();
    const cases = [
      { unitIds: ids, query: "(subject -contains 'report')" },
      { unitIds: ids.slice(0, 1), query: "(subject -contains ‘Finance’)" },
      { unitIds: ids.slice(0, 1), query: "(body -contains 'x')" },
      { unitIds: ids.slice(0, 1), query: "(subject -contains 'x'" },
      { unitIds: ids.slice(0, 1), query: "subject -contains x" },
      { unitIds: ids.slice(0, 1), query: "hasAttachment -eq maybe" },
      { unitIds: ids.slice(0, 1), query: Array(21).fill("(subject -eq 'a')").join(" -or ") },
      { unitIds: ids.slice(0, 1), query: "" },
    ];
    for (const variables of cases) {
      const res = await execute(t.url, SearchMailDocument, variables);
      expect(res.errors?.[0]?.extensions?.code, variables.query).toBe("BAD_USER_INPUT");
    }
    expect(upstream(t).calls).toBe(0);
  });
});

describe("Graph's clock two hours ahead of the gateway's", () => {
  const t = useGateway(() =>
    startExternal({}, { seed: "demo", startTime: new Date(Date.now() + 2 * HOUR).toISOString() }),
  );

  it("latestRestorePoint and restorePoints still find the newest point, taken after the gateway's now", async () => {
    const data = await expectData(t.url, LatestPointsDocument, { workload: "EXCHANGE", units: 3 });
    const unit = data.protectionUnits.nodes[0]!;
    const newest = (await expectData(t.url, UnitRestorePointsDocument, { id: unit.id, first: 1 })).protectionUnit!
      .restorePoints.edges[0]!.node;
    expect(Date.parse(String(newest.protectionDateTime))).toBeGreaterThan(Date.now());
    expect(unit.latestRestorePoint).toMatchObject({ id: newest.id });
    for (const other of data.protectionUnits.nodes) expect(other.latestRestorePoint).not.toBeNull();
  });
});
