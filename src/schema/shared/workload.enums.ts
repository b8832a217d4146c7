import { registerEnumType } from "type-graphql";
import { WORKLOAD_NAMES, type WorkloadKey, type WorkloadNames } from "../../msgraph/models.js";
import { badInput } from "./errors.codes.js";

export enum Workload {
  EXCHANGE = "EXCHANGE",
  SHAREPOINT = "SHAREPOINT",
  ONEDRIVE_FOR_BUSINESS = "ONEDRIVE_FOR_BUSINESS",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(Workload, {
  name: "Workload",
  description: "The Microsoft 365 service a policy, unit or restore session belongs to.",
  valuesConfig: {
    EXCHANGE: { description: "Exchange Online mailboxes." },
    SHAREPOINT: { description: "SharePoint sites." },
    ONEDRIVE_FOR_BUSINESS: { description: "OneDrive for Business accounts." },
    UNKNOWN: { description: "A kind Graph added that this gateway does not know yet (see odataType on the Unknown* types)." },
  },
});

const KEY_OF: Record<Exclude<Workload, Workload.UNKNOWN>, WorkloadKey> = {
  [Workload.EXCHANGE]: "exchange",
  [Workload.SHAREPOINT]: "sharePoint",
  [Workload.ONEDRIVE_FOR_BUSINESS]: "oneDriveForBusiness",
};

/** Graph's names for a workload; undefined for UNKNOWN (an entity of a type this gateway does not model). */
export function workloadNamesOrNone(workload: Workload): WorkloadNames | undefined {
  return workload === Workload.UNKNOWN ? undefined : WORKLOAD_NAMES[KEY_OF[workload]];
}

/** Graph's names for a workload a client asked for; UNKNOWN is refused as bad input. */
export function workloadNames(workload: Workload): WorkloadNames {
  const names = workloadNamesOrNone(workload);
  if (!names) throw badInput("workload", "UNKNOWN is not a workload to ask for");
  return names;
}

export function workloadOfKey(key: WorkloadKey): Workload {
  const entry = (Object.entries(KEY_OF) as [Workload, WorkloadKey][]).find(([, k]) => k === key);
  if (!entry) throw new Error(`unknown workload key ${key}`);
  return entry[0];
}
