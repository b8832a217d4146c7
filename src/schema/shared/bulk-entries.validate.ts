// The two input lists of bulk addition jobs and bulk restore requests, per workload: names (SMTP addresses or
// UPNs for mailboxes and drives, https site URLs for sites) and ids (directory object GUIDs or site ids). Both are
// checked here before anything goes upstream, so a typo costs Graph nothing.
import type { WorkloadKey } from "../../msgraph/models.js";
import { badInput } from "./errors.codes.js";
import { requireIdList } from "./input.validate.js";

export interface BulkKeys {
  /** Graph's property for the names list, and the input field that carries it. */
  names: "mailboxes" | "drives" | "siteWebUrls";
  ids: "directoryObjectIds" | "siteIds";
}

export const BULK_KEYS: Readonly<Record<WorkloadKey, BulkKeys>> = {
  exchange: { names: "mailboxes", ids: "directoryObjectIds" },
  oneDriveForBusiness: { names: "drives", ids: "directoryObjectIds" },
  sharePoint: { names: "siteWebUrls", ids: "siteIds" },
};

// A practical address shape (RFC 5321 lengths, dot-atom local part, dotted host), not the full RFC 5322 grammar.
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** An absolute https URL of a site: a dotted host, no credentials, query or fragment. */
export function isSiteUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}

export interface BulkEntries {
  names: string[];
  ids: string[];
}

/** Validates both lists: shapes, duplicates within a list, and 0 < total ≤ max. */
export function requireBulkEntries(
  workload: WorkloadKey,
  input: { names?: readonly string[] | null; ids?: readonly string[] | null },
  max: number,
): BulkEntries {
  const keys = BULK_KEYS[workload];
  const namesField = `input.${keys.names}`;
  const idsField = `input.${keys.ids}`;
  const rawNames = input.names ?? [];
  const rawIds = input.ids ?? [];
  const total = rawNames.length + rawIds.length;
  if (total === 0) throw badInput(namesField, `Give at least one entry in ${namesField} or ${idsField}`);
  if (total > max) throw badInput(rawNames.length >= rawIds.length ? namesField : idsField, `${total} entries given; at most ${max} are accepted`);
  const site = keys.names === "siteWebUrls";
  const seen = new Set<string>();
  const names = rawNames.map((raw) => {
    const value = raw.trim();
    if (site ? !isSiteUrl(value) : !isEmail(value)) {
      throw badInput(namesField, `${namesField} item "${raw}" is not ${site ? "an https site URL" : "an email address"}`, raw);
    }
    // Graph matches addresses and URLs ignoring case (and a URL's trailing slash).
    const key = value.toLowerCase().replace(/\/+$/, "");
    if (seen.has(key)) throw badInput(namesField, `${namesField} lists "${raw}" more than once`, raw);
    seen.add(key);
    return value;
  });
  const ids = requireIdList(idsField, rawIds, site ? "siteId" : "guid", max);
  return { names, ids };
}
