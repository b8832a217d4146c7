import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GraphRestorePoint } from "../../msgraph/models.js";
import { restorePoint as restorePointPath } from "../../msgraph/paths.js";
import { segmentProblem } from "../../msgraph/url.js";
import type { Context } from "../context.js";
import { badInput } from "../shared/errors.codes.js";
import { ProtectionUnit } from "../units/unit.interface.js";
import { mapUnit } from "../units/unit.map.js";
import { RestorePointConnection, RestorePointsArgs } from "./restore-point.connection.js";
import { listUnitRestorePoints } from "./restore-point.list.js";
import { mapRestorePoint } from "./restore-point.map.js";
import { searchRestorePoints } from "./restore-point.search.js";
import { RestorePoint, RestorePointSearchResult, SearchRestorePointsInput } from "./restore-point.type.js";

@Resolver(() => RestorePoint)
export class RestorePointResolver {
  @Query(() => RestorePointSearchResult, {
    description:
      "Finds restore points of protection units (at most one per unit: the latest or oldest in the period). Lists over 20 units are " +
      "split into parallel Graph searches; searchResponseId is then the first one's. With artifactQuery (exactly one unit) it searches " +
      "the unit's mail: each result has artifactHitCount, and searchResponseId is what a granular mailbox restore refers to.",
  })
  async searchRestorePoints(@Arg("input", () => SearchRestorePointsInput) input: SearchRestorePointsInput, @Ctx() ctx: Context) {
    return searchRestorePoints(ctx, input);
  }

  @Query(() => RestorePoint, { nullable: true, description: "One restore point by id, with its unit; a NOT_FOUND error when Graph has none." })
  async restorePoint(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<RestorePoint> {
    const trimmed = typeof id === "string" ? id.trim() : "";
    // Graph's restore point ids are opaque (`<guid>_1801645000_12_2`, base64): any one path segment will do.
    if (segmentProblem(trimmed) !== undefined) throw badInput("id", "id must be a restore point id (one path segment, 1 to 512 characters)");
    const result = await ctx.upstream.send({ method: "GET", path: restorePointPath(trimmed) });
    if (!result.ok) throw result.error;
    return mapRestorePoint(result.body as GraphRestorePoint);
  }

  @FieldResolver(() => ProtectionUnit, { nullable: true, description: "The protection unit this point belongs to." })
  async protectionUnit(@Root() point: RestorePoint, @Ctx() ctx: Context) {
    if (point.unit) return point.unit;
    return point.protectionUnitId ? mapUnit(await ctx.loaders.unit.load(point.protectionUnitId)) : null;
  }
}

@Resolver(() => ProtectionUnit)
export class UnitRestorePointResolver {
  @FieldResolver(() => RestorePoint, {
    nullable: true,
    description: "The unit's newest restore point of the last year; every unit of a response is looked up in the same batched searches.",
  })
  async latestRestorePoint(@Root() unit: ProtectionUnit, @Ctx() ctx: Context): Promise<RestorePoint | null> {
    const raw = await ctx.loaders.latestRestorePoint.load(unit.id);
    return raw ? mapRestorePoint(raw) : null;
  }

  @FieldResolver(() => RestorePointConnection, {
    description:
      "The unit's restore points, newest first. Graph lists 5 per call, so every 5 points are one more sequential read; the reads of " +
      "every unit of a query share each wave's $batch. Default first: 5, at most 100.",
  })
  async restorePoints(@Root() unit: ProtectionUnit, @Args(() => RestorePointsArgs) args: RestorePointsArgs, @Ctx() ctx: Context) {
    return listUnitRestorePoints(ctx, unit, args);
  }
}
