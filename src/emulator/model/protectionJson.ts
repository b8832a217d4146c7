import {
  BACKUP_ROOT, WORKLOAD_NAMES, type GraphIdentitySet, type GraphMailboxProtectionUnit, type GraphProtectionPolicy, type GraphProtectionUnit, type GraphRetentionSetting, type GraphSiteProtectionUnit, type GraphUser,
} from "../../msgraph/models.js";
import { stableGuid } from "../state/ids.js";
import { baseUrlOf, includesUnknownEnumMembers, type ApiRequest } from "../wire/request.js";
import { findResource, unitsOfPolicy, type EmulatorStore } from "../state/store.js";
import { type PolicyRecord, type UnitRecord, type UnitStatus } from "../state/protectionRecords.js";
import { type SiteRecord, type UserRecord } from "../state/directoryRecords.js";

/** Who the emulated back end says made every change: an application, as for app-only callers. */
export const EMULATOR_IDENTITY: Readonly<GraphIdentitySet> = Object.freeze({
  application: { id: stableGuid("identity/application"), displayName: "Backup Storage Emulator" },
  user: null,
});

/** Every policy carries these (the service owns retention; clients never set it). */
export const RETENTION_SETTINGS: readonly GraphRetentionSetting[] = [
  { interval: "R/PT10M", period: "P2W" },
  { interval: "R/P1W", period: "P1Y" },
];

/** DateTimeOffset.MinValue: what Graph prints for "never requested". */
export const NEVER = "0001-01-01T00:00:00Z";

export const iso = (ms: number): string => new Date(ms).toISOString();

/** `{baseUrl}/solutions/backupRestore/$metadata#<fragment>`, the form of the docs' examples. */
export const backupContext = (req: ApiRequest, fragment: string): string =>
  `${baseUrlOf(req)}${BACKUP_ROOT}/$metadata#${fragment}`;

export const directoryContext = (req: ApiRequest, fragment: string): string => `${baseUrlOf(req)}/$metadata#${fragment}`;

// Members after unknownFutureValue reach only clients that opt in (Prefer: include-unknown-enum-members).
const EVOLVABLE_UNIT_STATUSES: ReadonlySet<UnitStatus> = new Set(["offboardRequested", "offboarded", "cancelOffboardRequested"]);

export function policyJson(store: EmulatorStore, policy: PolicyRecord): GraphProtectionPolicy {
  const units = unitsOfPolicy(store, policy.id);
  const count = (statuses: UnitStatus[]) => units.filter((u) => statuses.includes(u.status) && !u.error).length;
  return {
    "@odata.type": `#${WORKLOAD_NAMES[policy.workload].policyType}`,
    id: policy.id,
    displayName: policy.displayName,
    status: policy.status,
    isEnabled: policy.status !== "inactive",
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(policy.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(policy.lastModifiedDateTime),
    retentionSettings: RETENTION_SETTINGS.map((r) => ({ ...r })),
    protectionPolicyArtifactCount: {
      total: units.length,
      completed: count(["protected"]),
      inProgress: count(["protectRequested", "unprotectRequested", "removeRequested"]),
      failed: units.filter((u) => u.error).length,
    },
  };
}

export function unitJson(store: EmulatorStore, unit: UnitRecord, req: ApiRequest): GraphProtectionUnit {
  const names = WORKLOAD_NAMES[unit.workload];
  const resource = findResource(store, names.unitKey, unit.resourceId);
  const status = EVOLVABLE_UNIT_STATUSES.has(unit.status) && !includesUnknownEnumMembers(req)
    ? "unknownFutureValue" : unit.status;
  const base = {
    "@odata.type": `#${names.unitType}`,
    id: unit.id,
    policyId: unit.policyId,
  };
  const common = {
    status,
    protectionSources: "manual",
    error: unit.error ? { ...unit.error } : null,
    offboardRequestedDateTime: unit.offboardRequestedDateTime === null ? NEVER : iso(unit.offboardRequestedDateTime),
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(unit.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(unit.lastModifiedDateTime),
  };
  if (names.unitKey === "siteId") {
    const site = resource as SiteRecord | undefined;
    const json: GraphSiteProtectionUnit = {
      ...base, siteId: unit.resourceId, siteName: site?.displayName ?? null, siteWebUrl: site?.webUrl ?? null, ...common,
    };
    return json;
  }
  const user = resource as UserRecord | undefined;
  const json: GraphMailboxProtectionUnit = {
    ...base, directoryObjectId: unit.resourceId, displayName: user?.displayName ?? null, email: user?.mail ?? null, ...common,
  };
  return json;
}

export type UserJson = GraphUser & { givenName: string; surname: string };

export function userJson(user: UserRecord): UserJson {
  const { id, displayName, givenName, surname, mail, userPrincipalName } = user;
  return { id, displayName, givenName, surname, mail, userPrincipalName };
}

export function siteJson(site: SiteRecord) {
  const { id, name, displayName, webUrl } = site;
  return { id, name, displayName, webUrl, createdDateTime: iso(site.createdDateTime) };
}
