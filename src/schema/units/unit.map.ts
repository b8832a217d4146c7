import {
  workloadOfODataType,
  type GraphMailboxProtectionUnit,
  type GraphProtectionUnit,
  type GraphSiteProtectionUnit,
  type WorkloadKey,
} from "../../msgraph/models.js";
import { mapAudit } from "../shared/audited.interface.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum, fromGraphFlags } from "../shared/enum.map.js";
import { mapPublicError } from "../shared/common.map.js";
import { ProtectionSource, ProtectionUnitStatus } from "../shared/status.enums.js";
import { Workload, workloadOfKey } from "../shared/workload.enums.js";
import type { ProtectionUnit } from "./unit.interface.js";
import { DriveProtectionUnit, MailboxProtectionUnit, SiteProtectionUnit, UnknownProtectionUnit } from "./unit.type.js";

function base(raw: GraphProtectionUnit, key: WorkloadKey | undefined) {
  return {
    id: raw.id,
    workload: key ? workloadOfKey(key) : Workload.UNKNOWN,
    // Graph detaches removed units by clearing policyId to "" or null.
    policyId: raw.policyId || null,
    status: fromGraphEnum(ProtectionUnitStatus, raw.status, ProtectionUnitStatus.UNKNOWN),
    rawStatus: raw.status ?? null,
    protectionSources: fromGraphFlags(ProtectionSource, raw.protectionSources, ProtectionSource.UNKNOWN),
    error: mapPublicError(raw.error),
    offboardRequestedDateTime: parseGraphDate(raw.offboardRequestedDateTime),
    ...mapAudit(raw),
  };
}

/** Maps a Graph unit to its GraphQL class; `known` covers typed collections. Unmodelled kinds become UnknownProtectionUnit. */
export function mapUnit(raw: GraphProtectionUnit, known?: WorkloadKey): ProtectionUnit {
  const key = workloadOfODataType(raw["@odata.type"])?.key ?? known;
  if (!key) return Object.assign(new UnknownProtectionUnit(), base(raw, key), { odataType: raw["@odata.type"] ?? null });
  if (key === "sharePoint") {
    const site = raw as GraphSiteProtectionUnit;
    return Object.assign(new SiteProtectionUnit(), base(raw, key), {
      siteId: site.siteId ?? null,
      siteName: site.siteName ?? null,
      siteWebUrl: site.siteWebUrl ?? null,
    });
  }
  const person = raw as GraphMailboxProtectionUnit;
  const fields = {
    directoryObjectId: person.directoryObjectId ?? null,
    email: person.email ?? null,
    displayName: person.displayName ?? null,
  };
  return key === "exchange"
    ? Object.assign(new MailboxProtectionUnit(), base(raw, key), fields)
    : Object.assign(new DriveProtectionUnit(), base(raw, key), fields);
}
