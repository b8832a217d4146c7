// Where picked items come from, checked before the PATCH: every browse session named is read (in the same wave as
// the restore session) and must be CREATED, unexpired, of the restore session's workload and a backup of the very
// drive or site the item names. Graph would report such items one by one inside its 200; refusing them here
// leaves the session untouched.
import type { GranularItemWorkload } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { badInput } from "../shared/errors.codes.js";
import { workloadNamesOrNone } from "../shared/workload.enums.js";
import { requireBrowsable } from "../browse/browse-session.load.js";
import type { BrowseSession } from "../browse/browse-session.type.js";
import type { GranularStub } from "./granular-items.validate.js";

const FIELD = "input.items.browseSessionId";

/** Starts reading the browse sessions now; the check runs when `workload` (the restore session's) is known. */
export function readItemSources(ctx: Context, stubs: readonly GranularStub[]) {
  const ids = [...new Map(stubs.map((s) => [s.browseSessionId.toLowerCase(), s.browseSessionId])).values()];
  const reading = Promise.all(ids.map((id) => requireBrowsable(ctx, id, FIELD)));
  // Awaited after the restore session's check, whose error comes first; never left unhandled meanwhile.
  reading.catch(() => undefined);
  return {
    async check(workload: GranularItemWorkload): Promise<void> {
      const sessions = new Map((await reading).map((b) => [b.id.toLowerCase(), b]));
      for (const stub of stubs) checkSource(stub, sessions.get(stub.browseSessionId.toLowerCase()), workload);
    },
  };
}

function checkSource(stub: GranularStub, browse: BrowseSession | undefined, workload: GranularItemWorkload): void {
  if (!browse) throw badInput(FIELD, `Browse session ${stub.browseSessionId} was not read`, stub.browseSessionId);
  if (workloadNamesOrNone(browse.workload)?.key !== workload) {
    throw badInput(FIELD, `Browse session ${browse.id} is a ${browse.workload} session, not of the restore session's kind`, browse.id);
  }
  const [field, given, browsed] = stub.siteId
    ? ["input.items.siteId", stub.siteId, browse.siteId]
    : ["input.items.directoryObjectId", stub.directoryObjectId, browse.directoryObjectId];
  if (browsed && given && given.toLowerCase() !== browsed.toLowerCase()) {
    throw badInput(field, `Browse session ${browse.id} is a backup of ${browsed}, not of ${given}`, stub.itemKey);
  }
}
