import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { siteId, startEmulator, userId, WORK_TIMINGS, type RunningEmulator } from "../../../src/emulator/index.js";
import { BACKUP, client, type Call, type Json } from "./http.js";
import { artifactStub, DAY, errorCode, latestPoint, MIN, protectedPolicy } from "./work.js";

let emulator: RunningEmulator;
let call: Call;

// A fresh emulator per test: reset() keeps the clock, and these tests read absolute times.
beforeEach(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, seed: "directory", startTime: "2025-01-01T00:00:00Z" });
  call = client(emulator);
});
afterEach(() => emulator.close());

const SESSIONS = `${BACKUP}/exchangeRestoreSessions`;
const requests = (sessionId: string) => `${SESSIONS}/${sessionId}/mailboxRestoreArtifactsBulkAdditionRequests`;
const mail = async (index: number) => (await call("GET", `/users/${userId(index)}`)).body.mail as string;
const bulkBody = (mailboxes: string[]) => ({
  displayName: "Usermailbox-BulkRestoreArtifacts",
  mailboxes,
  protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z", endDateTime: "2025-01-02T00:00:00Z" },
  destinationType: "new",
  tags: "fastRestore",
  restorePointPreference: "latest",
});

describe("bulk restore requests (seed 002)", () => {
  it("stay active until the session is activated, then add the resolved artifacts and complete", async () => {
    await protectedPolicy(emulator, call, "exchange", [userId(0), userId(1)]);
    emulator.clock.advance(DAY); // 2025-01-02T00:05Z
    const session = await call("POST", SESSIONS, {});
    expect(session.body.status).toBe("draft");
    const created = await call("POST", requests(session.body.id), bulkBody([await mail(0), await mail(1)]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      "@odata.type": "#microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest",
      status: "active",
      destinationType: "new",
      tags: "fastRestore",
      restorePointPreference: "latest",
      mailboxes: [await mail(0), await mail(1)],
      protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00.000Z", endDateTime: "2025-01-02T00:00:00.000Z" },
    });
    emulator.clock.advance(30 * MIN);
    const waiting = await call("GET", `${requests(session.body.id)}/${created.body.id}`);
    expect(waiting.body.status).toBe("active");
    expect((await call("GET", `${BACKUP}/restoreSessions/${session.body.id}`)).body).toMatchObject({
      status: "draft",
      restoreJobType: "bulk",
    });

    const activated = await call("POST", `${BACKUP}/restoreSessions/${session.body.id}/activate`);
    expect(activated.body.status).toBe("activating");
    emulator.clock.advance(WORK_TIMINGS.bulkRestoreResolveMs);
    const listed = await call("GET", requests(session.body.id));
    expect(listed.body.value[0]).toMatchObject({ id: created.body.id, status: "completed", error: null });
    // The list pages print the input array empty (and leave the ids out), whatever the request named.
    expect(listed.body.value[0].mailboxes).toEqual([]);
    expect(listed.body.value[0]).not.toHaveProperty("directoryObjectIds");
    const artifacts = await call("GET", `${SESSIONS}/${session.body.id}/mailboxRestoreArtifacts`);
    // The latest fastRestore (full-hour) point in the window, for each mailbox.
    expect(
      artifacts.body.value.map((a: Json) => [
        a.restorePoint.protectionUnit.directoryObjectId,
        a.restorePoint.protectionDateTime,
        a.status,
      ]),
    ).toEqual([
      [userId(0), "2025-01-02T00:00:00.000Z", "scheduling"],
      [userId(1), "2025-01-02T00:00:00.000Z", "scheduling"],
    ]);
    emulator.clock.advance(10 * MIN);
    expect((await call("GET", `${BACKUP}/restoreSessions/${session.body.id}`)).body).toMatchObject({
      status: "completed",
      restoreJobType: "bulk",
      restoreSessionArtifactCount: { total: 2, completed: 2 },
    });
    expect((await call("DELETE", `${requests(session.body.id)}/${created.body.id}`)).status).toBe(204);
  });

  it("complete with errors for resources without a restore point, with UserNotBackedup / SiteUrlNotFound details", async () => {
    await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    const sites = await protectedPolicy(emulator, call, "sharePoint", [siteId(0)]);
    emulator.clock.advance(DAY);
    const session = await call("POST", SESSIONS, {});
    const created = await call(
      "POST",
      requests(session.body.id),
      bulkBody([await mail(0), await mail(3), "ghost@contoso.com"]),
    );
    const early = await call("DELETE", `${requests(session.body.id)}/${created.body.id}`);
    expect([early.status, errorCode(early)]).toEqual([403, "InvalidStateForBulkRequestDeletion"]);
    await call("POST", `${BACKUP}/restoreSessions/${session.body.id}/activate`);
    emulator.clock.advance(WORK_TIMINGS.bulkRestoreResolveMs);
    const done = await call("GET", `${requests(session.body.id)}/${created.body.id}`);
    expect(done.body).toMatchObject({
      status: "completedWithErrors",
      error: { code: "BulkRestoreArtifactsNotResolved" },
    });
    expect(done.body.error.details.map((d: Json) => [d.code, d.target])).toEqual([
      ["UserNotBackedup", await mail(3)],
      ["UserNotBackedup", "ghost@contoso.com"],
    ]);

    const siteSession = await call("POST", `${BACKUP}/sharePointRestoreSessions`, {});
    const sitesPath = `${BACKUP}/sharePointRestoreSessions/${siteSession.body.id}/siteRestoreArtifactsBulkAdditionRequests`;
    const known = (await call("GET", `/sites/${siteId(0)}`)).body.webUrl;
    const siteRequest = await call("POST", sitesPath, {
      siteWebUrls: [known, "https://contoso.sharepoint.com/sites/Nope"],
      protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z" },
    });
    expect(siteRequest.status).toBe(201);
    await call("POST", `${BACKUP}/restoreSessions/${siteSession.body.id}/activate`);
    emulator.clock.advance(WORK_TIMINGS.bulkRestoreResolveMs);
    const siteDone = await call("GET", `${sitesPath}/${siteRequest.body.id}`);
    expect(siteDone.body.error.details).toEqual([
      expect.objectContaining({ code: "SiteUrlNotFound", target: "https://contoso.sharepoint.com/sites/Nope" }),
    ]);
    const siteArtifacts = await call(
      "GET",
      `${BACKUP}/sharePointRestoreSessions/${siteSession.body.id}/siteRestoreArtifacts`,
    );
    expect(siteArtifacts.body.value.map((a: Json) => a.restorePoint.protectionUnit.id)).toEqual(sites.unitIds);
  });

  it("enforce one request per session, no mixing with manual artifacts, no PATCH, and the input limits", async () => {
    const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0)]);
    emulator.clock.advance(DAY);
    const point = await latestPoint(emulator, call, unitIds[0]!);
    const session = await call("POST", SESSIONS, {});
    const path = requests(session.body.id);
    const tooMany = await call(
      "POST",
      path,
      bulkBody(Array.from({ length: 10_001 }, (_, i) => `user${i}@contoso.com`)),
    );
    expect([tooMany.status, errorCode(tooMany)]).toEqual([400, "BulkRestoreRestorationResourcesCountExceedsLimit"]);
    const badEmail = await call("POST", path, bulkBody(["not-an-address"]));
    expect([badEmail.status, errorCode(badEmail)]).toEqual([400, "BulkRestoreInvalidCreateRequestUserEmail"]);
    const siteSession = await call("POST", `${BACKUP}/sharePointRestoreSessions`, {});
    const badUrl = await call(
      "POST",
      `${BACKUP}/sharePointRestoreSessions/${siteSession.body.id}/siteRestoreArtifactsBulkAdditionRequests`,
      { siteWebUrls: ["contoso/sites/x"], protectionTimePeriod: { startDateTime: "2025-01-01T00:00:00Z" } },
    );
    expect([badUrl.status, errorCode(badUrl)]).toEqual([400, "BulkRestoreInvalidCreateRequestSiteUrl"]);
    const noPeriod = await call("POST", path, { mailboxes: ["a@contoso.com"] });
    expect(errorCode(noPeriod)).toBe("BulkRestoreInvalidCreateRequest");

    expect((await call("POST", path, bulkBody(["a@contoso.com"]))).status).toBe(201);
    const second = await call("POST", path, bulkBody(["b@contoso.com"]));
    expect([second.status, errorCode(second)]).toEqual([400, "BulkRestoreInvalidCreateRequest"]);
    const patch = await call("PATCH", `${SESSIONS}/${session.body.id}`, {
      "mailboxRestoreArtifacts@delta": [artifactStub(point.id)],
    });
    expect([patch.status, errorCode(patch)]).toEqual([403, "RestoreSessionActionNotAllowed"]);

    const manual = await call("POST", SESSIONS, { mailboxRestoreArtifacts: [artifactStub(point.id)] });
    const mixed = await call("POST", requests(manual.body.id), bulkBody(["a@contoso.com"]));
    expect([mixed.status, errorCode(mixed)]).toEqual([400, "BulkRestoreInvalidCreateRequest"]);
    const missing = await call("GET", `${path}/7d1ef7a4-0000-4000-8000-000000000000`);
    expect([missing.status, errorCode(missing)]).toEqual([404, "BulkRestoreArtifactsNotFound"]);
    expect(errorCode(await call("GET", `${path}/nope`))).toBe("InvalidBulkRestoreArtifactId");
  });
});
