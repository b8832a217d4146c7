// Whose view of Graph a request reads, for the shared read cache and single-flight (msgraph/shared-reads.ts).
// With the gateway's own token (none, app) every caller of a tenant sees the same Graph data, so they share; with
// delegated tokens (obo, passthrough) Graph answers with each caller's own permissions, so each caller is alone.
import { createHash } from "node:crypto";
import type { ReadScope } from "../msgraph/shared-reads.js";
import type { Context } from "../schema/index.js";

/** `bearer`: the caller's token in obo/passthrough; it only ever appears hashed, never stored or logged. */
export function readScopeOf(caller: Context["caller"] | undefined, bearer: string | undefined): ReadScope {
  const tenant = caller?.tenantId ?? "default";
  if (bearer === undefined) return { tenant, principal: "app" };
  if (caller?.authenticated && caller.subject) return { tenant, principal: `subject:${caller.subject}` };
  return { tenant, principal: `token:${createHash("sha256").update(bearer).digest("base64url").slice(0, 32)}` };
}
