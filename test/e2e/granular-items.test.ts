// Restoring items picked while browsing a OneDrive's and a site's backup, end to end over HTTP against a separately
// started emulator whose clock is moved by hand: browse session → DRAFT restore session → addGranularRestoreArtifacts
// (one bad key failing alone inside Graph's 200) → activate → poll to COMPLETED → the restored paths and URLs. Bad
// inputs are refused before Graph is asked to change anything, and nothing changes.
import { beforeAll, describe, expect, it } from "vitest";
import {
  ActivateRestoreSessionDocument,
  AddGranularItemsDocument,
  CreateRestoreSessionDocument,
  PollGranularItemsDocument,
  RemoveGranularItemsDocument,
  type GranularRestoreItemInput,
} from "../generated/graphql.js";
import { startExternal, useGateway, type TestGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls, MINUTE } from "../helpers/tenant.js";
import { fastRestorePoint, protectDemoDrives, protectSite } from "../integration/emulator/fixtures.js";
import { BACKUP, client, type Json } from "../integration/emulator/http.js";

const HOUR = 60 * MINUTE;
type Kind = "ONEDRIVE_FOR_BUSINESS" | "SHAREPOINT";

interface Browsed {
  browseSessionId: string;
  /** directoryObjectId (OneDrive) or siteId (SharePoint) of the browsed backup. */
  resourceId: string;
  folderKey: string;
  fileKey: string;
}

/** The Graph calls (method and path) made while `run` ran. */
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

/** "GET restoreSessions" for "GET /v1.0/solutions/backupRestore/restoreSessions/{id}", "POST $batch" for a batch. */
const shape = (call: string): string => call.replace(/^(\w+) .*\/(\$batch|\w+)(\/[^/$]+)?$/, "$1 $2");

/** One wave of reads only: the $batch and the restore and browse session GETs inside it; nothing written. */
const readWave = ["GET browseSessions", "GET restoreSessions", "POST $batch"];

const item = (kind: Kind, b: Browsed, itemKey: string): GranularRestoreItemInput =>
  kind === "SHAREPOINT"
    ? { browseSessionId: b.browseSessionId, itemKey, siteId: b.resourceId }
    : { browseSessionId: b.browseSessionId, itemKey, directoryObjectId: b.resourceId };

