import type { WorkloadKey } from "../../msgraph/models.js";
import { keyOf, type EmulatorStore } from "../state/store.js";
import { type SiteRecord, type UserRecord } from "../state/directoryRecords.js";

/**
 * The input arrays of bulk addition jobs and bulk restore requests, per workload (WORKLOAD_NAMES has no column for
 * them): a list of names (SMTP addresses / UPNs, or absolute site URLs) and a list of ids.
 */
export interface BulkInputKeys {
  names: "mailboxes" | "drives" | "siteWebUrls";
  ids: "directoryObjectIds" | "siteIds";
}

export const BULK_INPUT_KEYS: Readonly<Record<WorkloadKey, Readonly<BulkInputKeys>>> = Object.freeze({
  exchange: { names: "mailboxes", ids: "directoryObjectIds" },
  oneDriveForBusiness: { names: "drives", ids: "directoryObjectIds" },
  sharePoint: { names: "siteWebUrls", ids: "siteIds" },
});

export const isSiteWorkload = (workload: WorkloadKey): boolean => BULK_INPUT_KEYS[workload].ids === "siteIds";

export interface BulkInputs {
  names: string[];
  ids: string[];
}

/**
 * Reads the two arrays of a create body; undefined (the caller answers its own 400) when one is not an array of
 * non-empty strings. A missing array is an empty one.
 */
export function readBulkInputs(body: Record<string, unknown>, workload: WorkloadKey): BulkInputs | undefined {
  const keys = BULK_INPUT_KEYS[workload];
  const read = (value: unknown): string[] | undefined => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v.trim() !== "")) return undefined;
    return value.map((v: string) => v.trim());
  };
  const names = read(body[keys.names]);
  const ids = read(body[keys.ids]);
  return names && ids ? { names, ids } : undefined;
}

// Shapes only; whether the address or URL exists is the back end's business, answered later.
export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export function looksLikeSiteUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Name and id lookups built once per job, so a 50,000-entry job is not 50,000 scans of the directory. */
export interface DirectoryIndex {
  userByName(name: string): UserRecord | undefined;
  userById(id: string): UserRecord | undefined;
  siteByUrl(url: string): SiteRecord | undefined;
  siteById(id: string): SiteRecord | undefined;
}

const normaliseUrl = (url: string): string => url.trim().replace(/\/+$/, "").toLowerCase();

export function directoryIndex(store: EmulatorStore): DirectoryIndex {
  const byName = new Map<string, UserRecord>();
  for (const user of store.users.values()) {
    byName.set(keyOf(user.mail), user);
    byName.set(keyOf(user.userPrincipalName), user);
  }
  const byUrl = new Map([...store.sites.values()].map((s) => [normaliseUrl(s.webUrl), s] as const));
  return {
    userByName: (name) => byName.get(keyOf(name.trim())),
    userById: (id) => store.users.get(keyOf(id.trim())),
    siteByUrl: (url) => byUrl.get(normaliseUrl(url)),
    siteById: (id) => store.sites.get(keyOf(id.trim())),
  };
}

/** One input entry resolved to the directory object a unit would reference, or the reason it was not. */
export type ResolvedEntry =
  | { entry: string; resourceId: string }
  | { entry: string; resourceId: null; notFound: "email" | "directoryObject" | "siteUrl" | "site" };

export function resolveEntries(index: DirectoryIndex, workload: WorkloadKey, inputs: BulkInputs): ResolvedEntry[] {
  const site = isSiteWorkload(workload);
  const byName = inputs.names.map((entry): ResolvedEntry => {
    const found = site ? index.siteByUrl(entry) : index.userByName(entry);
    return found ? { entry, resourceId: found.id } : { entry, resourceId: null, notFound: site ? "siteUrl" : "email" };
  });
  const byId = inputs.ids.map((entry): ResolvedEntry => {
    const found = site ? index.siteById(entry) : index.userById(entry);
    return found
      ? { entry, resourceId: found.id }
      : { entry, resourceId: null, notFound: site ? "site" : "directoryObject" };
  });
  return [...byName, ...byId];
}
