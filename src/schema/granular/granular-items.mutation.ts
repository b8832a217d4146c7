import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { addGranularItems, removeGranularItems } from "./granular-items.apply.js";
import { AddGranularRestoreArtifactsInput, RemoveGranularRestoreArtifactsInput } from "./granular-items.input.js";
import { GranularRestoreArtifactChangesPayload } from "./granular-items.payload.js";

@Resolver()
export class GranularItemMutationResolver {
  @Mutation(() => GranularRestoreArtifactChangesPayload, {
    description:
      "Adds files, folders or libraries picked in browse sessions to a DRAFT OneDrive or SharePoint restore session (Graph's granular @delta PATCH, at most 50 items); one result per item, failures included.",
  })
  addGranularRestoreArtifacts(
    @Arg("input", () => AddGranularRestoreArtifactsInput) input: AddGranularRestoreArtifactsInput,
    @Ctx() ctx: Context,
  ) {
    return addGranularItems(ctx, input.sessionId, input.items);
  }

  @Mutation(() => GranularRestoreArtifactChangesPayload, {
    description: "Takes granular artifacts out of a DRAFT OneDrive or SharePoint restore session (at most 50); one result per id.",
  })
  removeGranularRestoreArtifacts(
    @Arg("input", () => RemoveGranularRestoreArtifactsInput) input: RemoveGranularRestoreArtifactsInput,
    @Ctx() ctx: Context,
  ) {
    return removeGranularItems(ctx, input.sessionId, input.ids);
  }
}
