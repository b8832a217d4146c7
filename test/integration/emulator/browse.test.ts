import { describe, expect, it } from "vitest";
import { fastRestorePoint, HOUR, protectDemoDrives, protectSite, T0 } from "./fixtures.js";
import { BACKUP, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({ startTime: T0 }, { beforeEach: (e) => e.reset() });

describe("browse sessions", () => {
  it("creates a OneDrive session from a fastRestore point: creating, then created, in both views", async () => {
    const { unitId } = await protectDemoDrives(call, emulator);
    emulator.clock.advance(2 * HOUR);
    const restorePointId = await fastRestorePoint(call, unitId);
    const created = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions`, { restorePointId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      "@odata.type": "#microsoft.graph.oneDriveForBusinessBrowseSession",
      status: "creating",
      restorePointId,
      directoryObjectId: expect.any(String),
      backupSizeInBytes: expect.stringMatching(/^\d+$/),
      error: null,
    });
    expect(Date.parse(created.body.expirationDateTime) - Date.parse(created.body.createdDateTime)).toBe(72 * HOUR);
    emulator.clock.advance(60_000);
    expect((await call("GET", `${BACKUP}/oneDriveForBusinessBrowseSessions/${created.body.id}`)).body.status).toBe(
      "created",
    );
    const all = await call("GET", `${BACKUP}/browseSessions`);
    expect(all.body.value.map((s: Json) => s["@odata.type"])).toEqual([
      "#microsoft.graph.oneDriveForBusinessBrowseSession",
    ]);
    expect((await call("GET", `${BACKUP}/sharePointBrowseSessions/${created.body.id}`)).status).toBe(404);
  });

  it("browses a created SharePoint session: libraries, then folders and files, with filter and order", async () => {
    const { unitId } = await protectSite(call, emulator, 1);
    emulator.clock.advance(2 * HOUR);
    const { body: session } = await call("POST", `${BACKUP}/sharePointBrowseSessions`, {
      restorePointId: await fastRestorePoint(call, unitId),
    });
    const early = await call("POST", `${BACKUP}/sharePointBrowseSessions/${session.id}/browse`, {});
    expect([early.status, early.body.error.code]).toEqual([400, "BadRequest"]);
    emulator.clock.advance(60_000);
    const top = await call("POST", `${BACKUP}/browseSessions/${session.id}/browse`, {});
    expect(top.body["@odata.count"]).toBe(2);
    expect(top.body.value[0]).toMatchObject({
      type: "documentLibrary",
      name: "Documents",
      webUrl: expect.stringContaining("/sites/Marketing/"),
    });
    const inside = await call("POST", `${BACKUP}/sharePointBrowseSessions/${session.id}/browse`, {
      browseLocationItemKey: top.body.value[0].itemKey,
      orderBy: "nameDsc",
      filter: "(name -contains 'r')",
    });
    expect(inside.body.value.map((i: Json) => i.name)).toEqual(["Roadmap.pptx", "Reports", "Projects", "Archive"]);
    expect(inside.body.value[0]).toMatchObject({
      type: "file",
      sizeInBytes: expect.stringMatching(/^\d+$/),
      itemsCount: null,
    });
    const badFilter = await call("POST", `${BACKUP}/sharePointBrowseSessions/${session.id}/browse`, {
      filter: "startswith(name,'a')",
    });
    expect(badFilter.status).toBe(400);
  });

  it("refuses unknown or other-workload restore points, and fails sessions on points without fastRestore", async () => {
    const { unitId } = await protectDemoDrives(call, emulator);
    emulator.clock.advance(2 * HOUR);
    const unknown = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions`, { restorePointId: "nope_1" });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, "InvalidRestorePoint"]);
    const point = await fastRestorePoint(call, unitId);
    expect((await call("POST", `${BACKUP}/sharePointBrowseSessions`, { restorePointId: point })).body.error.code).toBe(
      "InvalidRestorePoint",
    );
    expect((await call("POST", `${BACKUP}/sharePointBrowseSessions`, {})).status).toBe(400);
    const plain = await call("POST", `${BACKUP}/restorePoints/search`, {
      protectionUnitIds: [unitId],
      protectionTimePeriod: { startDateTime: T0 },
      restorePointPreference: "latest",
      tags: "none",
    });
    const notFast = plain.body.searchResults.find((r: Json) => r.restorePoint.tags === "none")?.restorePoint.id;
    const session = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions`, { restorePointId: notFast });
    emulator.clock.advance(60_000);
    const failed = await call("GET", `${BACKUP}/browseSessions/${session.body.id}`);
    expect(failed.body).toMatchObject({ status: "failed", error: { code: "InvalidRestorePoint" } });
  });

  it("forgets sessions after their expiration and refuses $count (no query options on these pages)", async () => {
    const { unitId } = await protectDemoDrives(call, emulator);
    emulator.clock.advance(2 * HOUR);
    const { body: session } = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions`, {
      restorePointId: await fastRestorePoint(call, unitId),
    });
    const count = await call("GET", `${BACKUP}/oneDriveForBusinessBrowseSessions?$count=true`);
    expect([count.status, count.body.error.message]).toEqual([
      400,
      expect.stringContaining("Query option 'Count' is not allowed"),
    ]);
    emulator.clock.advance(72 * HOUR);
    expect((await call("GET", `${BACKUP}/browseSessions/${session.id}`)).status).toBe(404);
  });
});

