import {
  WORKLOAD_NAMES,
  type GraphMailboxProtectionUnit,
  type GraphProtectionPolicy,
  type GraphProtectionUnit,
  type GraphSiteProtectionUnit,
} from "../../msgraph/models.js";
import { iso, NEVER } from "../state/clock.js";
import type { SiteRecord, UserRecord } from "../state/directoryRecords.js";
import { EMULATOR_IDENTITY } from "../state/ids.js";
import type { PolicyRecord, UnitRecord, UnitStatus } from "../state/protectionRecords.js";
import { findResource, unitsOfPolicy, type EmulatorStore } from "../state/store.js";
import { includesUnknownEnumMembers, type ApiRequest } from "../wire/request.js";
import { RETENTION_SETTINGS } from "./retention.js";

// Members after unknownFutureValue reach only clients that opt in (Prefer: include-unknown-enum-members).
const EVOLVABLE_UNIT_STATUSES: ReadonlySet<UnitStatus> = new Set([
  "offboardRequested",
  "offboarded",
  "cancelOffboardRequested",
]);

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

/** The protectionSource flags as Graph prints them ("manual, dynamicRule"); `none` once no source holds the unit. */
export function protectionSourcesJson(unit: UnitRecord): string {
  const { manual, dynamicRuleIds } = unit.sources ?? { manual: true, dynamicRuleIds: [] };
  const flags = [...(manual ? ["manual"] : []), ...(dynamicRuleIds.length > 0 ? ["dynamicRule"] : [])];
  return flags.length > 0 ? flags.join(", ") : "none";
}

export function unitJson(store: EmulatorStore, unit: UnitRecord, req: ApiRequest): GraphProtectionUnit {
  const names = WORKLOAD_NAMES[unit.workload];
  const resource = findResource(store, names.unitKey, unit.resourceId);
  const status =
    EVOLVABLE_UNIT_STATUSES.has(unit.status) && !includesUnknownEnumMembers(req) ? "unknownFutureValue" : unit.status;
  const base = {
    "@odata.type": `#${names.unitType}`,
    id: unit.id,
    policyId: unit.policyId,
  };
  const common = {
    status,
    protectionSources: protectionSourcesJson(unit),
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
      ...base,
      siteId: unit.resourceId,
      siteName: site?.displayName ?? null,
      siteWebUrl: site?.webUrl ?? null,
      ...common,
    };
    return json;
  }
  const user = resource as UserRecord | undefined;
  const json: GraphMailboxProtectionUnit = {
    ...base,
    directoryObjectId: unit.resourceId,
    displayName: user?.displayName ?? null,
    email: user?.mail ?? null,
    ...common,
  };
  return json;
}