describe("restoring items picked while browsing a backup", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));
  const browsed = {} as Record<Kind, Browsed>;

  // A CREATED browse session per workload (through the emulator's Graph API) and a folder and a file found in it.
  beforeAll(async () => {
    const call = client(t.emulator);
    const units = {
      ONEDRIVE_FOR_BUSINESS: await protectDemoDrives(call, t.emulator),
      SHAREPOINT: await protectSite(call, t.emulator, 1),
    };
    t.emulator.clock.advance(2 * HOUR);
    const since = new Date(t.emulator.clock.now() - 30 * 24 * HOUR).toISOString();
    for (const kind of ["ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const) {
      const collection = kind === "SHAREPOINT" ? "sharePointBrowseSessions" : "oneDriveForBusinessBrowseSessions";
      const restorePointId = await fastRestorePoint(call, units[kind].unitId, since);
      const session = (await call("POST", `${BACKUP}/${collection}`, { restorePointId })).body;
      t.emulator.clock.advance(MINUTE);
      const top = (await call("POST", `${BACKUP}/browseSessions/${session.id}/browse`, {})).body.value as Json[];
      const library = top.find((i) => i.name === "Documents")!;
      const inside = (
        await call("POST", `${BACKUP}/browseSessions/${session.id}/browse`, { browseLocationItemKey: library.itemKey })
      ).body.value as Json[];
      browsed[kind] = {
        browseSessionId: session.id,
        resourceId: session.directoryObjectId ?? session.siteId,
        folderKey: inside.find((i) => i.type === "folder")!.itemKey,
        fileKey: inside.find((i) => i.type === "file")!.itemKey,
      };
    }
  });

  async function draftSession(workload: Kind | "EXCHANGE"): Promise<string> {
    return (await expectData(t.url, CreateRestoreSessionDocument, { workload })).createRestoreSession.session.id;
  }

  for (const kind of ["ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const) {
    it(`${kind}: three items added in one PATCH (a bad key fails alone), restored to COMPLETED with their new paths`, async () => {
      const b = browsed[kind];
      const sessionId = await draftSession(kind);
      const bad = Buffer.from("not an item of this session").toString("base64url");
      const added = await counted(t, () =>
        expectData(t.url, AddGranularItemsDocument, {
          sessionId,
          items: [item(kind, b, b.folderKey), item(kind, b, bad), item(kind, b, b.fileKey)],
        }),
      );
      // The restore and browse sessions read (in one wave), one @delta PATCH for the three items, the session read back.
      const shapes = added.calls.map(shape);
      expect(shapes[0]).toBe("POST $batch");
      expect(shapes.slice(1, 3).sort()).toEqual(["GET browseSessions", "GET restoreSessions"]);
      expect(shapes.slice(3)).toEqual([
        `PATCH ${kind === "SHAREPOINT" ? "sharePoint" : "oneDriveForBusiness"}RestoreSessions`,
        "GET restoreSessions",
      ]);
      const { results } = added.result.addGranularRestoreArtifacts;
      expect(results.map((r) => [r.operation, r.target, r.succeeded, r.error?.code ?? null])).toEqual([
        ["ADD", b.folderKey, true, null],
        ["ADD", bad, false, "InvalidItemKey"],
        ["ADD", b.fileKey, true, null],
      ]);
      const folder = results[0]!.artifact!;
      expect(folder).toMatchObject({
        __typename: kind === "SHAREPOINT" ? "GranularSiteRestoreArtifact" : "GranularDriveRestoreArtifact",
        browseSessionId: b.browseSessionId,
        status: "ADDED",
        restoredItemPath: null,
        webUrl: expect.stringMatching(/^https:\/\//),
        ...(kind === "SHAREPOINT" ? { siteId: b.resourceId } : { directoryObjectId: b.resourceId }),
      });

      // Removal reports each id: the file goes, an unknown id fails alone.
      const fileId = results[2]!.artifact!.id;
      const removed = await expectData(t.url, RemoveGranularItemsDocument, {
        sessionId,
        ids: [fileId, "no-such-artifact"],
      });
      expect(
        removed.removeGranularRestoreArtifacts.results.map((r) => [
          r.operation,
          r.target,
          r.succeeded,
          r.error?.code ?? null,
        ]),
      ).toEqual([
        ["REMOVE", fileId, true, null],
        ["REMOVE", "no-such-artifact", false, "Invalid"],
      ]);

      expect(
        (await expectData(t.url, ActivateRestoreSessionDocument, { id: sessionId })).activateRestoreSession.session
          .status,
      ).toBe("ACTIVATING");
      // A poll of the session with its items is one wave: the session and its items' first page in one $batch.
      const first = await counted(t, () => expectData(t.url, PollGranularItemsDocument, { id: sessionId }));
      expect(first.calls.map(shape).sort()).toEqual([
        `GET ${kind === "SHAREPOINT" ? "granularSiteRestoreArtifacts" : "granularDriveRestoreArtifacts"}`,
        "GET restoreSessions",
        "POST $batch",
      ]);
      let polled = first.result.restoreSession!;
      const seen = new Set<string>();
      for (let i = 0; i < 10 && !polled.isTerminal; i++) {
        const node = ("driveItems" in polled ? polled.driveItems : "siteItems" in polled ? polled.siteItems : undefined)
          ?.nodes[0];
        if (node) seen.add(node.status);
        t.emulator.clock.advance(MINUTE);
        polled = (await expectData(t.url, PollGranularItemsDocument, { id: sessionId })).restoreSession!;
      }
      expect(polled).toMatchObject({
        status: "COMPLETED",
        isTerminal: true,
        artifactCount: { total: 1, completed: 1, failed: 0 },
      });
      expect([...seen]).toEqual(expect.arrayContaining(["SCHEDULING", "IN_PROGRESS"]));
      const nodes = ("driveItems" in polled ? polled.driveItems : "siteItems" in polled ? polled.siteItems : undefined)!
        .nodes;
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({
        id: folder.id,
        status: "SUCCEEDED",
        restoredItemPath: expect.stringMatching(/^Documents\/Restored \d{4}-\d{2}-\d{2}$/),
        restoredItemWebUrl: expect.stringMatching(/^https:\/\/.*\/Documents\/Restored%20\d{4}-\d{2}-\d{2}\//),
        restoredItemKey: expect.any(String),
        startDateTime: expect.any(String),
        completionDateTime: expect.any(String),
      });
      expect(Date.parse(nodes[0]!.completionDateTime!)).toBeGreaterThan(Date.parse(nodes[0]!.startDateTime!));
    });
  }

  it("refuses bad input before Graph is asked to change anything, and nothing changes", async () => {
    const b = browsed.ONEDRIVE_FOR_BUSINESS;
    const sessionId = await draftSession("ONEDRIVE_FOR_BUSINESS");
    const good = item("ONEDRIVE_FOR_BUSINESS", b, b.folderKey);
    const refused = async (variables: { sessionId: string; items: GranularRestoreItemInput[] }) => {
      const { result, calls } = await counted(t, () => execute(t.url, AddGranularItemsDocument, variables));
      return { extensions: result.errors?.[0]?.extensions, calls };
    };

    // Refused from the input alone: no upstream call at all.
    const noCall = [
      { sessionId: "not-a-guid", items: [good] },
      {
        sessionId,
        items: [
          {
            ...good,
            siteId: "contoso.sharepoint.com,2c1a6b7e-5f3d-4f56-9d3e-0c8a1b2c3d4e,7f0e9d8c-1b2a-4c3d-8e9f-a0b1c2d3e4f5",
          },
        ],
      },
      { sessionId, items: [{ browseSessionId: b.browseSessionId, itemKey: b.folderKey }] },
      { sessionId, items: [{ ...good, itemKey: "  " }] },
      { sessionId, items: [{ ...good, directoryObjectId: "not-a-guid" }] },
      { sessionId, items: [good, { ...good }] },
      { sessionId, items: Array.from({ length: 51 }, (_, i) => ({ ...good, itemKey: `key-${i}` })) },
      { sessionId, items: [] },
    ];
    for (const variables of noCall) {
      const { extensions, calls } = await refused(variables);
      expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field: expect.stringMatching(/^input\./) });
      expect(calls).toEqual([]);
    }

    // Refused after reading the session only: the wrong kind of session, and a session no longer DRAFT.
    const exchange = await refused({ sessionId: await draftSession("EXCHANGE"), items: [good] });
    expect(exchange.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
    expect(exchange.calls.map(shape).sort()).toEqual(readWave);
    const siteOnDrive = await refused({
      sessionId,
      items: [item("SHAREPOINT", browsed.SHAREPOINT, browsed.SHAREPOINT.folderKey)],
    });
    expect(siteOnDrive.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.items.directoryObjectId" });
    expect(siteOnDrive.calls.map(shape).sort()).toEqual(readWave);

    // A browse session of the other workload, another drive's owner, a browse session Graph no longer has.
    const siteBrowse = await refused({
      sessionId,
      items: [{ ...good, browseSessionId: browsed.SHAREPOINT.browseSessionId }],
    });
    expect(siteBrowse.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.items.browseSessionId" });
    expect(siteBrowse.calls.map(shape).sort()).toEqual(readWave);
    const otherOwner = await refused({
      sessionId,
      items: [{ ...good, directoryObjectId: "4b014d8c-71fe-4d00-a01a-31850bc5b32c" }],
    });
    expect(otherOwner.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.items.directoryObjectId" });
    expect(otherOwner.calls.map(shape).sort()).toEqual(readWave);
    const gone = await refused({
      sessionId,
      items: [{ ...good, browseSessionId: "6f4f1f0e-0d5e-4c1b-9a53-0c5d7d1e2f3a" }],
    });
    expect(gone.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(gone.calls.map(shape).sort()).toEqual(readWave);

    const active = await draftSession("ONEDRIVE_FOR_BUSINESS");
    await expectData(t.url, AddGranularItemsDocument, { sessionId: active, items: [good] });
    await expectData(t.url, ActivateRestoreSessionDocument, { id: active });
    const notDraft = await refused({ sessionId: active, items: [item("ONEDRIVE_FOR_BUSINESS", b, b.fileKey)] });
    expect(notDraft.extensions).toMatchObject({ code: "CONFLICT", reason: "RestoreSessionNotDraft" });
    expect(notDraft.calls.map(shape).sort()).toEqual(readWave);

    const removeRefused = await counted(t, () => execute(t.url, RemoveGranularItemsDocument, { sessionId, ids: [] }));
    expect(removeRefused.result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ids" });
    expect(removeRefused.calls).toEqual([]);

    // Nothing changed: the DRAFT session is still empty, the activated one still holds its one item.
    const empty = (await expectData(t.url, PollGranularItemsDocument, { id: sessionId })).restoreSession!;
    expect(empty).toMatchObject({ status: "DRAFT", driveItems: { nodes: [] } });
    const one = (await expectData(t.url, PollGranularItemsDocument, { id: active })).restoreSession!;
    expect("driveItems" in one && one.driveItems.nodes.map((n) => n.id)).toEqual([b.folderKey]);

    // Three days on, Graph has deleted the browse session: its items are refused before any PATCH (last: it expires).
    t.emulator.clock.advance(72 * HOUR);
    const expired = await refused({ sessionId, items: [good] });
    expect(expired.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(expired.calls.map(shape).sort()).toEqual(readWave);
  });
});
