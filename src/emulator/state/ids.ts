import { createHash, randomUUID } from "node:crypto";
import type { GraphIdentitySet } from "../../msgraph/models.js";

/**
 * A GUID derived from a name: the same seed and the same sequence of calls always yield the same ids, so tests
 * and screenshots stay stable across runs. Laid out like a UUID v5 so clients that validate GUIDs accept it.
 */
export function stableGuid(name: string): string {
  const h = createHash("sha1").update(`backup-graphql-emulator/${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Request ids and `@contentId`s are per call, as in Graph; they never need to be reproducible. */
export const newGuid = (): string => randomUUID();

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isGuid = (value: string): boolean => GUID.test(value);

/** The emulated tenant's domain and SharePoint host; every user and site lives under them. */
export const TENANT_DOMAIN = "contoso.com";
export const SHAREPOINT_HOST = "contoso.sharepoint.com";

/** Who the emulated back end says made every change: an application, as for app-only callers. */
export const EMULATOR_IDENTITY: Readonly<GraphIdentitySet> = Object.freeze({
  application: { id: stableGuid("identity/application"), displayName: "Backup Storage Emulator" },
  user: null,
});
