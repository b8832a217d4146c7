import { workloadOfODataType, type GraphProtectionPolicy, type WorkloadKey } from "../../msgraph/models.js";
import { mapAudit } from "../shared/audited.interface.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { mapArtifactCount, mapRetention } from "../shared/common.map.js";
import { ProtectionPolicyStatus } from "../shared/status.enums.js";
import { workloadOfKey } from "../shared/workload.enums.js";
import type { ProtectionPolicy } from "./policy.interface.js";
import { ExchangeProtectionPolicy, OneDriveForBusinessProtectionPolicy, SharePointProtectionPolicy, UnknownProtectionPolicy } from "./policy.type.js";
import { Workload } from "../shared/workload.enums.js";

const CLASS_OF: Record<WorkloadKey, new () => ProtectionPolicy> = {
  exchange: ExchangeProtectionPolicy,
  sharePoint: SharePointProtectionPolicy,
  oneDriveForBusiness: OneDriveForBusinessProtectionPolicy,
};

/**
 * Maps a Graph policy to its GraphQL class. The workload comes from @odata.type; `known` covers answers of
 * typed collections that may omit it. A type this gateway does not model becomes UnknownProtectionPolicy.
 */
export function mapPolicy(raw: GraphProtectionPolicy, known?: WorkloadKey): ProtectionPolicy {
  const names = workloadOfODataType(raw["@odata.type"]);
  const key = names?.key ?? known;
  const policy = key ? new CLASS_OF[key]() : Object.assign(new UnknownProtectionPolicy(), { odataType: raw["@odata.type"] ?? null });
  return Object.assign(policy, {
    id: raw.id,
    workload: key ? workloadOfKey(key) : Workload.UNKNOWN,
    displayName: raw.displayName ?? null,
    status: fromGraphEnum(ProtectionPolicyStatus, raw.status, ProtectionPolicyStatus.UNKNOWN),
    rawStatus: raw.status ?? null,
    isEnabled: raw.isEnabled ?? false,
    retentionSettings: mapRetention(raw.retentionSettings),
    artifactCount: mapArtifactCount(raw.protectionPolicyArtifactCount),
    ...mapAudit(raw),
  });
}
