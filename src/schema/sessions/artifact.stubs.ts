// Artifact stubs of a session create or an `...RestoreArtifacts@delta` add, checked before anything goes upstream.
import type { GraphRestoreArtifactAdd } from "../../msgraph/models.js";
import { camelCase } from "../shared/enum.map.js";
import { badInput } from "../shared/errors.codes.js";
import { requireIdList } from "../shared/input.validate.js";
import { DestinationType } from "./session.enums.js";
import type { RestoreArtifactInput } from "./session.input.js";

export interface ArtifactStub {
  restorePointId: string;
  /** Graph's spelling: new | inPlace. */
  destinationType: string;
}

/** Restore point ids, no repeats, known destination types, and one destination type for all (Graph's rule per session). */
export function requireArtifactStubs(field: string, artifacts: readonly RestoreArtifactInput[], max: number): ArtifactStub[] {
  const ids = requireIdList(`${field}.restorePointId`, artifacts.map((a) => a.restorePointId), "any", max);
  const stubs = artifacts.map((a, i) => {
    const destination = a.destinationType ?? DestinationType.NEW;
    if (destination === DestinationType.UNKNOWN) {
      throw badInput(`${field}.destinationType`, "destinationType must be NEW or IN_PLACE", a.restorePointId);
    }
    return { restorePointId: ids[i]!, destinationType: camelCase(destination) };
  });
  const first = stubs[0];
  const other = stubs.find((s) => s.destinationType !== first?.destinationType);
  if (other) throw badInput(`${field}.destinationType`, "All artifacts of a restore session share one destinationType", other.restorePointId);
  return stubs;
}

/** The wire form of a stub (older pages used `{"@odata.id": id}`; current ones `{ id }`). */
export function stubBody(stub: ArtifactStub): GraphRestoreArtifactAdd {
  return { restorePoint: { id: stub.restorePointId }, destinationType: stub.destinationType };
}
