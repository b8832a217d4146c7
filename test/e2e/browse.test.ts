// Browsing a backup over GraphQL, against a separately started emulator whose clock is moved by hand: a browse
// session per workload polled to CREATED, browsed three levels deep, and the 1,000-item folder walked page by page
// at one upstream call per page; bad inputs refused before any call (or after the session read only).
import { beforeAll, describe, expect, it } from "vitest";
import {
  BrowseDocument,
  BrowseSessionsDocument,
  CreateBrowseSessionDocument,
  PollBrowseSessionDocument,
} from "../generated/graphql.js";
import type { BrowseQueryVariables } from "../generated/graphql.js";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls, MINUTE } from "../helpers/tenant.js";
import { fastRestorePoint, protectDemoDrives, protectSite, T0 } from "../integration/emulator/fixtures.js";
import { client } from "../integration/emulator/http.js";

const HOUR = 60 * MINUTE;

/** Graph calls made while `run` ran. */
async function counted<T>(t: TestGateway, run: () => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const before = graphCalls(t).length;
  const result = await run();
  return {
    result,
    calls: graphCalls(t)
      .slice(before)
      .map((r) => `${r.method} ${r.path}`),
  };
}

async function browsePage(t: TestGateway, variables: BrowseQueryVariables) {
  return (await expectData(t.url, BrowseDocument, variables)).browse;
}

/** A CREATED browse session over the unit's newest fastRestore point, made and polled over GraphQL. */
async function createdSession(
  t: TestGateway,
  workload: "ONEDRIVE_FOR_BUSINESS" | "SHAREPOINT",
  restorePointId: string,
) {
  const { result, calls } = await counted(t, () =>
    expectData(t.url, CreateBrowseSessionDocument, { workload, restorePointId }),
  );
  const { session } = result.createBrowseSession;
  expect(calls).toEqual([expect.stringMatching(/^POST \/v1\.0\/solutions\/backupRestore\/[A-Za-z]+BrowseSessions$/)]);
  expect(session).toMatchObject({ workload, status: "CREATING", isTerminal: false, restorePointId });
  expect(session.pollAfterSeconds).toEqual(expect.any(Number));
  return session;
}

/** The newest fastRestore point of a protected OneDrive and of a protected site, set up straight on the emulator. */
async function fastPoints(t: TestGateway): Promise<Record<"ONEDRIVE_FOR_BUSINESS" | "SHAREPOINT", string>> {
  const call = client(t.emulator);
  const drive = await protectDemoDrives(call, t.emulator);
  const site = await protectSite(call, t.emulator, 1);
  t.emulator.clock.advance(2 * HOUR);
  const since = new Date(Date.now() - 30 * 24 * HOUR).toISOString();
  return {
    ONEDRIVE_FOR_BUSINESS: await fastRestorePoint(call, drive.unitId, since),
    SHAREPOINT: await fastRestorePoint(call, site.unitId, since),
  };
}

