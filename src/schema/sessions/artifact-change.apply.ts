// Adds and removes restore artifacts of a DRAFT session through the same generic `@delta` path as units: validate,
// check the session locally, PATCH in chunks of 50, pair every answer element with its item, read the session back.
import { type GraphRestoreArtifact, type WorkloadKey, type WorkloadNames } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { correlateDelta, deltaRemoval, patchInChunks, type ChangeItem, type DeltaOutcome, type DeltaShape } from "../shared/delta.patch.js";
import { badInput } from "../shared/errors.codes.js";
import { mapPublicError } from "../shared/common.map.js";
import { requireGuid, requireIdList } from "../shared/input.validate.js";
import { requireArtifactStubs, stubBody, type ArtifactStub } from "./artifact.stubs.js";
import { mapArtifact } from "./session.map.js";
import { requireEditableDraft } from "./session.guard.js";
import type { RestoreArtifactInput } from "./session.input.js";
import { RestoreArtifactChangeOperation, RestoreArtifactChangeResult, RestoreArtifactChangesPayload } from "./session.payload.js";
import { loadSession } from "./session.resolver.js";

/** Restore artifacts are keyed by their restore point; Graph does not echo successful removals (session pages). */
const ARTIFACT_SHAPE: DeltaShape = {
  addKeyOf: (e) => {
    const point = e.restorePoint as { id?: unknown } | undefined;
    return typeof point?.id === "string" ? point.id : undefined;
  },
  silentRemovalSucceeds: true,
};

export interface ArtifactChange {
  sessionId: string;
  add?: readonly RestoreArtifactInput[] | null;
  remove?: readonly string[] | null;
  addField: string;
  removeField: string;
}

function deltaBody(names: WorkloadNames, chunk: readonly ChangeItem[], stubs: Map<string, ArtifactStub>): Record<string, unknown> {
  return {
    [`${names.restoreArtifactCollection}@delta`]: chunk.map((item) =>
      item.operation === "add" ? stubBody(stubs.get(item.target)!) : deltaRemoval(item.target),
    ),
  };
}

export async function changeArtifacts(ctx: Context, change: ArtifactChange): Promise<RestoreArtifactChangesPayload> {
  const sessionId = requireGuid("input.sessionId", change.sessionId);
  const adds = requireArtifactStubs(change.addField, change.add ?? [], 10_000);
  const removes = requireIdList(change.removeField, change.remove ?? [], "any", 10_000);
  if (adds.length + removes.length === 0) throw badInput(change.add ? change.addField : change.removeField, "Nothing to change: give at least one artifact");

  const { names } = await requireEditableDraft(ctx, sessionId, "input.sessionId");
  const stubs = new Map(adds.map((s) => [s.restorePointId, s]));
  const items: ChangeItem[] = [
    ...adds.map((s) => ({ operation: "add" as const, target: s.restorePointId })),
    ...removes.map((target) => ({ operation: "remove" as const, target })),
  ];
  const path = paths.restoreSession(sessionId, names.key);
  const outcomes = await patchInChunks<GraphRestoreArtifact>(items, async (chunk) => {
    const answer = await ctx.graph.patch<Record<string, unknown>>(path, deltaBody(names, chunk, stubs));
    return correlateDelta<GraphRestoreArtifact>(ARTIFACT_SHAPE, chunk, answer?.[`${names.restoreArtifactCollection}@delta`]);
  });

  return Object.assign(new RestoreArtifactChangesPayload(), {
    session: await loadSession(ctx, sessionId, "input.sessionId", true),
    results: outcomes.map((o) => toResult(o, names.key)),
  });
}

function toResult(outcome: DeltaOutcome<GraphRestoreArtifact>, key: WorkloadKey): RestoreArtifactChangeResult {
  return Object.assign(new RestoreArtifactChangeResult(), {
    operation: outcome.item.operation === "add" ? RestoreArtifactChangeOperation.ADD : RestoreArtifactChangeOperation.REMOVE,
    target: outcome.item.target,
    succeeded: outcome.error === null,
    artifact: outcome.entity ? mapArtifact(outcome.entity, key) : null,
    error: mapPublicError(outcome.error),
  });
}
