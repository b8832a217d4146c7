import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { GraphRestorePointSearchResponse } from "../../msgraph/models.js";
import { restorePointSearchRequest, SEARCH_UNIT_LIMIT } from "../../msgraph/restore-point-search.js";
import type { Context } from "../context.js";
import { camelCase } from "../shared/enum.map.js";
import { badInput } from "../shared/errors.codes.js";
import { lookbackDates, requirePeriod } from "../shared/period.validate.js";
import { requireIdList } from "../shared/input.validate.js";
import { ProtectionUnit } from "../units/unit.interface.js";
import { mapUnit } from "../units/unit.map.js";
import { RestorePointPreference } from "./restore-point.enums.js";
import { mapRestorePoint, toGraphTags } from "./restore-point.map.js";
import { RestorePoint, RestorePointSearchHit, RestorePointSearchResult, SearchRestorePointsInput } from "./restore-point.type.js";

@Resolver(() => RestorePoint)
export class RestorePointResolver {
  @Query(() => RestorePointSearchResult, {
    description: "Finds restore points of protection units (at most one per unit: the latest or oldest in the period). Lists over 20 units are split into parallel Graph searches; searchResponseId is then the first one's.",
  })
  async searchRestorePoints(@Arg("input", () => SearchRestorePointsInput) input: SearchRestorePointsInput, @Ctx() ctx: Context) {
    const ids = requireIdList("input.protectionUnitIds", input.protectionUnitIds, "any", 1000);
    if (ids.length === 0) throw badInput("input.protectionUnitIds", "Give at least one protection unit id");
    const now = Date.now();
    const period = requirePeriod("input.protectionTimePeriod", input.protectionTimePeriod ?? lookbackDates(now), now);
    const preference = input.restorePointPreference ?? RestorePointPreference.LATEST;
    if (preference === RestorePointPreference.UNKNOWN) throw badInput("input.restorePointPreference", "restorePointPreference must be LATEST or OLDEST");
    const tags = toGraphTags(input.tags);
    const chunks = Array.from({ length: Math.ceil(ids.length / SEARCH_UNIT_LIMIT) }, (_, i) =>
      ids.slice(i * SEARCH_UNIT_LIMIT, (i + 1) * SEARCH_UNIT_LIMIT));
    const answers = await Promise.all(
      chunks.map(async (protectionUnitIds) => {
        const result = await ctx.upstream.send(restorePointSearchRequest({
          protectionUnitIds, protectionTimePeriod: period, restorePointPreference: camelCase(preference), ...(tags ? { tags } : {}),
        }));
        if (!result.ok) throw result.error;
        return result.body as GraphRestorePointSearchResponse;
      }),
    );
    return Object.assign(new RestorePointSearchResult(), {
      searchResponseId: answers.find((a) => a.searchResponseId)?.searchResponseId ?? null,
      results: answers.flatMap((a) => a.searchResults ?? []).map((hit) =>
        Object.assign(new RestorePointSearchHit(), { restorePoint: mapRestorePoint(hit.restorePoint), artifactHitCount: hit.artifactHitCount ?? null }),
      ),
      noResultProtectionUnitIds: answers.flatMap((a) => a.noResultProtectionUnitIds ?? []),
    });
  }

  @FieldResolver(() => ProtectionUnit, { nullable: true, description: "The protection unit this point belongs to." })
  async protectionUnit(@Root() point: RestorePoint, @Ctx() ctx: Context) {
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
}
