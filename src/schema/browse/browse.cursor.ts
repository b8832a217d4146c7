// A browse page's cursor is the connection cursor (Graph's $skiptoken and an offset) prefixed with a digest of
// what was browsed: Graph's token continues the listing it was issued for, so a cursor passed with another
// session, folder, filter or order is refused instead of silently continuing the other listing.
import { createHash } from "node:crypto";
import type { BrowseWorkloadKey, GraphBrowseRequest } from "../../msgraph/models.js";
import { badInput } from "../shared/errors.codes.js";

const DIGEST_LENGTH = 11;

export interface BrowseScope {
  workload: BrowseWorkloadKey;
  sessionId: string;
  request: GraphBrowseRequest;
}

const digestOf = (scope: BrowseScope) =>
  createHash("sha256")
    .update(JSON.stringify([scope.workload, scope.sessionId.toLowerCase(), scope.request]))
    .digest("base64url")
    .slice(0, DIGEST_LENGTH);

export const bindCursor = (scope: BrowseScope, cursor: string): string => `${digestOf(scope)}${cursor}`;

/** The workload of the listing `after` continues and the inner connection cursor; refused when it is another listing's. */
export function unbindCursor(
  after: string,
  scopeOf: (workload: BrowseWorkloadKey) => BrowseScope,
): { workload: BrowseWorkloadKey; cursor: string } {
  for (const workload of ["oneDriveForBusiness", "sharePoint"] as const) {
    const prefix = digestOf(scopeOf(workload));
    if (after.length > DIGEST_LENGTH && after.startsWith(prefix)) return { workload, cursor: after.slice(DIGEST_LENGTH) };
  }
  throw badInput("after", "The cursor is not one this gateway issued for this browse input");
}
