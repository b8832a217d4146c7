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
