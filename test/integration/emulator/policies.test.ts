import { describe, expect, it } from "vitest";
import { TIMINGS, userId } from "../../../src/emulator/index.js";
import { BACKUP, stubs, type Json, useEmulator } from "./http.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const { emulator, call } = useEmulator(
  { seed: "directory", startTime: "2025-01-01T00:00:00Z" },
  { beforeEach: (e) => e.reset("directory") },
);

const createExchange = (body: Json) => call("POST", `${BACKUP}/exchangeProtectionPolicies`, body);
const activate = (id: string) => call("POST", `${BACKUP}/protectionPolicies/${id}/activate`);
const settle = () => emulator.clock.advance(TIMINGS.protectMs);

describe("POST /solutions/backupRestore/{policyCollection}", () => {
  it("answers 201 with an inactive policy in Graph's shape", async () => {
    const res = await createExchange({
      displayName: "Exchange Protection Policy",
      mailboxProtectionUnits: stubs([userId(0), userId(1)]),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      "@odata.context": `${emulator.baseUrl}/$metadata#solutions/backupRestore/exchangeProtectionPolicies/$entity`,
      "@odata.type": "#microsoft.graph.exchangeProtectionPolicy",
      displayName: "Exchange Protection Policy",
      status: "inactive",
      isEnabled: false,
      retentionSettings: [
        { interval: "R/PT10M", period: "P2W" },
        { interval: "R/P1W", period: "P1Y" },
      ],
      createdBy: { application: { id: expect.stringMatching(GUID), displayName: expect.any(String) } },
      lastModifiedBy: { application: { id: expect.stringMatching(GUID) } },
      protectionPolicyArtifactCount: { total: 2, completed: 0, inProgress: 0, failed: 0 },
    });
    expect(res.body.id).toMatch(GUID);
    expect(res.body.createdDateTime).toMatch(ISO);
    expect(res.body.createdDateTime).toBe("2025-01-01T00:00:00.000Z");
    expect(res.headers.get("content-location")).toBe(`${emulator.baseUrl}${BACKUP}/protectionPolicies/${res.body.id}`);

    const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${res.body.id}/mailboxProtectionUnits`);
    expect(units.body.value.map((u: Json) => [u.directoryObjectId, u.status, u.policyId])).toEqual([
      [userId(0), "unprotected", res.body.id],
      [userId(1), "unprotected", res.body.id],
    ]);
  });

  it("gives the same ids to the same sequence of calls after a reset", async () => {
    const first = await createExchange({ displayName: "A" });
    emulator.reset("directory");
    const second = await createExchange({ displayName: "A" });
    expect(second.body.id).toBe(first.body.id);
  });

  it("serves OneDrive and SharePoint from the same generic code", async () => {
    const drive = await call("POST", `${BACKUP}/oneDriveForBusinessProtectionPolicies`, {
      displayName: "Drives",
      driveProtectionUnits: stubs([userId(5)]),
    });
    expect(drive.status).toBe(201);
    expect(drive.body["@odata.type"]).toBe("#microsoft.graph.oneDriveForBusinessProtectionPolicy");
    const sites = await call("GET", "/sites?$top=1");
    const site = await call("POST", `${BACKUP}/sharePointProtectionPolicies`, {
      displayName: "Sites",
      siteProtectionUnits: stubs([sites.body.value[0].id], "siteId"),
    });
    expect(site.status).toBe(201);
    const units = await call("GET", `${BACKUP}/sharePointProtectionPolicies/${site.body.id}/siteProtectionUnits`);
    expect(units.body.value[0]).toMatchObject({
      "@odata.type": "#microsoft.graph.siteProtectionUnit",
      siteId: sites.body.value[0].id,
      siteName: sites.body.value[0].displayName,
      siteWebUrl: sites.body.value[0].webUrl,
    });
  });

  it("answers 409 PolicyCreationNotAllowed while the workload has an active policy (demo seed)", async () => {
    emulator.reset("demo");
    const res = await createExchange({ displayName: "Second", mailboxProtectionUnits: stubs([userId(40)]) });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("PolicyCreationNotAllowed");
  });

  it("answers 413 ProtectionUnitsLimitBreached for 51 units", async () => {
    const res = await createExchange({
      displayName: "Big",
      mailboxProtectionUnits: stubs(Array.from({ length: 51 }, (_, i) => userId(i))),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("ProtectionUnitsLimitBreached");
  });

  it.each([
    [{ displayName: "" }, 400, "InvalidDisplayName"],
    [{ displayName: "x".repeat(1025) }, 400, "InvalidDisplayName"],
    [{ mailboxProtectionUnits: [] }, 400, "InvalidDisplayName"],
    [
      { displayName: "x", mailboxProtectionUnits: stubs(["8d6b5a4f-0000-4000-8000-000000000000"]) },
      400,
      "InvalidProtectionUnitId",
    ],
    [
      { displayName: "x", mailboxProtectionUnits: stubs([userId(1), userId(1).toUpperCase()]) },
      400,
      "DuplicateProtectionUnitInList",
    ],
    [{ displayName: "x", mailboxProtectionUnits: [{ siteId: "s" }] }, 400, "InvalidCreateRequest"],
    [{ displayName: "x", status: "active" }, 400, "InvalidCreateRequest"],
    ["{not json", 400, "InvalidCreateRequest"],
  ])("rejects %j with %i %s and changes nothing", async (body, status, code) => {
    const res = await createExchange(body);
    expect([res.status, res.body.error.code]).toEqual([status, code]);
    expect((await call("GET", `${BACKUP}/protectionPolicies`)).body.value).toEqual([]);
  });

  it("answers 409 ProtectionUnitAlreadyExists when a unit is in another policy", async () => {
    await createExchange({ displayName: "A", mailboxProtectionUnits: stubs([userId(3)]) });
    const res = await createExchange({ displayName: "B", mailboxProtectionUnits: stubs([userId(3)]) });
    expect([res.status, res.body.error.code]).toEqual([409, "ProtectionUnitAlreadyExists"]);
  });

  it("accepts the legacy userId stub", async () => {
    const res = await createExchange({ displayName: "Legacy", mailboxProtectionUnits: [{ userId: userId(7) }] });
    expect(res.status).toBe(201);
  });
});

describe("PATCH /solutions/backupRestore/{policyCollection}/{id}", () => {
  it("answers seed 003's request with one element per item, failures included", async () => {
    const created = await createExchange({ displayName: "P", mailboxProtectionUnits: stubs([userId(0)]) });
    const id = created.body.id;
    const existing = (await call("GET", `${BACKUP}/exchangeProtectionPolicies/${id}/mailboxProtectionUnits`)).body
      .value[0].id;
    const missing = "4267e382-71a9-4c07-bef7-bda97e09c0d2";
    const res = await call("PATCH", `${BACKUP}/exchangeProtectionPolicies/${id}`, {
      displayName: "Exchange Policy - Inadvertent data loss",
      "mailboxProtectionUnits@delta": [
        { userId: userId(1) },
        { directoryObjectId: userId(2) },
        { "@removed": { reason: "changed" }, id: existing },
        { "@removed": { reason: "changed" }, id: missing },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.displayName).toBe("Exchange Policy - Inadvertent data loss");
    const delta: Json[] = res.body["mailboxProtectionUnits@delta"];
    expect(delta).toHaveLength(4);
    expect(delta[0]).toMatchObject({
      id: expect.stringMatching(GUID),
      policyId: id,
      userId: userId(1),
      directoryObjectId: userId(1),
      status: "unprotected",
      error: null,
    });
    expect(delta[1]).toMatchObject({
      policyId: id,
      directoryObjectId: userId(2),
      createdDateTime: expect.stringMatching(ISO),
    });
    expect(delta[2]).toMatchObject({ id: existing, status: "removeRequested" });
    expect(delta[3]).toEqual({
      "@contentId": expect.stringMatching(GUID),
      "@Core.DataModificationException": {
        info: { code: "Invalid", message: "The identifier to be removed from the Protection Policy does not exist" },
        failedOperation: "remove",
        responseCode: 409,
      },
      id: missing,
    });
  });

  it("reports per-item add failures for units protected elsewhere and unknown objects", async () => {
    await createExchange({ displayName: "A", mailboxProtectionUnits: stubs([userId(4)]) });
    const b = await createExchange({ displayName: "B" });
    const res = await call("PATCH", `${BACKUP}/exchangeProtectionPolicies/${b.body.id}`, {
      "mailboxProtectionUnits@delta": [
        { directoryObjectId: userId(4) },
        { directoryObjectId: "00000000-0000-4000-8000-00000000dead" },
      ],
    });
    const [taken, unknown] = res.body["mailboxProtectionUnits@delta"];
    expect(taken).toMatchObject({
      directoryObjectId: userId(4),
      "@Core.DataModificationException": {
        failedOperation: "add",
        responseCode: 409,
        info: { code: "ProtectionUnitAlreadyExists" },
      },
    });
    expect(unknown["@Core.DataModificationException"].info.code).toBe("InvalidProtectionUnitId");
  });

  it("refuses duplicates and oversized deltas as a whole, changing nothing", async () => {
    const p = await createExchange({ displayName: "P" });
    const url = `${BACKUP}/exchangeProtectionPolicies/${p.body.id}`;
    const dup = await call("PATCH", url, {
      displayName: "renamed",
      "mailboxProtectionUnits@delta": stubs([userId(1), userId(1)]),
    });
    expect([dup.status, dup.body.error.code]).toEqual([400, "DuplicateProtectionUnitInList"]);
    const big = await call("PATCH", url, {
      "mailboxProtectionUnits@delta": stubs(Array.from({ length: 51 }, (_, i) => userId(i))),
    });
    expect([big.status, big.body.error.code]).toEqual([413, "ProtectionUnitsLimitBreached"]);
    const bad = await call("PATCH", url, { "driveProtectionUnits@delta": [] });
    expect([bad.status, bad.body.error.code]).toEqual([400, "InvalidPatchRequest"]);
    const after = await call("GET", url);
    expect([after.body.displayName, after.body.protectionPolicyArtifactCount.total]).toEqual(["P", 0]);
  });

  it("answers 404 PolicyNotFound for unknown or other-workload ids and 400 InvalidPolicyId for non-GUIDs", async () => {
    const drive = await call("POST", `${BACKUP}/oneDriveForBusinessProtectionPolicies`, { displayName: "D" });
    const other = await call("PATCH", `${BACKUP}/exchangeProtectionPolicies/${drive.body.id}`, { displayName: "x" });
    expect([other.status, other.body.error.code]).toEqual([404, "PolicyNotFound"]);
    const malformed = await call("GET", `${BACKUP}/protectionPolicies/not-a-guid`);
    expect([malformed.status, malformed.body.error.code]).toEqual([400, "InvalidPolicyId"]);
    const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${drive.body.id}/mailboxProtectionUnits`);
    expect(units.status).toBe(404);
  });
});

