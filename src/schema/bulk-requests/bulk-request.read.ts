// One bulk restore request by id, and its deletion. Graph deletes only a request that has finished (COMPLETED or
// COMPLETED_WITH_ERRORS; 403 InvalidStateForBulkRequestDeletion otherwise): the gateway reads it first and refuses
// an unfinished one itself, so a doomed delete costs Graph no write.
import { Arg, Ctx, Directive, ID, Info, Mutation, Query, Resolver } from "type-graphql";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { DeletePayload } from "../shared/delete.payload.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { requireGuid } from "../shared/input.validate.js";
import { hintTerminal, STATUS_CACHE_HINT } from "../shared/polling.hints.js";
import { Workload, workloadNames } from "../shared/workload.enums.js";
import { mapBulkRequest } from "./bulk-request.map.js";
import { RestoreArtifactsBulkAdditionRequest } from "./bulk-request.type.js";

function keyOf(workload: Workload, sessionId: string, id: string) {
  return { workload: workloadNames(workload).key, sessionId: requireGuid("sessionId", sessionId), id: requireGuid("id", id) };
}

@Resolver()
export class BulkRequestReadResolver {
  @Query(() => RestoreArtifactsBulkAdditionRequest, {
    nullable: true,
    description: "One bulk restore request of a session; poll it until isTerminal. NOT_FOUND when Graph has none.",
  })
  @Directive(STATUS_CACHE_HINT)
  async restoreArtifactsBulkAdditionRequest(
    @Arg("workload", () => Workload) workload: Workload,
    @Arg("sessionId", () => ID, { description: "The restore session the request belongs to." }) sessionId: string,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: unknown,
  ) {
    const key = keyOf(workload, sessionId, id);
    const request = mapBulkRequest(await ctx.loaders.bulkRequest.load(key), key.workload, key.sessionId);
    hintTerminal(info, request.isTerminal);
    return request;
  }

  @Mutation(() => DeletePayload, {
    description: "Deletes a bulk restore request that has finished (COMPLETED or COMPLETED_WITH_ERRORS); CONFLICT naming its status otherwise.",
  })
  async deleteRestoreArtifactsBulkAdditionRequest(
    @Arg("workload", () => Workload) workload: Workload,
    @Arg("sessionId", () => ID, { description: "The restore session the request belongs to." }) sessionId: string,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
  ) {
    const key = keyOf(workload, sessionId, id);
    ctx.loaders.bulkRequest.clear(key);
    const request = mapBulkRequest(await ctx.loaders.bulkRequest.load(key), key.workload, key.sessionId);
    if (!request.isTerminal) {
      throw gatewayError(
        GatewayErrorCode.CONFLICT,
        `Bulk restore request ${key.id} is ${request.status}; only COMPLETED or COMPLETED_WITH_ERRORS requests can be deleted`,
        {
          field: "id",
          reason: "BulkRequestNotCompleted",
          status: request.status,
          hint: "Activate its restore session and delete the request once it has completed.",
        },
      );
    }
    await ctx.graph.delete(paths.sessionBulkRequest(key.workload, key.sessionId, key.id));
    ctx.loaders.bulkRequest.clear(key);
    return Object.assign(new DeletePayload(), { id: key.id, deleted: true });
  }
}
