// Graph changes, activates and deletes only DRAFT restore sessions, and activates at most 25 at once. The gateway
// reads the session first and refuses locally with a clear error, so a doomed change costs Graph nothing; Graph
// still has the last word when two requests race.
import { type GraphCollection, type GraphRestoreSession, type WorkloadNames } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { badInput, GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { workloadNamesOrNone } from "../shared/workload.enums.js";
import { RestoreJobType, RestoreSessionStatus } from "./session.enums.js";
import type { RestoreSession } from "./session.interface.js";
import { loadSession } from "./session.resolver.js";

/** Graph's limit of sessions activating or active at the same time (500 TooManyActiveRestoreSessions beyond). */
export const MAX_ACTIVE_SESSIONS = 25;
const BUSY = new Set([RestoreSessionStatus.ACTIVATING, RestoreSessionStatus.ACTIVE]);

export function sessionConflict(message: string, reason: string, hint: string, field: string) {
  return gatewayError(GatewayErrorCode.CONFLICT, message, { field, reason, hint });
}

/** The session, read afresh, when it is DRAFT; a CONFLICT naming its status otherwise. */
export async function requireDraft(ctx: Context, id: string, field: string, action: string): Promise<RestoreSession> {
  const session = await loadSession(ctx, id, field, true);
  if (session.status !== RestoreSessionStatus.DRAFT) {
    throw sessionConflict(
      `Restore session ${session.id} is ${session.status}; only DRAFT sessions can be ${action}`,
      "RestoreSessionNotDraft",
      "Create a new restore session for further changes.",
      field,
    );
  }
  return session;
}

/** A DRAFT session whose artifacts the gateway may change: of a known workload and not filled by a bulk request. */
export async function requireEditableDraft(ctx: Context, id: string, field: string): Promise<{ session: RestoreSession; names: WorkloadNames }> {
  const session = await requireDraft(ctx, id, field, "changed");
  const names = workloadNamesOrNone(session.workload);
  if (!names) throw badInput(field, `Restore session ${session.id} is of a kind this gateway cannot change`);
  if (session.restoreJobType === RestoreJobType.BULK) {
    throw sessionConflict(
      `Restore session ${session.id} is filled by a bulk request; its artifacts cannot be added or removed one by one`,
      "RestoreSessionFilledInBulk",
      "Manual and bulk artifact addition cannot be mixed in one session; use a new session.",
      field,
    );
  }
  return { session, names };
}

/** Refuses when Graph's limit of sessions activating or active is reached (read across every page of sessions). */
export async function requireActivationSlot(ctx: Context, field: string): Promise<void> {
  let busy = 0;
  let link: string | undefined = paths.restoreSessions();
  while (link && busy < MAX_ACTIVE_SESSIONS) {
    const page: GraphCollection<GraphRestoreSession> = await listPage(ctx.loaders, link);
    busy += page.value.filter((s) => BUSY.has(fromGraphEnum(RestoreSessionStatus, s.status, RestoreSessionStatus.UNKNOWN))).length;
    link = page["@odata.nextLink"];
  }
  if (busy >= MAX_ACTIVE_SESSIONS) {
    throw sessionConflict(
      `${MAX_ACTIVE_SESSIONS} restore sessions are already activating or active, Graph's limit`,
      "TooManyActiveRestoreSessions",
      "Wait until one of them is COMPLETED, COMPLETED_WITH_ERROR or FAILED, then activate again.",
      field,
    );
  }
}
