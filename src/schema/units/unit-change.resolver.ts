import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { changeUnits } from "./unit-change.apply.js";
import { ProtectionUnitChangesPayload } from "./unit-change.type.js";
import {
  AddDriveProtectionUnitsInput,
  AddMailboxProtectionUnitsInput,
  AddSiteProtectionUnitsInput,
  ChangeProtectionUnitsInput,
  RemoveProtectionUnitsInput,
} from "./unit.input.js";

@Resolver()
export class UnitChangeResolver {
  @Mutation(() => ProtectionUnitChangesPayload, { description: "Adds mailboxes to an Exchange policy; one result per id." })
  addMailboxProtectionUnits(@Arg("input", () => AddMailboxProtectionUnitsInput) input: AddMailboxProtectionUnitsInput, @Ctx() ctx: Context) {
    return changeUnits(ctx, { policyId: input.policyId, add: input.directoryObjectIds, workload: "exchange", addField: "input.directoryObjectIds", removeField: "input.remove" });
  }

  @Mutation(() => ProtectionUnitChangesPayload, { description: "Adds OneDrive accounts to a OneDrive policy; one result per id." })
  addDriveProtectionUnits(@Arg("input", () => AddDriveProtectionUnitsInput) input: AddDriveProtectionUnitsInput, @Ctx() ctx: Context) {
    return changeUnits(ctx, { policyId: input.policyId, add: input.directoryObjectIds, workload: "oneDriveForBusiness", addField: "input.directoryObjectIds", removeField: "input.remove" });
  }

  @Mutation(() => ProtectionUnitChangesPayload, { description: "Adds sites to a SharePoint policy; one result per id." })
  addSiteProtectionUnits(@Arg("input", () => AddSiteProtectionUnitsInput) input: AddSiteProtectionUnitsInput, @Ctx() ctx: Context) {
    return changeUnits(ctx, { policyId: input.policyId, add: input.siteIds, workload: "sharePoint", addField: "input.siteIds", removeField: "input.remove" });
  }

  @Mutation(() => ProtectionUnitChangesPayload, { description: "Removes units from their policy; one result per id." })
  removeProtectionUnits(@Arg("input", () => RemoveProtectionUnitsInput) input: RemoveProtectionUnitsInput, @Ctx() ctx: Context) {
    return changeUnits(ctx, { policyId: input.policyId, remove: input.protectionUnitIds, addField: "input.add", removeField: "input.protectionUnitIds" });
  }

  @Mutation(() => ProtectionUnitChangesPayload, {
    description: "Adds and removes units in one change (Graph's @delta PATCH, 50 items per call, in order); one result per item.",
  })
  changeProtectionUnits(@Arg("input", () => ChangeProtectionUnitsInput) input: ChangeProtectionUnitsInput, @Ctx() ctx: Context) {
    return changeUnits(ctx, { policyId: input.policyId, add: input.add, remove: input.remove, addField: "input.add", removeField: "input.remove" });
  }
}