describe("browse paging", () => {
  /** A CREATED OneDrive browse session on the demo drives' newest fastRestore point. */
  async function createdDriveSession(): Promise<string> {
    const { unitId } = await protectDemoDrives(call, emulator);
    emulator.clock.advance(2 * HOUR);
    const restorePointId = await fastRestorePoint(call, unitId);
    const { body } = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions`, { restorePointId });
    emulator.clock.advance(60_000);
    return body.id as string;
  }

  /** The itemKey of the item named `name` among the children of `key` (top level without one). */
  async function keyOf(sessionId: string, name: string, key?: string): Promise<string> {
    const res = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${sessionId}/browse`, {
      ...(key ? { browseLocationItemKey: key } : {}),
    });
    return res.body.value.find((i: Json) => i.name === name).itemKey;
  }

  it("walks the 1,000-item folder through nextLink pages of 100, the token carrying the query", async () => {
    const id = await createdDriveSession();
    const archive = await keyOf(id, "Archive", await keyOf(id, "Documents"));
    const scans = await keyOf(id, "Scans", archive);
    const first = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse`, {
      browseLocationItemKey: scans,
      orderBy: "nameDsc",
    });
    expect(first.body["@odata.count"]).toBe(1000);
    expect(first.body.value).toHaveLength(100);
    expect(first.body.value[0]).toMatchObject({ name: "Scan-1000.pdf", type: "file", itemsCount: null });
    const names: string[] = first.body.value.map((i: Json) => i.name);
    let link: string | undefined = first.body["@odata.nextLink"];
    expect(link).toMatch(/\/oneDriveForBusinessBrowseSessions\/[^/]+\/browse\?\$skiptoken=/);
    while (link) {
      const page = await call("GET", link);
      expect(page.status).toBe(200);
      names.push(...page.body.value.map((i: Json) => i.name));
      link = page.body["@odata.nextLink"];
    }
    expect(names).toHaveLength(1000);
    expect(new Set(names).size).toBe(1000);
    expect(names.at(-1)).toBe("Scan-0001.pdf");
  });

  it("answers GET …/browse with the $skiptoken's page, the same from both views, and the top level without one", async () => {
    const id = await createdDriveSession();
    const scans = await keyOf(id, "Scans", await keyOf(id, "Archive", await keyOf(id, "Documents")));
    const first = await call("POST", `${BACKUP}/browseSessions/${id}/browse`, { browseLocationItemKey: scans });
    const token = new URL(first.body["@odata.nextLink"]).searchParams.get("$skiptoken")!;
    const typed = await call("GET", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse?$skiptoken=${token}`);
    const polymorphic = await call("GET", `${BACKUP}/browseSessions/${id}/browse?$skiptoken=${token}`);
    expect(typed.body.value[0].name).toBe("Scan-0101.pdf");
    expect(polymorphic.body.value).toEqual(typed.body.value);
    const top = await call("GET", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse`);
    expect(top.body.value.map((i: Json) => i.name)).toEqual(["Documents"]);
    const forged = await call("GET", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse?$skiptoken=abc`);
    expect(forged.status).toBe(400);
  });

  it("refuses an item key or a token of another session, a file as location and a mismatched resource type", async () => {
    const id = await createdDriveSession();
    const { body: other } = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions`, {
      restorePointId: (await call("GET", `${BACKUP}/browseSessions/${id}`)).body.restorePointId,
    });
    emulator.clock.advance(60_000);
    const documents = await keyOf(id, "Documents");
    const foreign = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${other.id}/browse`, {
      browseLocationItemKey: documents,
    });
    expect([foreign.status, foreign.body.error.code]).toEqual([400, "BadRequest"]);
    const scans = await keyOf(id, "Scans", await keyOf(id, "Archive", documents));
    const first = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse`, {
      browseLocationItemKey: scans,
    });
    const token = new URL(first.body["@odata.nextLink"]).searchParams.get("$skiptoken")!;
    const stolen = await call(
      "GET",
      `${BACKUP}/oneDriveForBusinessBrowseSessions/${other.id}/browse?$skiptoken=${token}`,
    );
    expect(stolen.status).toBe(400);
    const file = await keyOf(id, "Notes.docx", documents);
    const intoFile = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse`, {
      browseLocationItemKey: file,
    });
    expect(intoFile.status).toBe(400);
    const mismatch = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse`, {
      browseLocationItemKey: documents,
      browseResourceType: "folder",
    });
    expect(mismatch.status).toBe(400);
    const matching = await call("POST", `${BACKUP}/oneDriveForBusinessBrowseSessions/${id}/browse`, {
      browseLocationItemKey: documents,
      browseResourceType: "documentLibrary",
    });
    expect(matching.body["@odata.count"]).toBe(6);
  });
});

describe("emailNotificationsSetting", () => {
  it("reads the default singleton and updates it with PATCH (flags enums normalised)", async () => {
    const res = await call("GET", `/beta${BACKUP}/emailNotificationsSetting`);
    expect(res.body).toMatchObject({
      isEnabled: true,
      additionalEvents: "none",
      recipients: { role: "allAdmins", customRecipients: [] },
    });
    const patched = await call("PATCH", `/beta${BACKUP}/emailNotificationsSetting`, {
      additionalEvents: "restoreAndPolicyUpdates",
      recipients: { role: "backupAdmins,custom", customRecipients: [{ email: "ops@contoso.com" }] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.recipients).toEqual({
      role: "backupAdmins, custom",
      customRecipients: [{ email: "ops@contoso.com", displayName: null }],
    });
    expect((await call("GET", `${BACKUP}/emailNotificationsSetting?$select=isEnabled`)).body).toEqual(
      expect.objectContaining({ isEnabled: true }),
    );
    for (const bad of [
      { isEnabled: "yes" },
      { additionalEvents: "everything" },
      { recipients: { role: "globalAdmins", customRecipients: [{ email: "a@b.c" }] } },
    ]) {
      expect((await call("PATCH", `${BACKUP}/emailNotificationsSetting`, bad)).status).toBe(400);
    }
  });
});
