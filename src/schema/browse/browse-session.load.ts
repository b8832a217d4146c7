import type { GraphBrowseSession } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { badInput, GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { BrowseSessionStatus } from "./browse.enums.js";
import { mapBrowseSession } from "./browse-session.map.js";
import type { BrowseSession } from "./browse-session.type.js";
import { browseKeyOf, requireOpaqueId } from "./browse.validate.js";

/**
 * Reads one browse session (the polymorphic /browseSessions/{id}: the answer names its kind) through the request's
 * upstream queue, so polls share the gateway's status cache and single-flight reads. Graph's 404 propagates
 * (NOT_FOUND): an expired session is deleted by Graph.
 */
export async function loadBrowseSession(ctx: Context, id: string, field = "id"): Promise<BrowseSession> {
  const sessionId = requireOpaqueId(field, id);
  const result = await ctx.upstream.send({ method: "GET", path: paths.browseSession(sessionId) });
  if (!result.ok) throw result.error;
  return mapBrowseSession(result.body as GraphBrowseSession);
}

/** A session that can be browsed now: CREATED, of a browsable workload and not past its expirationDateTime. */
export async function requireBrowsable(ctx: Context, id: string, field: string, now = Date.now()): Promise<BrowseSession> {
  const session = await loadBrowseSession(ctx, id, field);
  if (!browseKeyOf(session.workload)) throw badInput(field, `Browse session ${session.id} is of a kind this gateway cannot browse`);
  if (session.expirationDateTime && session.expirationDateTime.getTime() <= now) {
    throw badInput(field, `Browse session ${session.id} expired at ${session.expirationDateTime.toISOString()}; create a new one`);
  }
  if (session.status !== BrowseSessionStatus.CREATED) {
    throw gatewayError(GatewayErrorCode.CONFLICT, `Browse session ${session.id} is ${session.status}; only CREATED sessions can be browsed`, {
      field,
      reason: "BrowseSessionNotCreated",
      status: session.status,
      hint:
        session.status === BrowseSessionStatus.CREATING
          ? "Poll browseSession(id) until isTerminal, then browse."
          : "Create a new browse session on a FAST_RESTORE restore point.",
    });
  }
  return session;
}
