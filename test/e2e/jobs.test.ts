// Bulk addition jobs of all three workloads (seeds 000, 001 and the site variant) and a large unit change, run to
// their terminal states over HTTP against a separately started emulator whose clock is moved by hand.
import { beforeAll, describe, expect, it } from "vitest";
import {
  ChangeUnitsDocument,
  CreateExchangePolicyDocument,
  CreateOneDrivePolicyDocument,
  CreateSharePointPolicyDocument,
  PolicyJobsDocument,
  PolicyUnitsDocument,
  PollJobDocument,
  SubmitDriveJobDocument,
  SubmitMailboxJobDocument,
  SubmitSiteJobDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, MINUTE, tenantSites, tenantUsers, type TenantSite, type TenantUser } from "../helpers/tenant.js";

describe("bulk addition jobs, ACTIVE until Graph resolves their entries", () => {
  let users: TenantUser[];
  let sites: TenantSite[];
  let exchangePolicy: string;
  // The clock jumps minutes between polls: no status read may be reused from the gateway's short-lived cache.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "directory" }));
  beforeAll(async () => {
    [users, sites] = await Promise.all([tenantUsers(t), tenantSites(t)]);
    exchangePolicy = (await expectData(t.url, CreateExchangePolicyDocument, { name: "Mail", ids: [users[0]!.id] }))
      .createExchangeProtectionPolicy.policy.id;
  });

  it("adds mailboxes by address and by id: ACTIVE, then COMPLETED with the units created (seed 000)", async () => {
    const mailboxes = users.slice(1, 4).map((u) => u.mail);
    const { job } = (
      await expectData(t.url, SubmitMailboxJobDocument, {
        policyId: exchangePolicy,
        name: "mailboxes-I",
        mailboxes,
        ids: [users[4]!.id],
      })
    ).submitMailboxProtectionUnitsBulkAdditionJob;
    expect(job).toMatchObject({
      __typename: "MailboxProtectionUnitsBulkAdditionJob",
      status: "ACTIVE",
      displayName: "mailboxes-I",
      isTerminal: false,
      mailboxes,
      directoryObjectIds: [users[4]!.id],
    });
    expect(job.pollAfterSeconds).toEqual(expect.any(Number));

    t.emulator.clock.advance(2 * MINUTE);
    const polled = (await expectData(t.url, PollJobDocument, { workload: "EXCHANGE", id: job.id }))
      .protectionUnitsBulkAdditionJob;
    expect(polled).toMatchObject({ status: "COMPLETED", isTerminal: true, pollAfterSeconds: null, error: null });
    const units = (await expectData(t.url, PolicyUnitsDocument, { id: exchangePolicy, first: 20 })).protectionPolicy!
      .protectionUnits.edges;
    const owners = units.map((e) => (e.node.__typename === "MailboxProtectionUnit" ? e.node.directoryObjectId : null));
    expect(owners.sort()).toEqual(
      users
        .slice(0, 5)
        .map((u) => u.id)
        .sort(),
    );
  });

  it("reports unknown mailboxes: COMPLETED_WITH_ERRORS, the known ones still added", async () => {
    const mailboxes = [users[5]!.mail, "nobody@contoso.com", "ghost@contoso.com"];
    const { job } = (
      await expectData(t.url, SubmitMailboxJobDocument, { policyId: exchangePolicy, name: "with unknowns", mailboxes })
    ).submitMailboxProtectionUnitsBulkAdditionJob;
    t.emulator.clock.advance(2 * MINUTE);
    const polled = (await expectData(t.url, PollJobDocument, { workload: "EXCHANGE", id: job.id }))
      .protectionUnitsBulkAdditionJob;
    expect(polled).toMatchObject({ status: "COMPLETED_WITH_ERRORS", isTerminal: true });
    expect(polled!.error?.code).toEqual(expect.any(String));
    const jobs = (await expectData(t.url, PolicyJobsDocument, { id: exchangePolicy })).protectionPolicy!
      .bulkAdditionJobs.nodes;
    expect(jobs.map((j) => j.status).sort()).toEqual(["COMPLETED", "COMPLETED_WITH_ERRORS"]);
    const failed = jobs.find((j) => j.id === job.id)!;
    expect(failed.error!.details.map((d) => d.target).sort()).toEqual(["ghost@contoso.com", "nobody@contoso.com"]);
    const units = (await expectData(t.url, PolicyUnitsDocument, { id: exchangePolicy, first: 20 })).protectionPolicy!
      .protectionUnits.edges;
    expect(units).toHaveLength(6);
  });

  it("adds OneDrive accounts (seed 001) and sites by URL and id, each to COMPLETED", async () => {
    const drivePolicy = (await expectData(t.url, CreateOneDrivePolicyDocument, { name: "Drives" }))
      .createOneDriveForBusinessProtectionPolicy.policy.id;
    const drives = users.slice(10, 13).map((u) => u.userPrincipalName);
    const drive = (
      await expectData(t.url, SubmitDriveJobDocument, {
        policyId: drivePolicy,
        name: "drives-I",
        drives,
        ids: [users[13]!.id],
      })
    ).submitDriveProtectionUnitsBulkAdditionJob.job;
    expect(drive).toMatchObject({
      __typename: "DriveProtectionUnitsBulkAdditionJob",
      status: "ACTIVE",
      drives,
      directoryObjectIds: [users[13]!.id],
    });

    const sitePolicy = (await expectData(t.url, CreateSharePointPolicyDocument, { name: "Sites" }))
      .createSharePointProtectionPolicy.policy.id;
    const urls = sites.slice(0, 2).map((s) => s.webUrl);
    const site = (
      await expectData(t.url, SubmitSiteJobDocument, {
        policyId: sitePolicy,
        name: "sites-I",
        urls,
        ids: [sites[2]!.id],
      })
    ).submitSiteProtectionUnitsBulkAdditionJob.job;
    expect(site).toMatchObject({
      __typename: "SiteProtectionUnitsBulkAdditionJob",
      status: "ACTIVE",
      siteWebUrls: urls,
      siteIds: [sites[2]!.id],
    });

    t.emulator.clock.advance(2 * MINUTE);
    const done = [
      ["ONEDRIVE_FOR_BUSINESS", drive.id, drivePolicy, 4],
      ["SHAREPOINT", site.id, sitePolicy, 3],
    ] as const;
    for (const [workload, id, policyId, units] of done) {
      expect((await expectData(t.url, PollJobDocument, { workload, id })).protectionUnitsBulkAdditionJob?.status).toBe(
        "COMPLETED",
      );
      expect(
        (await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 10 })).protectionPolicy!.protectionUnits
          .edges,
      ).toHaveLength(units);
    }
  });

  it("refuses a job for a policy of another workload after reading the policy, and posts nothing", async () => {
    t.emulator.resetRequests();
    const res = await execute(t.url, SubmitDriveJobDocument, {
      policyId: exchangePolicy,
      name: "wrong",
      drives: [users[20]!.mail],
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.policyId" });
    expect(callsTo(t, "POST", "BulkAdditionJobs")).toHaveLength(0);
  });
});

