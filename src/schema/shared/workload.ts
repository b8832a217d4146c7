import { registerEnumType } from "type-graphql";
import { WORKLOAD_NAMES, type WorkloadKey, type WorkloadNames } from "../../msgraph/models.js";

export enum Workload {
  EXCHANGE = "EXCHANGE",
  SHAREPOINT = "SHAREPOINT",
  ONEDRIVE_FOR_BUSINESS = "ONEDRIVE_FOR_BUSINESS",
}

registerEnumType(Workload, {
  name: "Workload",
  description: "The Microsoft 365 service a policy, unit or restore session belongs to.",
  valuesConfig: {
    EXCHANGE: { description: "Exchange Online mailboxes." },
    SHAREPOINT: { description: "SharePoint sites." },
    ONEDRIVE_FOR_BUSINESS: { description: "OneDrive for Business accounts." },
  },
});

const KEY_OF: Record<Workload, WorkloadKey> = {
  [Workload.EXCHANGE]: "exchange",
  [Workload.SHAREPOINT]: "sharePoint",
  [Workload.ONEDRIVE_FOR_BUSINESS]: "oneDriveForBusiness",
};

export function workloadNames(workload: Workload): WorkloadNames {
  return WORKLOAD_NAMES[KEY_OF[workload]];
}

export function workloadOfKey(key: WorkloadKey): Workload {
  const entry = (Object.entries(KEY_OF) as [Workload, WorkloadKey][]).find(([, k]) => k === key);
  if (!entry) throw new Error(`unknown workload key ${key}`);
  return entry[0];
}
