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
import { billingPolicyIdOf } from "./unitBilling.js";

// Members after unknownFutureValue reach only clients that opt in (Prefer: include-unknown-enum-members).
const EVOLVABLE_UNIT_STATUSES: ReadonlySet<UnitStatus> = new Set([
  "offboardRequested",
  "offboarded",
  "cancelOffboardRequested",
]);

/** Beta's additions to a policy (reference §10); the pipeline drops them from v1.0 answers (http/version.ts). */
interface BetaPolicyProperties {
  protectionMode: "standard" | "fullServiceBackup";
  billingPolicyId: string | null;
  offboardRequestedDateTime: string;
}

/** Beta's additions to a unit; mailboxType on mailbox units only. */
interface BetaUnitProperties {
  backupRetentionPeriodInDays: number;
  billingPolicyId: string | null;
  pendingRetentionPeriodChange: null;
  mailboxType?: "user" | "shared";
}

// Every unit is kept as long as the longest retention setting every policy shows (P1Y).
const RETENTION_DAYS = 365;

export function policyJson(store: EmulatorStore, policy: PolicyRecord): GraphProtectionPolicy & BetaPolicyProperties {
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
    protectionMode: "standard",
    billingPolicyId: null,
    offboardRequestedDateTime: NEVER,
  };
}

/** The protectionSource flags as Graph prints them ("manual, dynamicRule"); `none` once no source holds the unit. */
export function protectionSourcesJson(unit: UnitRecord): string {
  const { manual, dynamicRuleIds } = unit.sources ?? { manual: true, dynamicRuleIds: [] };
  const flags = [...(manual ? ["manual"] : []), ...(dynamicRuleIds.length > 0 ? ["dynamicRule"] : [])];
  return flags.length > 0 ? flags.join(", ") : "none";
}

export function unitJson(
  store: EmulatorStore,
  unit: UnitRecord,
  req: ApiRequest,
): GraphProtectionUnit & BetaUnitProperties {
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
    backupRetentionPeriodInDays: RETENTION_DAYS,
    billingPolicyId: billingPolicyIdOf(store, unit),
    pendingRetentionPeriodChange: null,
  };
  if (names.unitKey === "siteId") {
    const site = resource as SiteRecord | undefined;
    const json: GraphSiteProtectionUnit & BetaUnitProperties = {
      ...base,
      siteId: unit.resourceId,
      siteName: site?.displayName ?? null,
      siteWebUrl: site?.webUrl ?? null,
      ...common,
    };
    return json;
  }
  const user = resource as UserRecord | undefined;
  const json: GraphMailboxProtectionUnit & BetaUnitProperties = {
    ...base,
    directoryObjectId: unit.resourceId,
    displayName: user?.displayName ?? null,
    email: user?.mail ?? null,
    ...common,
    ...(unit.workload === "exchange" ? { mailboxType: "user" as const } : {}),
  };
  return json;
}
