// Checks of browse arguments made before any upstream call: a bad one costs Graph nothing and changes nothing.
import type { BrowseWorkloadKey } from "../../msgraph/models.js";
import { segmentProblem } from "../../msgraph/url.js";
import { badInput } from "../shared/errors.codes.js";
import { Workload } from "../shared/workload.enums.js";

const BROWSE_KEYS: Partial<Record<Workload, BrowseWorkloadKey>> = {
  [Workload.ONEDRIVE_FOR_BUSINESS]: "oneDriveForBusiness",
  [Workload.SHAREPOINT]: "sharePoint",
};

/** Only OneDrive and SharePoint backups can be browsed (Exchange mail is found with an artifactQuery search). */
export function requireBrowseWorkload(field: string, workload: Workload): BrowseWorkloadKey {
  const key = BROWSE_KEYS[workload];
  if (!key) throw badInput(field, `${workload} backups cannot be browsed; use ONEDRIVE_FOR_BUSINESS or SHAREPOINT`);
  return key;
}

/** The browse workload of a session already read (UNKNOWN kinds cannot be browsed by this gateway). */
export const browseKeyOf = (workload: Workload): BrowseWorkloadKey | undefined => BROWSE_KEYS[workload];

/**
 * Browse session and restore point ids are opaque to clients (Graph's are neither GUIDs nor of one shape): any
 * one path segment of printable characters without white space.
 */
export function requireOpaqueId(field: string, value: string): string {
  const id = typeof value === "string" ? value : "";
  if (segmentProblem(id) !== undefined || /\s/.test(id)) {
    throw badInput(field, `${field} must be one id of 1 to 512 printable characters, without white space, /, \\, ? or #`);
  }
  return id;
}

const MAX_NAME_TEXT = 255;
const MAX_ITEM_KEY = 2048;

/** Graph's only filter grammar is `(name -contains '<text>')`: the text may hold no quote that would end it. */
export function nameContainsFilter(field: string, text: string | null | undefined): string | undefined {
  if (text === undefined || text === null) return undefined;
  if (text.length < 1 || text.length > MAX_NAME_TEXT || /['"\\\u0000-\u001f\u007f]/.test(text)) {
    throw badInput(field, `${field} must be 1 to ${MAX_NAME_TEXT} characters without quotes, backslashes or control characters`);
  }
  return `(name -contains '${text}')`;
}

/** An item key as Graph issued it: opaque, printable, bounded. */
export function requireItemKey(field: string, key: string | null | undefined): string | undefined {
  if (key === undefined || key === null) return undefined;
  if (key.length < 1 || key.length > MAX_ITEM_KEY || /[\s\u0000-\u001f\u007f]/.test(key)) {
    throw badInput(field, `${field} must be an itemKey Graph returned (1 to ${MAX_ITEM_KEY} printable characters)`);
  }
  return key;
}