describe("a 120-item unit change", () => {
  const t = useGateway(() => startExternal({}, { seed: "directory" }));

  it("goes out as 3 PATCH calls of at most 50 and answers 120 results, failures beside successes", async () => {
    const users = await tenantUsers(t);
    const policyId = (await expectData(t.url, CreateOneDrivePolicyDocument, { name: "Everyone" }))
      .createOneDriveForBusinessProtectionPolicy.policy.id;
    // 64 real accounts to add and 56 unit ids Graph does not know (per-item failures inside its 200).
    const remove = Array.from({ length: 56 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    t.emulator.resetRequests();
    const { results } = (
      await expectData(t.url, ChangeUnitsDocument, { policyId, add: users.map((u) => u.id), remove })
    ).changeProtectionUnits;
    expect(callsTo(t, "PATCH", `/oneDriveForBusinessProtectionPolicies/${policyId}`)).toHaveLength(3);
    expect(results).toHaveLength(120);
    expect(results.map((r) => r.target)).toEqual([...users.map((u) => u.id), ...remove]);
    expect(results.filter((r) => r.succeeded && r.operation === "ADD")).toHaveLength(64);
    expect(results.filter((r) => !r.succeeded && r.operation === "REMOVE")).toHaveLength(56);
    expect(
      (await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 100 })).protectionPolicy!.protectionUnits
        .edges,
    ).toHaveLength(64);
  });
});
