import type { GraphUser } from "../../msgraph/models.js";
import { iso } from "../state/clock.js";
import { seedGroups } from "./groups.js";
import { SHAREPOINT_HOST, stableGuid, TENANT_DOMAIN } from "../state/ids.js";
import type { EmulatorStore } from "../state/store.js";
import type { SiteRecord, UserRecord } from "../state/directoryRecords.js";

// The familiar Microsoft 365 demo-tenant people; more users are made by pairing first names with other surnames.
const PEOPLE: readonly (readonly [string, string])[] = [
  ["Adele", "Vance"],
  ["Alex", "Wilber"],
  ["Allan", "Deyoung"],
  ["Christie", "Cline"],
  ["Debra", "Berger"],
  ["Diego", "Siciliani"],
  ["Emily", "Braun"],
  ["Enrico", "Cattaneo"],
  ["Grady", "Archie"],
  ["Henrietta", "Mueller"],
  ["Irvin", "Sayers"],
  ["Isaiah", "Langer"],
  ["Johanna", "Lorenz"],
  ["Joni", "Sherman"],
  ["Lee", "Gu"],
  ["Lidia", "Holloway"],
  ["Lynne", "Robbins"],
  ["Megan", "Bowen"],
  ["Miriam", "Graham"],
  ["Nestor", "Wilke"],
  ["Patti", "Fernandez"],
  ["Pradeep", "Gupta"],
  ["Raul", "Razo"],
  ["Sanjay", "Shah"],
];

const SITES: readonly (readonly [displayName: string, urlName: string])[] = [
  ["Contoso Intranet", "Intranet"],
  ["Marketing", "Marketing"],
  ["Sales", "Sales"],
  ["Human Resources", "HR"],
  ["Finance", "Finance"],
  ["Legal", "Legal"],
  ["Engineering", "Engineering"],
  ["Product Management", "Product"],
  ["Customer Support", "Support"],
  ["IT Help Desk", "ITHelpDesk"],
  ["Operations", "Operations"],
  ["Research", "Research"],
  ["Mark 8 Project Team", "Mark8ProjectTeam"],
  ["Retail", "Retail"],
  ["Design", "Design"],
  ["Communications", "Communications"],
  ["Training", "Training"],
  ["Executive Board", "ExecutiveBoard"],
  ["Events", "Events"],
  ["Archive", "Archive"],
];

/** A documented artifact error code ("e.g. preservation lock"), for the resources whose restores always fail. */
const RESTORE_FAILURE = Object.freeze({
  code: "ArtifactCannotBeRestored",
  message: "The artifact can't be restored because it is under a preservation lock.",
});

export const USER_COUNT = 64;
export const SITE_COUNT = SITES.length;

/**
 * Users who left the tenant: absent from /users and getByIds, still served by /directory/deletedItems/{id}. They sit
 * after the active users (indexes USER_COUNT..), so every active index keeps its id; the demo protects two of them.
 */
export const DELETED_USER_INDEXES: readonly number[] = [USER_COUNT, USER_COUNT + 1, USER_COUNT + 2];

/** The n-th seeded user id (stable across runs and seeds), handy for tests. */
export const userId = (index: number): string => stableGuid(`directory/user/${index}`);

export const siteId = (index: number): string =>
  `${SHAREPOINT_HOST},${stableGuid(`directory/site/${index}/collection`)},${stableGuid(`directory/site/${index}/web`)}`;

export function makeUser(index: number): UserRecord {
  const round = Math.floor(index / PEOPLE.length);
  const [givenName] = PEOPLE[index % PEOPLE.length]!;
  // Round r pairs first name i with surname i + 5r: every (first, last) pair stays unique for 4+ rounds.
  const [, surname] = PEOPLE[(index + 5 * round) % PEOPLE.length]!;
  const local = `${givenName}.${surname}`.toLowerCase().replace(/[^a-z.]/g, "");
  const user: UserRecord = {
    id: userId(index),
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    mail: `${local}@${TENANT_DOMAIN}`,
    userPrincipalName: `${local}@${TENANT_DOMAIN}`,
  };
  // The last user's mailbox is over its backup quota: protecting it always ends with an error (activeWithErrors).
  if (index === USER_COUNT - 1)
    user.protectionFailure = { code: "QuotaExceeded", message: "Backup size quota exceeded." };
  // The one before it is under a preservation hold: it is backed up, but restoring it always fails (restoreLifecycle.ts).
  if (index === USER_COUNT - 2) user.restoreFailure = RESTORE_FAILURE;
  return user;
}

export function makeSite(index: number, createdDateTime: number): SiteRecord {
  const [displayName, name] = SITES[index]!;
  const site: SiteRecord = {
    id: siteId(index),
    name,
    displayName,
    webUrl: `https://${SHAREPOINT_HOST}/sites/${name}`,
    createdDateTime,
  };
  if (index === SITE_COUNT - 1)
    site.protectionFailure = { code: "UnknownError", message: "The site could not be backed up." };
  if (index === SITE_COUNT - 2) site.restoreFailure = RESTORE_FAILURE;
  return site;
}

export function seedDirectory(store: EmulatorStore, now: number): void {
  for (let i = 0; i < USER_COUNT; i++) {
    const user = makeUser(i);
    store.users.set(user.id.toLowerCase(), user);
  }
  DELETED_USER_INDEXES.forEach((index, n) => {
    const user = { ...makeUser(index), deletedDateTime: now - (n + 3) * 86_400_000 };
    store.deletedUsers.set(user.id.toLowerCase(), user);
  });
  seedGroups(store, now);
  const yearAgo = now - 365 * 86_400_000;
  for (let i = 0; i < SITE_COUNT; i++) {
    const site = makeSite(i, yearAgo + i * 86_400_000);
    store.sites.set(site.id.toLowerCase(), site);
  }
}

/** The directory's wire shapes: users and sites as /users and /sites answer them. */
export type UserJson = GraphUser & { givenName: string; surname: string };

export function userJson(user: UserRecord): UserJson {
  const { id, displayName, givenName, surname, mail, userPrincipalName } = user;
  return { id, displayName, givenName, surname, mail, userPrincipalName };
}

export function siteJson(site: SiteRecord) {
  const { id, name, displayName, webUrl } = site;
  return { id, name, displayName, webUrl, createdDateTime: iso(site.createdDateTime) };
}
