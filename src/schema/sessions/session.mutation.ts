import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { GraphRestoreSession } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { DeletePayload } from "../shared/delete.payload.js";
import { requireGuid } from "../shared/input.validate.js";
import { changeArtifacts } from "./artifact-change.apply.js";
import { mapSession } from "./session.map.js";
import { createRestoreSession } from "./session.create.js";
import { requireActivationSlot, requireDraft } from "./session.guard.js";
import { AddRestoreArtifactsInput, CreateRestoreSessionInput, RemoveRestoreArtifactsInput } from "./session.input.js";
import { RestoreArtifactChangesPayload, RestoreSessionPayload } from "./session.payload.js";
import { loadSession } from "./session.resolver.js";

@Resolver()
export class SessionMutationResolver {
  @Mutation(() => RestoreSessionPayload, {
    description: "Creates a DRAFT restore session: empty (then submit a bulk request), or with up to 50 artifacts and, for EXCHANGE, up to 50 granular mail artifacts (each the items one searchRestorePoints with artifactQuery found).",
  })
  createRestoreSession(@Arg("input", () => CreateRestoreSessionInput) input: CreateRestoreSessionInput, @Ctx() ctx: Context) {
    return createRestoreSession(ctx, input);
  }

  @Mutation(() => RestoreArtifactChangesPayload, {
    description: "Adds artifacts to a DRAFT session (Graph's @delta PATCH, 50 per call, in order); one result per artifact.",
  })
  addRestoreArtifacts(@Arg("input", () => AddRestoreArtifactsInput) input: AddRestoreArtifactsInput, @Ctx() ctx: Context) {
    return changeArtifacts(ctx, { sessionId: input.sessionId, add: input.artifacts, addField: "input.artifacts", removeField: "input.artifactIds" });
  }

  @Mutation(() => RestoreArtifactChangesPayload, {
    description: "Removes artifacts from a DRAFT session (50 per call, in order); one result per artifact id.",
  })
  removeRestoreArtifacts(@Arg("input", () => RemoveRestoreArtifactsInput) input: RemoveRestoreArtifactsInput, @Ctx() ctx: Context) {
    return changeArtifacts(ctx, { sessionId: input.sessionId, remove: input.artifactIds, addField: "input.artifacts", removeField: "input.artifactIds" });
  }

  @Mutation(() => RestoreSessionPayload, {
    description: "Starts restoring a DRAFT session (DRAFT → ACTIVATING → ACTIVE → COMPLETED…). Refused while 25 sessions are activating or active.",
  })
  async activateRestoreSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const sessionId = requireGuid("id", id);
    // Both reads go out in the same tick, so the request's scheduler sends them as one $batch.
    await Promise.all([requireDraft(ctx, sessionId, "id", "activated"), requireActivationSlot(ctx, "id")]);
    const raw = await ctx.graph.post<GraphRestoreSession>(paths.restoreSessionActivate(sessionId));
    ctx.loaders.session.clear(sessionId);
    // The action's answer may omit @odata.type; then read the session back to learn its kind.
    const session = raw?.["@odata.type"] ? mapSession(raw) : await loadSession(ctx, sessionId, "id", true);
    return Object.assign(new RestoreSessionPayload(), { session });
  }

  @Mutation(() => DeletePayload, { description: "Deletes a DRAFT restore session." })
  async deleteRestoreSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const sessionId = requireGuid("id", id);
    await requireDraft(ctx, sessionId, "id", "deleted");
    await ctx.graph.delete(paths.restoreSession(sessionId));
    ctx.loaders.session.clear(sessionId);
    return Object.assign(new DeletePayload(), { id: sessionId, deleted: true });
  }
}
