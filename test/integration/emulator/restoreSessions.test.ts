import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, USER_COUNT, userId, WORK_TIMINGS, type RunningEmulator } from "../../../src/emulator/index.js";
import { demoRestoreIds } from "../../../src/emulator/seed/restoreDemo.js";
import { BACKUP, client, type Call, type Json } from "./http.js";
import { artifactStub, errorCode, HOUR, latestPoint, MIN, protectedPolicy } from "./work.js";

let emulator: RunningEmulator;
let call: Call;
let points: Json[];

// A fresh emulator per test: reset() keeps the clock, and these tests read absolute times.
beforeEach(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, seed: "directory", startTime: "2025-01-01T00:00:00Z" });
  call = client(emulator);
  const { unitIds } = await protectedPolicy(emulator, call, "exchange", [userId(0), userId(1), userId(USER_COUNT - 2)]);
  emulator.clock.advance(HOUR - 5 * MIN); // 01:00
  points = await Promise.all(unitIds.map((id) => latestPoint(emulator, call, id)));
});
afterEach(() => emulator.close());

const SESSIONS = `${BACKUP}/exchangeRestoreSessions`;
const create = (stubs: unknown[]) => call("POST", SESSIONS, { mailboxRestoreArtifacts: stubs });
const get = (id: string, headers?: Record<string, string>) =>
  call("GET", `${BACKUP}/restoreSessions/${id}`, undefined, headers);
const artifacts = async (id: string) =>
  (await call("GET", `${SESSIONS}/${id}/mailboxRestoreArtifacts`)).body.value as Json[];
const activate = (id: string) => call("POST", `${BACKUP}/restoreSessions/${id}/activate`);
const mailSearch = async (unitId: string) => {
  const res = await call("POST", `${BACKUP}/restorePoints/search`, {
    protectionUnitIds: [unitId],
    protectionTimePeriod: { startDateTime: "2024-12-31T00:00:00Z" },
    artifactQuery: { queryExpression: "(subject -contains 'invoice')", artifactType: "message" },
  });
  expect(res.status).toBe(200);
  return res.body as { searchResponseId: string; searchResults: Json[] };
};

