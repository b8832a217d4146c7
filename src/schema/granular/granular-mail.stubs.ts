// Granular mailbox stubs of an Exchange session create, checked before anything goes upstream: each names a restore
// point search (its searchResponseId, an opaque id like `M2UyZDAw...`) and a restore point of its results.
import type { GraphGranularMailboxRestoreArtifactAdd } from "../../msgraph/models.js";
import { camelCase } from "../shared/enum.map.js";
import { badInput } from "../shared/errors.codes.js";
import { requireIdList } from "../shared/input.validate.js";
import { DestinationType } from "../sessions/session.enums.js";
import type { GranularMailboxRestoreArtifactInput } from "./granular-mail.input.js";

export interface GranularMailStub {
  searchResponseId: string;
  restorePointId: string;
  /** Graph's spelling: new | inPlace. */
  destinationType: string;
}

/**
 * Search ids (none repeated: a search's items restore once per session), restore point ids, known destination types.
 * The one-destination-per-session rule spans whole-mailbox artifacts too, so the caller checks it over both lists.
 */
export function requireGranularMailStubs(field: string, inputs: readonly GranularMailboxRestoreArtifactInput[], max: number): GranularMailStub[] {
  if (inputs.length > max) throw badInput(field, `${field} holds ${inputs.length} items; at most ${max} are accepted`);
  // Search ids are base64-like, so compared with case; two searches of one mailbox may share a restore point.
  const seen = new Set<string>();
  const searches = inputs.map((a) => {
    const id = requireIdList(`${field}.searchResponseId`, [a.searchResponseId], "any")[0]!;
    if (seen.has(id)) throw badInput(`${field}.searchResponseId`, `${field} names search "${id}" more than once`, id);
    seen.add(id);
    return id;
  });
  const points = inputs.map((a) => requireIdList(`${field}.restorePointId`, [a.restorePointId], "any")[0]!);
  return inputs.map((a, i) => {
    const destination = a.destinationType ?? DestinationType.NEW;
    if (destination === DestinationType.UNKNOWN) {
      throw badInput(`${field}.destinationType`, "destinationType must be NEW or IN_PLACE", a.searchResponseId);
    }
    return { searchResponseId: searches[i]!, restorePointId: points[i]!, destinationType: camelCase(destination) };
  });
}

export function granularMailStubBody(stub: GranularMailStub): GraphGranularMailboxRestoreArtifactAdd {
  return { restorePoint: { id: stub.restorePointId }, destinationType: stub.destinationType, searchResponseId: stub.searchResponseId };
}
