import type { WorkloadKey } from "../../msgraph/models.js";
import { makeSite, makeUser, SITE_COUNT, siteId, USER_COUNT, userId } from "./directory.js";
import { SHAREPOINT_HOST, TENANT_DOMAIN } from "../state/ids.js";
import { LARGE_GROUPS, seedGroups } from "./groups.js";
import type { EmulatorStore } from "../state/store.js";
import type { SiteRecord, UserRecord } from "../state/directoryRecords.js";

/** Sizes of the `large` seed (benchmarks): built in well under a second, all ids stable. */
export const LARGE_SEED = Object.freeze({
  users: 10_000,
  sites: 2_000,
  deletedUsers: 3,
  /** Active policies: Exchange and OneDrive protect user ranges, SharePoint a site range. */
  policies: Object.freeze<readonly { workload: WorkloadKey; displayName: string; from: number; to: number }[]>([
    { workload: "exchange", displayName: "Exchange – All mailboxes", from: 0, to: 5_000 },
    { workload: "oneDriveForBusiness", displayName: "OneDrive – All drives", from: 5_000, to: 8_000 },
    { workload: "sharePoint", displayName: "SharePoint – All sites", from: 0, to: 1_500 },
  ]),
});

export interface LargeSeedPolicy {
  workload: WorkloadKey;
  displayName: string;
  active: boolean;
  resources: number[];
  ageDays: number;
}

/**
 * The large tenant: the first USER_COUNT users and SITE_COUNT sites are the familiar ones, the rest get a numeric
 * suffix so every name and UPN stays unique. `seedPolicy` is seed.ts's, passed in to keep the modules acyclic.
 */
export function seedLarge(store: EmulatorStore, now: number, seedPolicy: (spec: LargeSeedPolicy) => void): void {
  for (let i = 0; i < LARGE_SEED.users; i++) {
    const user = i < USER_COUNT ? makeUser(i) : numberedUser(i);
    store.users.set(user.id.toLowerCase(), user);
  }
  for (let i = 0; i < LARGE_SEED.deletedUsers; i++) {
    const user = { ...numberedUser(LARGE_SEED.users + i), deletedDateTime: now - (i + 3) * 86_400_000 };
    store.deletedUsers.set(user.id.toLowerCase(), user);
  }
  const yearAgo = now - 365 * 86_400_000;
  for (let i = 0; i < LARGE_SEED.sites; i++) {
    const site =
      i < SITE_COUNT ? makeSite(i, yearAgo + i * 86_400_000) : numberedSite(i, yearAgo + (i % 365) * 86_400_000);
    store.sites.set(site.id.toLowerCase(), site);
  }
  seedGroups(store, now, LARGE_GROUPS);
  for (const spec of LARGE_SEED.policies) {
    const resources = Array.from({ length: spec.to - spec.from }, (_, k) => spec.from + k);
    seedPolicy({ workload: spec.workload, displayName: spec.displayName, active: true, resources, ageDays: 60 });
  }
}

function numberedUser(index: number): UserRecord {
  const base = makeUser(index);
  const local = `${base.givenName}.${base.surname}${index}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
  return {
    id: userId(index),
    displayName: `${base.displayName} ${index}`,
    givenName: base.givenName,
    surname: base.surname,
    mail: `${local}@${TENANT_DOMAIN}`,
    userPrincipalName: `${local}@${TENANT_DOMAIN}`,
  };
}

function numberedSite(index: number, createdDateTime: number): SiteRecord {
  const name = `Project${index}`;
  return {
    id: siteId(index),
    name,
    displayName: `Project ${index}`,
    webUrl: `https://${SHAREPOINT_HOST}/sites/${name}`,
    createdDateTime,
  };
}