describe("policy actions on /protectionPolicies/{id}", () => {
  it("activates through updating to active as the emulated clock advances", async () => {
    const p = await createExchange({ displayName: "P", mailboxProtectionUnits: stubs([userId(0)]) });
    const res = await activate(p.body.id);
    expect([res.status, res.body.status, res.body.isEnabled]).toEqual([202, "updating", true]);
    settle();
    const after = await call("GET", `${BACKUP}/protectionPolicies/${p.body.id}`);
    expect([after.body.status, after.body.isEnabled]).toEqual(["active", true]);
    expect(after.body.lastModifiedDateTime).toBe("2025-01-01T00:05:00.000Z");
  });

  it("refuses activation in a wrong state and a second active policy with 403 PolicyActionNotAllowed", async () => {
    const a = await createExchange({ displayName: "A" });
    const b = await createExchange({ displayName: "B" });
    await activate(a.body.id);
    const again = await activate(a.body.id);
    expect([again.status, again.body.error.code]).toEqual([403, "PolicyActionNotAllowed"]);
    const rival = await activate(b.body.id);
    expect([rival.status, rival.body.error.code]).toEqual([403, "PolicyActionNotAllowed"]);
  });

  it("deactivates an active policy and deletes it only once inactive", async () => {
    const p = await createExchange({ displayName: "P", mailboxProtectionUnits: stubs([userId(0)]) });
    await activate(p.body.id);
    settle();
    const early = await call("DELETE", `${BACKUP}/protectionPolicies/${p.body.id}`);
    expect([early.status, early.body.error.code]).toEqual([403, "PolicyActionNotAllowed"]);
    const off = await call("POST", `${BACKUP}/protectionPolicies/${p.body.id}/deactivate`);
    expect([off.status, off.body.status]).toEqual([202, "updating"]);
    emulator.clock.advance(TIMINGS.unprotectMs);
    const gone = await call("DELETE", `${BACKUP}/protectionPolicies/${p.body.id}`);
    expect(gone.status).toBe(204);
    expect((await call("GET", `${BACKUP}/protectionPolicies/${p.body.id}`)).status).toBe(404);
    const unit = (await call("GET", `${BACKUP}/mailboxProtectionUnits`)).body.value[0];
    expect([unit.policyId, unit.status]).toEqual([null, "unprotected"]);
  });

  it("refuses deactivating an inactive policy", async () => {
    const p = await createExchange({ displayName: "P" });
    const res = await call("POST", `${BACKUP}/ProtectionPolicies/${p.body.id}/deactivate`);
    expect([res.status, res.body.error.code]).toEqual([403, "PolicyActionNotAllowed"]);
  });

  it("lists every workload's policies polymorphically and through type casts", async () => {
    emulator.reset("demo");
    const all = await call("GET", `${BACKUP}/protectionPolicies`);
    expect(all.body.value.map((p: Json) => p["@odata.type"])).toEqual([
      "#microsoft.graph.exchangeProtectionPolicy",
      "#microsoft.graph.oneDriveForBusinessProtectionPolicy",
      "#microsoft.graph.sharePointProtectionPolicy",
    ]);
    const exchange = await call("GET", `${BACKUP}/protectionPolicies/microsoft.graph.exchangeProtectionPolicy`);
    expect(exchange.body.value).toHaveLength(1);
    const typed = await call("GET", `${BACKUP}/exchangeProtectionPolicies?$filter=status eq 'active'`);
    expect(typed.body.value[0]).toMatchObject({
      displayName: "Exchange – Executives",
      status: "active",
      isEnabled: true,
    });
  });
});
