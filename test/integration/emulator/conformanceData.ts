// The data the conformance suite crawls: every backupRestore collection gets at least one item, through the
// public API; each write goes through `checked`, which validates its answer against the CSDL.
import { expect } from "vitest";
import type { RunningEmulator } from "../../../src/emulator/index.js";
import { RULE_NAMES } from "../../../src/emulator/model/rules.js";
import { WORKLOAD_KEYS, WORKLOAD_NAMES } from "../../../src/msgraph/models.js";
import { fastRestorePoint, HOUR, protectDemoDrives, protectSite, T0 } from "./fixtures.js";
import { BACKUP, type Answer, type Call, type Json } from "./http.js";

interface Deps {
  call: Call;
  checked: (method: string, path: string, body?: unknown) => Promise<Answer>;
  emulator: RunningEmulator;
}

/** Fills every collection: rules and browse sessions per workload, a service app, restore sessions with artifacts. */
export async function populate({ call, checked, emulator }: Deps): Promise<string> {
  const drives = await protectDemoDrives(call, emulator);
  const sites = await protectSite(call, emulator, 0);
  emulator.clock.advance(2 * HOUR);
  const exchangeUnit = (await call("GET", `${BACKUP}/mailboxProtectionUnits`)).body.value[0].id;
  // The restore-point list requires $expand and $filter (backuprestoreroot-list-restorepoints).
  const pointsQuery = `?$expand=protectionUnit($filter=id eq '${exchangeUnit}')&$filter=protectionDateTime lt ${new Date(emulator.clock.now()).toISOString()}`;

  const app = await checked("POST", `${BACKUP}/serviceApps`, {});
  await checked("POST", `${BACKUP}/serviceApps/${app.body.id}/activate`, { effectiveDateTime: "2025-01-02T00:00:00Z" });
  await checked("POST", `${BACKUP}/enable`, { appOwnerTenantId: "8c4d6c65-3b61-4c67-8bd5-3b2bd2aa0c1e" });
  await checked("GET", `${BACKUP}/emailNotificationsSetting`);

  for (const key of WORKLOAD_KEYS) {
    const names = WORKLOAD_NAMES[key];
    const policyId = (await call("GET", `${BACKUP}/${names.policyCollection}`)).body.value[0].id;
    const expression =
      key === "sharePoint"
        ? "(displayName -contains 'Intranet')"
        : "(memberOf -any (group.id -in ['00000000-0000-4000-8000-000000000001']))";
    const rule = await checked(
      "POST",
      `${BACKUP}/${names.policyCollection}/${policyId}/${RULE_NAMES[key].collection}`,
      { [RULE_NAMES[key].expressionKey]: expression },
    );
    expect(rule.status).toBe(201);
  }
  for (const [collection, unitId] of [
    ["oneDriveForBusinessBrowseSessions", drives.unitId],
    ["sharePointBrowseSessions", sites.unitId],
  ] as const) {
    const restorePointId = await fastRestorePoint(call, unitId);
    expect((await checked("POST", `${BACKUP}/${collection}`, { restorePointId })).status).toBe(201);
    const artifacts = collection.startsWith("oneDrive")
      ? "oneDriveForBusinessRestoreSessions"
      : "sharePointRestoreSessions";
    const key = collection.startsWith("oneDrive") ? "driveRestoreArtifacts" : "siteRestoreArtifacts";
    await checked("POST", `${BACKUP}/${artifacts}`, {
      [key]: [{ restorePoint: { id: restorePointId }, destinationType: "new" }],
    });
  }
  await populateWork({ call, checked, emulator }, drives.policyId, sites.policyId, exchangeUnit);
  emulator.clock.advance(HOUR);
  await populateGranularItems(call);
  return pointsQuery;
}

/** Bulk jobs per workload, a bulk restore request per session type, a granular mailbox artifact (helper 3a's endpoints). */
async function populateWork(
  { call, checked }: Deps,
  drivePolicyId: string,
  sitePolicyId: string,
  exchangeUnit: string,
): Promise<void> {
  const users = (await call("GET", "/users?$top=30")).body.value as Json[];
  const sites = (await call("GET", "/sites?$top=3")).body.value as Json[];
  await checked(
    "POST",
    `${BACKUP}/oneDriveForBusinessProtectionPolicies/${drivePolicyId}/driveProtectionUnitsBulkAdditionJobs`,
    { displayName: "drives", drives: [users[25].userPrincipalName] },
  );
  await checked("POST", `${BACKUP}/sharePointProtectionPolicies/${sitePolicyId}/siteProtectionUnitsBulkAdditionJobs`, {
    displayName: "sites",
    siteWebUrls: [sites[2].webUrl],
  });
  const bulk = {
    protectionTimePeriod: { startDateTime: T0 },
    destinationType: "new",
    restorePointPreference: "latest",
  };
  for (const [sessions, requests, input] of [
    ["exchangeRestoreSessions", "mailboxRestoreArtifactsBulkAdditionRequests", { mailboxes: [users[0].mail] }],
    [
      "oneDriveForBusinessRestoreSessions",
      "driveRestoreArtifactsBulkAdditionRequests",
      { drives: [users[10].userPrincipalName] },
    ],
    ["sharePointRestoreSessions", "siteRestoreArtifactsBulkAdditionRequests", { siteWebUrls: [sites[0].webUrl] }],
  ] as const) {
    const session = await checked("POST", `${BACKUP}/${sessions}`, {});
    await checked("POST", `${BACKUP}/${sessions}/${session.body.id}/${requests}`, {
      displayName: requests,
      ...bulk,
      ...input,
    });
  }
  const search = await checked("POST", `${BACKUP}/restorePoints/search`, {
    protectionUnitIds: [exchangeUnit],
    protectionTimePeriod: { startDateTime: T0 },
    artifactQuery: { queryExpression: "(subject -contains 'budget')", artifactType: "message" },
  });
  await checked("POST", `${BACKUP}/exchangeRestoreSessions`, {
    granularMailboxRestoreArtifacts: [
      {
        restorePoint: { id: search.body.searchResults[0].restorePoint.id },
        searchResponseId: search.body.searchResponseId,
        destinationType: "new",
      },
    ],
  });
}

/** A granular drive and a granular site artifact: an item of each (now created) browse session in a new session. */
async function populateGranularItems(call: Call): Promise<void> {
  for (const [browse, sessions, key] of [
    ["oneDriveForBusinessBrowseSessions", "oneDriveForBusinessRestoreSessions", "granularDriveRestoreArtifacts@delta"],
    ["sharePointBrowseSessions", "sharePointRestoreSessions", "granularSiteRestoreArtifacts@delta"],
  ] as const) {
    const browseSessionId = (await call("GET", `${BACKUP}/${browse}`)).body.value[0].id;
    const itemKey = (await call("POST", `${BACKUP}/${browse}/${browseSessionId}/browse`, {})).body.value[0].itemKey;
    const session = await call("POST", `${BACKUP}/${sessions}`, {});
    const patched = await call("PATCH", `${BACKUP}/${sessions}/${session.body.id}`, {
      [key]: [{ browseSessionId, itemKey }],
    });
    expect(patched.body[key][0]).toMatchObject({ id: itemKey, status: "added" });
  }
}
