// Data the service, rule, browse and conformance suites share, built through the public API only.
import { siteId, type RunningEmulator } from "../../../src/emulator/index.js";
import { BACKUP, type Call, type Json } from "./http.js";

export const T0 = "2025-01-01T00:00:00Z";
export const HOUR = 3_600_000;
const FIVE_MINUTES = 5 * 60_000;

/** A SharePoint policy protecting site `index`, activated and settled; the unit's id. */
export async function protectSite(
  call: Call,
  emulator: RunningEmulator,
  index = 0,
): Promise<{ policyId: string; unitId: string }> {
  const created = await call("POST", `${BACKUP}/sharePointProtectionPolicies`, {
    displayName: `Sites ${index}`,
    siteProtectionUnits: [{ siteId: siteId(index) }],
  });
  if (created.status !== 201)
    throw new Error(`policy create answered ${created.status}: ${JSON.stringify(created.body)}`);
  await call("POST", `${BACKUP}/protectionPolicies/${created.body.id}/activate`);
  emulator.clock.advance(FIVE_MINUTES);
  const units = await call("GET", `${BACKUP}/sharePointProtectionPolicies/${created.body.id}/siteProtectionUnits`);
  return { policyId: created.body.id, unitId: units.body.value[0].id };
}

/** Activates the demo's OneDrive policy and settles it; its first unit's id. */
export async function protectDemoDrives(
  call: Call,
  emulator: RunningEmulator,
): Promise<{ policyId: string; unitId: string }> {
  const policies = await call("GET", `${BACKUP}/oneDriveForBusinessProtectionPolicies`);
  const policyId = policies.body.value[0].id;
  await call("POST", `${BACKUP}/protectionPolicies/${policyId}/activate`);
  emulator.clock.advance(FIVE_MINUTES);
  const units = await call("GET", `${BACKUP}/oneDriveForBusinessProtectionPolicies/${policyId}/driveProtectionUnits`);
  return { policyId, unitId: units.body.value[0].id };
}

/** The newest fastRestore restore point of a unit, found through restorePoints/search. */
export async function fastRestorePoint(call: Call, unitId: string, since = T0): Promise<string> {
  const res = await call("POST", `${BACKUP}/restorePoints/search`, {
    protectionUnitIds: [unitId],
    protectionTimePeriod: { startDateTime: since },
    restorePointPreference: "latest",
    tags: "fastRestore",
  });
  const id = (res.body?.searchResults as Json[] | undefined)?.[0]?.restorePoint?.id;
  if (typeof id !== "string") throw new Error(`no fastRestore point for ${unitId}: ${JSON.stringify(res.body)}`);
  return id;
}
