// Adds and removes items picked in browse sessions (granular drive and site artifacts) through the same generic
// `@delta` path as units and whole-unit artifacts: validate, check the DRAFT session, PATCH, pair every answer
// element with its item, read the session back. Graph takes at most 50 items per PATCH, and so does a call here.
import {
  GRANULAR_ITEM_COLLECTIONS,
  type GranularItemWorkload,
  type GraphGranularRestoreArtifact,
  type GraphGranularRestoreArtifactAdd,
} from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { mapPublicError } from "../shared/common.map.js";
import {
  correlateDelta,
  DELTA_CHUNK,
  deltaRemoval,
  patchInChunks,
  type ChangeItem,
  type DeltaOutcome,
  type DeltaShape,
} from "../shared/delta.patch.js";
import { badInput } from "../shared/errors.codes.js";
import { requireGuid, requireIdList } from "../shared/input.validate.js";
import { requireEditableDraft } from "../sessions/session.guard.js";
import { RestoreArtifactChangeOperation } from "../sessions/session.payload.js";
import { loadSession } from "../sessions/session.resolver.js";
import type { GranularRestoreItemInput } from "./granular-items.input.js";
import { mapGranularItem } from "./granular-items.map.js";
import { readItemSources } from "./granular-items.sources.js";
import { GranularRestoreArtifactChangeResult, GranularRestoreArtifactChangesPayload } from "./granular-items.payload.js";
import { checkGranularItems, type GranularStub } from "./granular-items.validate.js";

/**
 * Graph answers an add with the new artifact, whose id is the item key in the docs' example (the key itself is no
 * property of the artifact), and echoes a removal as `{ id, "@removed" }`: a removal it does not mention has no outcome.
 */
const GRANULAR_SHAPE: DeltaShape = {
  addKeyOf: (e) => {
    if ("@removed" in e) return undefined;
    const key = e.itemKey ?? e.id;
    return typeof key === "string" ? key : undefined;
  },
  silentRemovalSucceeds: false,
};

type Operation = { add: GranularStub[]; remove?: undefined } | { remove: string[]; add?: undefined };

/** The DRAFT OneDrive or SharePoint session and its granular workload; Exchange and bulk-filled sessions refused. */
async function requireGranularSession(ctx: Context, sessionId: string): Promise<GranularItemWorkload> {
  const { session, names } = await requireEditableDraft(ctx, sessionId, "input.sessionId");
  if (names.key === "exchange") {
    throw badInput(
      "input.sessionId",
      `Restore session ${session.id} is an Exchange session; items picked while browsing restore into OneDrive or SharePoint sessions`,
    );
  }
  return names.key;
}

export async function addGranularItems(
  ctx: Context,
  sessionId: string,
  items: readonly GranularRestoreItemInput[],
): Promise<GranularRestoreArtifactChangesPayload> {
  const id = requireGuid("input.sessionId", sessionId);
  const { stubs, workload: wanted } = checkGranularItems("input.items", items);
  // The restore session and the browse sessions are read in one wave; the restore session's refusal comes first.
  const sources = readItemSources(ctx, stubs);
  const workload = await requireGranularSession(ctx, id);
  if (workload !== wanted) {
    const want = workload === "sharePoint" ? "siteId" : "directoryObjectId";
    throw badInput(`input.items.${want}`, `Restore session ${id} is a ${workload} session: every item needs its ${want}`);
  }
  await sources.check(workload);
  return apply(ctx, id, workload, { add: stubs });
}

export async function removeGranularItems(
  ctx: Context,
  sessionId: string,
  ids: readonly string[],
): Promise<GranularRestoreArtifactChangesPayload> {
  const id = requireGuid("input.sessionId", sessionId);
  const removes = requireIdList("input.ids", ids, "any", DELTA_CHUNK);
  if (removes.length === 0) throw badInput("input.ids", "Nothing to change: give at least one artifact id");
  return apply(ctx, id, await requireGranularSession(ctx, id), { remove: removes });
}

async function apply(
  ctx: Context,
  sessionId: string,
  workload: GranularItemWorkload,
  operation: Operation,
): Promise<GranularRestoreArtifactChangesPayload> {
  const property = `${GRANULAR_ITEM_COLLECTIONS[workload]}@delta`;
  const stubs = new Map((operation.add ?? []).map((s) => [s.itemKey, s]));
  const items: ChangeItem[] = operation.add
    ? operation.add.map((s) => ({ operation: "add" as const, target: s.itemKey }))
    : operation.remove.map((target) => ({ operation: "remove" as const, target }));
  const path = paths.restoreSession(sessionId, workload);
  const outcomes = await patchInChunks<GraphGranularRestoreArtifact>(items, async (chunk) => {
    const body = {
      [property]: chunk.map((item) => (item.operation === "add" ? wire(stubs.get(item.target)!) : deltaRemoval(item.target))),
    };
    const answer = await ctx.graph.patch<Record<string, unknown>>(path, body);
    return correlateDelta<GraphGranularRestoreArtifact>(GRANULAR_SHAPE, chunk, answer?.[property]);
  });
  return Object.assign(new GranularRestoreArtifactChangesPayload(), {
    session: await loadSession(ctx, sessionId, "input.sessionId", true),
    results: outcomes.map((o) => toResult(o, workload === "sharePoint")),
  });
}

function wire(stub: GranularStub): GraphGranularRestoreArtifactAdd {
  return {
    browseSessionId: stub.browseSessionId,
    itemKey: stub.itemKey,
    ...(stub.directoryObjectId ? { directoryObjectId: stub.directoryObjectId } : {}),
    ...(stub.siteId ? { siteId: stub.siteId } : {}),
  };
}

function toResult(outcome: DeltaOutcome<GraphGranularRestoreArtifact>, site: boolean): GranularRestoreArtifactChangeResult {
  const added = outcome.item.operation === "add";
  return Object.assign(new GranularRestoreArtifactChangeResult(), {
    operation: added ? RestoreArtifactChangeOperation.ADD : RestoreArtifactChangeOperation.REMOVE,
    target: outcome.item.target,
    succeeded: outcome.error === null,
    artifact: added && outcome.entity ? mapGranularItem(outcome.entity, site) : null,
    error: mapPublicError(outcome.error),
  });
}