describe("browsing a OneDrive's and a site's backup", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));
  const points = { ONEDRIVE_FOR_BUSINESS: "", SHAREPOINT: "" };
  beforeAll(async () => Object.assign(points, await fastPoints(t)));

  for (const workload of ["ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const) {
    it(`${workload}: CREATING → CREATED, then three levels deep and the 1,000-item folder page by page`, async () => {
      const session = await createdSession(t, workload, points[workload]);
      // Not browsable yet: refused after the session read, the browse action never sent.
      const early = await counted(t, () => execute(t.url, BrowseDocument, { sessionId: session.id }));
      expect(early.result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "CREATING" });
      expect(early.calls).toEqual([expect.stringMatching(/^GET .*browseSessions\//)]);

      t.emulator.clock.advance(MINUTE);
      const polled = (await expectData(t.url, PollBrowseSessionDocument, { id: session.id })).browseSession!;
      expect(polled).toMatchObject({ status: "CREATED", isTerminal: true, pollAfterSeconds: null, error: null });
      expect(polled.expirationDateTime).toEqual(expect.any(String));
      const listed = (await expectData(t.url, BrowseSessionsDocument, { filter: { workload, status: ["CREATED"] } }))
        .browseSessions;
      expect(listed.nodes.map((s) => s.id)).toContain(session.id);

      const top = await counted(t, () => browsePage(t, { sessionId: session.id }));
      expect(top.calls).toEqual([expect.stringMatching(/^GET /), expect.stringMatching(/^POST .*\/browse$/)]);
      const library = top.result.nodes.find((n) => n.name === "Documents")!;
      expect(library).toMatchObject({ type: "DOCUMENT_LIBRARY", itemsCount: 6 });
      const inLibrary = await browsePage(t, {
        sessionId: session.id,
        itemKey: library.itemKey,
        resourceType: "DOCUMENT_LIBRARY",
      });
      const archive = inLibrary.nodes.find((n) => n.name === "Archive")!;
      expect(archive).toMatchObject({ type: "FOLDER" });
      const inArchive = await browsePage(t, { sessionId: session.id, itemKey: archive.itemKey, orderBy: "NAME_DESC" });
      expect(inArchive.nodes.map((n) => n.name)).toEqual([
        "Scans",
        "Roadmap.pptx",
        "Reports Archive",
        "Projects Archive",
        "Notes.docx",
        "Budget.xlsx",
        "Archive Archive",
      ]);
      const scans = inArchive.nodes[0]!;
      expect(scans).toMatchObject({ type: "FOLDER", itemsCount: 1000 });
      const filtered = await browsePage(t, {
        sessionId: session.id,
        itemKey: archive.itemKey,
        nameContains: "archive",
      });
      expect(filtered.nodes.map((n) => n.name)).toEqual(["Archive Archive", "Projects Archive", "Reports Archive"]);

      // The walk: one upstream call per page (the first request also reads the session), no duplicates.
      const seen = new Set<string>();
      const perPage: number[] = [];
      let after: string | null | undefined;
      let pages = 0;
      do {
        const { result, calls } = await counted(t, () =>
          browsePage(t, { sessionId: session.id, itemKey: scans.itemKey, first: 100, after }),
        );
        perPage.push(calls.filter((c) => /\/browse(\?|$)/.test(c)).length);
        if (!after) expect(calls[0]).toMatch(/^GET .*\/browseSessions\/[^/]+$/);
        if (after) expect(calls).toEqual([expect.stringMatching(/^GET .*\/browse\?\$skiptoken=/)]);
        for (const node of result.nodes) seen.add(node.itemKey);
        after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
        pages++;
      } while (after && pages < 20);
      expect(pages).toBe(10);
      expect(perPage).toEqual(Array(10).fill(1));
      expect(seen.size).toBe(1000);
    });
  }

  it("refuses bad inputs before any call, or after the session read only, and changes nothing", async () => {
    const session = await createdSession(t, "ONEDRIVE_FOR_BUSINESS", points.ONEDRIVE_FOR_BUSINESS);
    const other = await createdSession(t, "ONEDRIVE_FOR_BUSINESS", points.ONEDRIVE_FOR_BUSINESS);
    t.emulator.clock.advance(MINUTE);
    const otherKey = (await browsePage(t, { sessionId: other.id })).nodes[0]!.itemKey;
    const folderPage = await browsePage(t, { sessionId: session.id, first: 1 });
    const cases: [string, () => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, number][] = [
      [
        "Exchange",
        () => execute(t.url, CreateBrowseSessionDocument, { workload: "EXCHANGE", restorePointId: points.SHAREPOINT }),
        0,
      ],
      [
        "a path as restore point",
        () => execute(t.url, CreateBrowseSessionDocument, { workload: "SHAREPOINT", restorePointId: "../x" }),
        0,
      ],
      ["a path as session id", () => execute(t.url, BrowseDocument, { sessionId: "a/b" }), 0],
      ["an empty session id", () => execute(t.url, PollBrowseSessionDocument, { id: " " }), 0],
      [
        "a quote in the filter",
        () => execute(t.url, BrowseDocument, { sessionId: session.id, nameContains: "x') or (name -contains '" }),
        0,
      ],
      ["an empty filter", () => execute(t.url, BrowseDocument, { sessionId: session.id, nameContains: "" }), 0],
      [
        "a cursor of another listing",
        () =>
          execute(t.url, BrowseDocument, {
            sessionId: session.id,
            nameContains: "a",
            after: folderPage.pageInfo.endCursor,
          }),
        0,
      ],
      [
        "an item key of another session",
        () => execute(t.url, BrowseDocument, { sessionId: session.id, itemKey: otherKey }),
        2,
      ],
    ];
    for (const [name, run, reads] of cases) {
      const { result, calls } = await counted(t, run);
      expect([name, result.errors?.[0]?.extensions?.["code"]]).toEqual([name, "BAD_USER_INPUT"]);
      expect([name, calls.length]).toEqual([name, reads]);
      expect([name, calls.filter((c) => !c.startsWith("GET ") && !c.endsWith("/browse"))]).toEqual([name, []]);
    }
    // Expired: Graph deletes the session, so the one read answers NOT_FOUND and nothing is browsed.
    t.emulator.clock.advance(72 * HOUR);
    const expired = await counted(t, () => execute(t.url, BrowseDocument, { sessionId: session.id }));
    expect(expired.result.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect(expired.calls).toEqual([expect.stringMatching(/^GET /)]);
  });

  it("creates one session per idempotencyKey, however often the create is sent", async () => {
    const send = () =>
      expectData(t.url, CreateBrowseSessionDocument, {
        workload: "SHAREPOINT",
        restorePointId: points.SHAREPOINT,
        key: "browse-once",
      });
    const { result, calls } = await counted(t, () => Promise.all([send(), send(), send()]));
    expect(new Set(result.map((r) => r.createBrowseSession.session.id)).size).toBe(1);
    expect(calls.filter((c) => c.startsWith("POST "))).toHaveLength(1);
    const reused = await counted(t, () =>
      execute(t.url, CreateBrowseSessionDocument, {
        workload: "ONEDRIVE_FOR_BUSINESS",
        restorePointId: points.ONEDRIVE_FOR_BUSINESS,
        key: "browse-once",
      }),
    );
    expect(reused.result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(reused.calls).toEqual([]);
  });
});

describe("polling a browse session with the gateway's status cache", () => {
  const t = useGateway(() => startExternal({}, { seed: "demo" }));

  it("answers many concurrent polls of one session with one upstream read", async () => {
    const points = await fastPoints(t);
    const { session } = (
      await expectData(t.url, CreateBrowseSessionDocument, {
        workload: "ONEDRIVE_FOR_BUSINESS",
        restorePointId: points.ONEDRIVE_FOR_BUSINESS,
      })
    ).createBrowseSession;
    const { result, calls } = await counted(t, () =>
      Promise.all(Array.from({ length: 50 }, () => expectData(t.url, PollBrowseSessionDocument, { id: session.id }))),
    );
    expect(result.every((r) => r.browseSession?.status === "CREATING")).toBe(true);
    expect(calls).toEqual([expect.stringMatching(/^GET .*\/browseSessions\/[^/]+$/)]);
    // The next poll within the status cache's lifetime reads nothing upstream.
    const again = await counted(t, () => expectData(t.url, PollBrowseSessionDocument, { id: session.id }));
    expect(again.calls).toEqual([]);
  });
});

describe("browse sessions seen from a gateway whose clock is ahead of Graph's", () => {
  // The emulator's day is 2025-01-01: every session it makes has expired by the gateway's clock but not by its own.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo", startTime: T0 }));

  it("refuses a session past its expirationDateTime after the read alone, and shows a FAILED one with Graph's error", async () => {
    const call = client(t.emulator);
    const { unitId } = await protectDemoDrives(call, t.emulator);
    t.emulator.clock.advance(2 * HOUR);
    const session = await createdSession(t, "ONEDRIVE_FOR_BUSINESS", await fastRestorePoint(call, unitId));
    t.emulator.clock.advance(MINUTE);
    const expired = await counted(t, () => execute(t.url, BrowseDocument, { sessionId: session.id }));
    expect(expired.result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
    expect(expired.calls).toEqual([expect.stringMatching(/^GET .*\/browseSessions\/[^/]+$/)]);

    const plain = await call("POST", "/solutions/backupRestore/restorePoints/search", {
      protectionUnitIds: [unitId],
      protectionTimePeriod: { startDateTime: T0 },
      restorePointPreference: "oldest",
      tags: "none",
    });
    const notFast = plain.body.searchResults.find(
      (r: { restorePoint: { tags: string } }) => r.restorePoint.tags === "none",
    );
    const doomed = await createdSession(t, "ONEDRIVE_FOR_BUSINESS", notFast.restorePoint.id);
    t.emulator.clock.advance(MINUTE);
    const failed = (await expectData(t.url, PollBrowseSessionDocument, { id: doomed.id })).browseSession!;
    expect(failed).toMatchObject({ status: "FAILED", isTerminal: true, pollAfterSeconds: null });
    expect(failed.error?.code).toBe("InvalidRestorePoint");
    const refused = await execute(t.url, BrowseDocument, { sessionId: doomed.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});
