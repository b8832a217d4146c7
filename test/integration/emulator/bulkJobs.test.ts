import { describe, expect, it } from "vitest";
import { siteId, TIMINGS, userId, WORK_TIMINGS } from "../../../src/emulator/index.js";
import { BACKUP, type Json, useEmulator } from "./http.js";
import { errorCode, protectedPolicy } from "./work.js";

const { emulator, call } = useEmulator(
  { seed: "directory", startTime: "2025-01-01T00:00:00Z" },
  { beforeEach: (e) => e.reset("directory") },
);

const mail = async (index: number) => (await call("GET", `/users/${userId(index)}`)).body.mail as string;
const exchangePolicy = async (active: boolean) => {
  const created = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, { displayName: "Exchange" });
  if (active) await call("POST", `${BACKUP}/protectionPolicies/${created.body.id}/activate`);
  return created.body.id as string;
};
const jobsPath = (policyId: string) =>
  `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnitsBulkAdditionJobs`;

describe("mailbox bulk addition jobs (seed 000)", () => {
  it("answers 201 active with the inputs, lists without them, then completes and protects every mailbox", async () => {
    const policyId = await exchangePolicy(true);
    const body = {
      displayName: "mailboxes-I",
      mailboxes: [await mail(0), await mail(1)],
      directoryObjectIds: [userId(2)],
    };
    const created = await call("POST", jobsPath(policyId), body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      "@odata.type": "#microsoft.graph.mailboxProtectionUnitsBulkAdditionJob",
      displayName: "mailboxes-I",
      status: "active",
      mailboxes: body.mailboxes,
      directoryObjectIds: [userId(2)],
      error: null,
    });

    const listed = await call("GET", jobsPath(policyId));
    expect(listed.body.value).toHaveLength(1);
    expect(listed.body.value[0]).not.toHaveProperty("mailboxes");
    expect(listed.body.value[0]).not.toHaveProperty("directoryObjectIds");
    const atRoot = await call("GET", `${BACKUP}/mailboxProtectionUnitsBulkAdditionJobs?$filter=status eq 'active'`);
    expect(atRoot.body.value.map((j: Json) => j.id)).toEqual([created.body.id]);

    emulator.clock.advance(WORK_TIMINGS.bulkJobMs);
    const done = await call("GET", `${BACKUP}/mailboxProtectionUnitsBulkAdditionJobs/${created.body.id}`);
    expect(done.body).toMatchObject({ status: "completed", error: null, mailboxes: body.mailboxes });
    const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits`);
    expect(units.body.value.map((u: Json) => [u.directoryObjectId, u.status])).toEqual([
      [userId(0), "protectRequested"],
      [userId(1), "protectRequested"],
      [userId(2), "protectRequested"],
    ]);
    emulator.clock.advance(TIMINGS.protectMs);
    const policy = await call("GET", `${BACKUP}/protectionPolicies/${policyId}`);
    expect(policy.body).toMatchObject({ status: "active", protectionPolicyArtifactCount: { total: 3, completed: 3 } });
  });

  it("completes with errors, one detail per entry that cannot be added", async () => {
    const other = await protectedPolicy(emulator, call, "exchange", [userId(5)]);
    await call("POST", `${BACKUP}/protectionPolicies/${other.policyId}/deactivate`);
    emulator.clock.advance(TIMINGS.unprotectMs);
    const policyId = await exchangePolicy(false);
    const created = await call("POST", jobsPath(policyId), {
      displayName: "mixed",
      mailboxes: [await mail(0), "nobody@contoso.com", await mail(0)],
      directoryObjectIds: ["00000000-0000-0000-0000-000000000000", userId(5)],
    });
    emulator.clock.advance(WORK_TIMINGS.bulkJobMs);
    const job = await call("GET", `${jobsPath(policyId)}/${created.body.id}`);
    expect(job.body.status).toBe("completedWithErrors");
    expect(job.body.error).toMatchObject({ code: "ProtectionResourcesNotFound" });
    expect(job.body.error.details.map((d: Json) => [d.code, d.target])).toEqual([
      ["EmailNotFound", "nobody@contoso.com"],
      ["DuplicateProtectionUnitInList", await mail(0)],
      ["DirectoryObjectNotFound", "00000000-0000-0000-0000-000000000000"],
      ["ProtectionUnitAlreadyExists", userId(5)],
    ]);
    // An inactive policy's new units wait, unprotected, as a @delta add leaves them.
    const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits`);
    expect(units.body.value.map((u: Json) => [u.directoryObjectId, u.status])).toEqual([[userId(0), "unprotected"]]);
  });

  it("serves drives (seed 001) and sites from the same generic code", async () => {
    const drive = await call("POST", `${BACKUP}/oneDriveForBusinessProtectionPolicies`, { displayName: "Drives" });
    const driveJob = await call(
      "POST",
      `${BACKUP}/oneDriveForBusinessProtectionPolicies/${drive.body.id}/driveProtectionUnitsBulkAdditionJobs`,
      { displayName: "drives-I", drives: [await mail(3)], directoryObjectIds: [userId(4)] },
    );
    expect(driveJob.body).toMatchObject({
      "@odata.type": "#microsoft.graph.driveProtectionUnitsBulkAdditionJob",
      drives: [await mail(3)],
    });
    const sites = await call("GET", "/sites?$top=2");
    const site = await call("POST", `${BACKUP}/sharePointProtectionPolicies`, { displayName: "Sites" });
    const siteJob = await call(
      "POST",
      `${BACKUP}/sharePointProtectionPolicies/${site.body.id}/siteProtectionUnitsBulkAdditionJobs`,
      {
        displayName: "sites-I",
        siteWebUrls: [sites.body.value[0].webUrl, "https://contoso.sharepoint.com/sites/Nope"],
        siteIds: [siteId(1)],
      },
    );
    emulator.clock.advance(WORK_TIMINGS.bulkJobMs);
    const driveDone = await call("GET", `${BACKUP}/driveProtectionUnitsBulkAdditionJobs/${driveJob.body.id}`);
    expect(driveDone.body.status).toBe("completed");
    const siteDone = await call("GET", `${BACKUP}/siteProtectionUnitsBulkAdditionJobs/${siteJob.body.id}`);
    expect(siteDone.body).toMatchObject({ status: "completedWithErrors", siteIds: [siteId(1)] });
    expect(siteDone.body.error.details).toEqual([
      expect.objectContaining({ code: "SiteUrlNotFound", target: "https://contoso.sharepoint.com/sites/Nope" }),
    ]);
    const units = await call("GET", `${BACKUP}/sharePointProtectionPolicies/${site.body.id}/siteProtectionUnits`);
    expect(units.body.value.map((u: Json) => u.siteId)).toEqual([sites.body.value[0].id, siteId(1)]);
  });

  it("refuses empty, oversized and malformed jobs with 400 and unknown ones with 404", async () => {
    const policyId = await exchangePolicy(false);
    const empty = await call("POST", jobsPath(policyId), { displayName: "x", mailboxes: [] });
    expect([empty.status, errorCode(empty)]).toEqual([400, "InvalidCreateRequest"]);
    const many = Array.from({ length: 50_001 }, (_, i) => `user${i}@contoso.com`);
    const tooMany = await call("POST", jobsPath(policyId), { displayName: "x", mailboxes: many });
    expect([tooMany.status, errorCode(tooMany)]).toEqual([400, "InvalidCreateRequest"]);
    const atCap = await call("POST", jobsPath(policyId), { displayName: "x", mailboxes: many.slice(1) });
    expect(atCap.status).toBe(201);
    const badJson = await call("POST", jobsPath(policyId), "{ not json");
    expect([badJson.status, errorCode(badJson)]).toEqual([400, "InvalidCreateRequest"]);
    const badShape = await call("POST", jobsPath(policyId), { displayName: "x", mailboxes: [42] });
    expect([badShape.status, errorCode(badShape)]).toEqual([400, "InvalidCreateRequest"]);
    const noName = await call("POST", jobsPath(policyId), { mailboxes: ["a@contoso.com"] });
    expect(errorCode(noName)).toBe("InvalidDisplayName");
    const missing = await call("GET", `${BACKUP}/mailboxProtectionUnitsBulkAdditionJobs/${userId(0)}`);
    expect([missing.status, errorCode(missing)]).toEqual([404, "BulkJobNotFound"]);
    const wrongPolicy = await call(
      "POST",
      `${BACKUP}/exchangeProtectionPolicies/${userId(0)}/mailboxProtectionUnitsBulkAdditionJobs`,
      { displayName: "x", mailboxes: ["a@contoso.com"] },
    );
    expect(wrongPolicy.status).toBe(404);
  });
});