describe("restore sessions", () => {
  it("go draft → activating → active → completed while their artifacts go added → … → succeeded", async () => {
    const created = await create([
      artifactStub(points[0].id),
      { restorePoint: { "@odata.id": points[1].id }, destinationType: "new" },
    ]);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      "@odata.context": `${emulator.baseUrl}/$metadata#solutions/backupRestore/exchangeRestoreSessions/$entity`,
      "@odata.type": "#microsoft.graph.exchangeRestoreSession",
      status: "draft",
      restoreJobType: "standard",
      restoreSessionArtifactCount: { total: 2, completed: 0, inProgress: 0, failed: 0 },
      completedDateTime: null,
    });
    const id = created.body.id;
    expect((await artifacts(id)).map((a) => [a.status, a.restorePoint.id])).toEqual([
      ["added", points[0].id],
      ["added", points[1].id],
    ]);

    const activated = await activate(id);
    expect(activated.body).toMatchObject({
      status: "activating",
      restoreSessionArtifactCount: { total: 2, inProgress: 2 },
    });
    expect((await artifacts(id)).map((a) => a.status)).toEqual(["scheduling", "scheduling"]);
    emulator.clock.advance(WORK_TIMINGS.schedulingMs);
    expect((await get(id)).body.status).toBe("active");
    expect((await artifacts(id)).map((a) => a.status)).toEqual(["scheduled", "scheduled"]);
    emulator.clock.advance(WORK_TIMINGS.scheduledMs);
    const running = await artifacts(id);
    expect(running.map((a) => [a.status, a.startDateTime])).toEqual([
      ["inProgress", "2025-01-01T01:02:00.000Z"],
      ["inProgress", "2025-01-01T01:02:00.000Z"],
    ]);
    emulator.clock.advance(WORK_TIMINGS.restoreMs);
    expect((await get(id)).body).toMatchObject({
      status: "completed",
      completedDateTime: "2025-01-01T01:05:00.000Z",
      restoreSessionArtifactCount: { total: 2, completed: 2, inProgress: 0, failed: 0 },
    });
    const done = await artifacts(id);
    expect(done[0]).toMatchObject({
      "@odata.type": "#microsoft.graph.mailboxRestoreArtifact",
      status: "succeeded",
      destinationType: "new",
      completionDateTime: "2025-01-01T01:05:00.000Z",
      error: null,
      restoredFolderName: expect.any(String),
      restorePoint: { id: points[0].id, protectionUnit: { id: points[0].protectionUnit.id } },
    });
  });

  it("end completedWithError when an artifact fails, and failed (seen only with the Prefer header) when all do", async () => {
    const mixed = await create([artifactStub(points[0].id), artifactStub(points[2].id)]);
    const failing = await create([artifactStub(points[2].id)]);
    await activate(mixed.body.id);
    await activate(failing.body.id);
    emulator.clock.advance(10 * MIN);
    expect((await get(mixed.body.id)).body).toMatchObject({
      status: "completedWithError",
      restoreSessionArtifactCount: { completed: 1, failed: 1 },
    });
    expect((await artifacts(mixed.body.id))[1]).toMatchObject({
      status: "failed",
      error: { code: "ArtifactCannotBeRestored" },
    });
    expect((await get(failing.body.id)).body.status).toBe("unknownFutureValue");
    expect((await get(failing.body.id, { Prefer: "include-unknown-enum-members" })).body.status).toBe("failed");
    const filtered = await call("GET", `${BACKUP}/restoreSessions?$filter=status eq 'failed'`, undefined, {
      Prefer: "include-unknown-enum-members",
    });
    expect(filtered.body.value.map((s: Json) => s.id)).toEqual([failing.body.id]);
  });

  it("are listed typed and through the polymorphic view, and deleted only in draft", async () => {
    const a = await create([artifactStub(points[0].id)]);
    const empty = await call("POST", SESSIONS, {});
    const drive = await call("POST", `${BACKUP}/oneDriveForBusinessRestoreSessions`);
    expect([empty.status, drive.status]).toEqual([201, 201]);
    const all = await call("GET", `${BACKUP}/restoreSessions`);
    expect(all.body.value.map((s: Json) => s["@odata.type"])).toEqual([
      "#microsoft.graph.exchangeRestoreSession",
      "#microsoft.graph.exchangeRestoreSession",
      "#microsoft.graph.oneDriveForBusinessRestoreSession",
    ]);
    expect((await call("GET", SESSIONS)).body.value).toHaveLength(2);
    expect(
      (await call("GET", `${BACKUP}/restoreSessions/microsoft.graph.oneDriveForBusinessRestoreSession`)).body.value,
    ).toHaveLength(1);
    expect((await call("DELETE", `${BACKUP}/restoreSessions/${empty.body.id}`)).status).toBe(204);
    await activate(a.body.id);
    const refused = await call("DELETE", `${BACKUP}/restoreSessions/${a.body.id}`);
    expect([refused.status, errorCode(refused)]).toEqual([403, "RestoreSessionActionNotAllowed"]);
    const again = await activate(a.body.id);
    expect([again.status, errorCode(again)]).toEqual([403, "RestoreSessionActionNotAllowed"]);
    const missing = await get("7d1ef7a4-0000-4000-8000-000000000000");
    expect([missing.status, errorCode(missing)]).toEqual([404, "RestoreSessionNotFound"]);
    expect(errorCode(await get("not-a-guid"))).toBe("InvalidRestoreSessionId");
  });

  it("change their artifacts with @delta in draft: adds, removes and per-item failures inside a 200", async () => {
    const created = await create([artifactStub(points[0].id)]);
    const id = created.body.id;
    const [first] = await artifacts(id);
    const patched = await call("PATCH", `${SESSIONS}/${id}`, {
      "mailboxRestoreArtifacts@delta": [
        artifactStub(points[1].id),
        { "@removed": { reason: "changed" }, id: first.id },
        { "@removed": { reason: "changed" }, id: "7d1ef7a4-0000-4000-8000-000000000000" },
      ],
    });
    expect(patched.status).toBe(200);
    const delta = patched.body["mailboxRestoreArtifacts@delta"];
    expect(delta[0]).toMatchObject({ status: "added", restorePoint: { id: points[1].id } });
    expect(delta[1]).toMatchObject({
      id: "7d1ef7a4-0000-4000-8000-000000000000",
      "@Core.DataModificationException": { info: { code: "Invalid" }, failedOperation: "remove", responseCode: 409 },
    });
    expect((await artifacts(id)).map((a) => a.restorePoint.id)).toEqual([points[1].id]);
    expect((await get(id)).body.restoreSessionArtifactCount.total).toBe(1);

    const dup = await call("PATCH", `${SESSIONS}/${id}`, {
      "mailboxRestoreArtifacts@delta": [artifactStub(points[1].id)],
    });
    expect([dup.status, errorCode(dup)]).toEqual([400, "DuplicateArtifactInList"]);
    const unknown = await call("PATCH", `${SESSIONS}/${id}`, {
      "mailboxRestoreArtifacts@delta": [artifactStub(`${points[0].protectionUnit.id}_1`)],
    });
    expect([unknown.status, errorCode(unknown)]).toEqual([400, "InvalidRestorePoint"]);
    const mixed = await call("PATCH", `${SESSIONS}/${id}`, {
      "mailboxRestoreArtifacts@delta": [artifactStub(points[0].id, "inPlace")],
    });
    expect(errorCode(mixed)).toBe("DifferentRestoreDestinationType");
    const fiftyOne = Array.from({ length: 51 }, () => artifactStub(points[0].id));
    const tooMany = await call("PATCH", `${SESSIONS}/${id}`, { "mailboxRestoreArtifacts@delta": fiftyOne });
    expect([tooMany.status, errorCode(tooMany)]).toEqual([400, "RestoreArtifactsLimitBreached"]);
    const createTooMany = await create(fiftyOne);
    expect([createTooMany.status, errorCode(createTooMany)]).toEqual([413, "RestoreArtifactsLimitBreached"]);

    await activate(id);
    const late = await call("PATCH", `${SESSIONS}/${id}`, {
      "mailboxRestoreArtifacts@delta": [artifactStub(points[0].id)],
    });
    expect([late.status, errorCode(late)]).toEqual([403, "RestoreSessionActionNotAllowed"]);
  });

  it("restore the mail items a search with artifactQuery found, counted with the session's artifacts", async () => {
    const found = await mailSearch(points[0].protectionUnit.id);
    const [hit] = found.searchResults;
    expect(hit.artifactHitCount).toBeGreaterThan(0);
    const created = await call("POST", SESSIONS, {
      mailboxRestoreArtifacts: [artifactStub(points[1].id)],
      granularMailboxRestoreArtifacts: [
        {
          restorePoint: { "@odata.id": hit.restorePoint.id },
          destinationType: "new",
          searchResponseId: found.searchResponseId,
        },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.restoreSessionArtifactCount.total).toBe(2);
    const id = created.body.id;
    const listed = await call("GET", `${SESSIONS}/${id}/granularMailboxRestoreArtifacts`);
    expect(listed.body.value).toHaveLength(1);
    expect(listed.body.value[0]).toMatchObject({
      "@odata.type": "#microsoft.graph.granularMailboxRestoreArtifact",
      searchResponseId: found.searchResponseId,
      artifactCount: hit.artifactHitCount,
      status: "added",
      restoredItemCount: null,
      restorePoint: { id: hit.restorePoint.id },
    });

    await activate(id);
    const granular = async () => (await call("GET", `${SESSIONS}/${id}/granularMailboxRestoreArtifacts`)).body.value[0];
    expect((await granular()).status).toBe("scheduling");
    emulator.clock.advance(WORK_TIMINGS.schedulingMs);
    expect((await granular()).status).toBe("scheduled");
    emulator.clock.advance(WORK_TIMINGS.scheduledMs);
    expect((await granular()).status).toBe("inProgress");
    expect((await get(id)).body.restoreSessionArtifactCount).toEqual({
      total: 2,
      completed: 0,
      inProgress: 2,
      failed: 0,
    });
    emulator.clock.advance(WORK_TIMINGS.restoreMs);
    expect(await granular()).toMatchObject({
      status: "succeeded",
      artifactCount: hit.artifactHitCount,
      restoredItemCount: hit.artifactHitCount,
      restoredFolderName: expect.any(String),
    });
    expect((await get(id)).body).toMatchObject({
      status: "completed",
      restoreSessionArtifactCount: { total: 2, completed: 2, inProgress: 0, failed: 0 },
    });
  });

  it("refuse granular mailbox artifacts whose search is unknown, absent, repeated or of another point, creating nothing", async () => {
    const found = await mailSearch(points[0].protectionUnit.id);
    const plain = await call("POST", `${BACKUP}/restorePoints/search`, {
      protectionUnitIds: [points[0].protectionUnit.id],
      protectionTimePeriod: { startDateTime: "2024-12-31T00:00:00Z" },
    });
    const pointId = found.searchResults[0].restorePoint.id;
    const stub = (searchResponseId: unknown, restorePointId = pointId, destinationType = "new") => ({
      ...artifactStub(restorePointId, destinationType),
      ...(searchResponseId === undefined ? {} : { searchResponseId }),
    });
    const refusals = [
      [[stub(undefined)], "InvalidArtifactRequest"],
      [[stub("M2UyZDAwMDAwMDMxMzkzYTMyNj")], "InvalidArtifactRequest"],
      [[stub(plain.body.searchResponseId)], "InvalidArtifactRequest"],
      [[stub(found.searchResponseId, points[1].id)], "InvalidArtifactRequest"],
      [[stub(found.searchResponseId), stub(found.searchResponseId)], "DuplicateArtifactInList"],
      [Array.from({ length: 51 }, () => stub(found.searchResponseId)), "RestoreArtifactsLimitBreached"],
    ] as const;
    for (const [list, code] of refusals) {
      const res = await call("POST", SESSIONS, { granularMailboxRestoreArtifacts: list });
      expect([res.status >= 400, errorCode(res)]).toEqual([true, code]);
    }
    const mixed = await call("POST", SESSIONS, {
      mailboxRestoreArtifacts: [artifactStub(points[1].id, "inPlace")],
      granularMailboxRestoreArtifacts: [stub(found.searchResponseId)],
    });
    expect([mixed.status, errorCode(mixed)]).toEqual([400, "DifferentRestoreDestinationType"]);
    expect((await call("GET", SESSIONS)).body.value).toEqual([]);

    // The rule holds for later whole-mailbox additions too.
    const session = await call("POST", SESSIONS, { granularMailboxRestoreArtifacts: [stub(found.searchResponseId)] });
    const late = await call("PATCH", `${SESSIONS}/${session.body.id}`, {
      "mailboxRestoreArtifacts@delta": [artifactStub(points[1].id, "inPlace")],
    });
    expect([late.status, errorCode(late)]).toEqual([400, "DifferentRestoreDestinationType"]);
  });

  it("refuse a 26th session at work with 500 TooManyActiveRestoreSessions until one completes", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 26; i++) ids.push((await create([artifactStub(points[0].id)])).body.id);
    for (const id of ids.slice(0, 25)) expect((await activate(id)).status).toBe(200);
    const refused = await activate(ids[25]!);
    expect([refused.status, errorCode(refused)]).toEqual([500, "TooManyActiveRestoreSessions"]);
    emulator.clock.advance(10 * MIN);
    expect((await activate(ids[25]!)).body.status).toBe("activating");
  });
});

describe("the demo tenant's finer restores", () => {
  it("hold a finished granular mail restore and a session with whole-mailbox and granular artifacts", async () => {
    const demo = await startEmulator({ port: 0, timeScale: 0, seed: "demo" });
    try {
      const demoCall = client(demo);
      const ids = demoRestoreIds();
      const granularOf = async (id: string) =>
        (await demoCall("GET", `${SESSIONS}/${id}/granularMailboxRestoreArtifacts`)).body.value as Json[];
      expect((await demoCall("GET", `${BACKUP}/restoreSessions/${ids.granularMail}`)).body).toMatchObject({
        status: "completed",
        restoreSessionArtifactCount: { total: 1, completed: 1, inProgress: 0, failed: 0 },
      });
      const [invoices] = await granularOf(ids.granularMail);
      expect(invoices).toMatchObject({
        "@odata.type": "#microsoft.graph.granularMailboxRestoreArtifact",
        status: "succeeded",
        artifactCount: expect.any(Number),
        searchResponseId: expect.any(String),
      });
      expect(invoices!.artifactCount).toBeGreaterThan(0);
      expect(invoices!.restoredItemCount).toBe(invoices!.artifactCount);

      expect((await demoCall("GET", `${BACKUP}/restoreSessions/${ids.everyKind}`)).body).toMatchObject({
        status: "completed",
        restoreSessionArtifactCount: { total: 2, completed: 2 },
      });
      const whole = (await demoCall("GET", `${SESSIONS}/${ids.everyKind}/mailboxRestoreArtifacts`)).body.value;
      expect(whole.map((a: Json) => a["@odata.type"])).toEqual(["#microsoft.graph.mailboxRestoreArtifact"]);
      expect((await granularOf(ids.everyKind)).map((a) => a.artifactCount)).toEqual([expect.any(Number)]);
    } finally {
      await demo.close();
    }
  });
});
