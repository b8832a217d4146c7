// searchRestorePoints: Graph's restorePoints/search, split into calls of 20 units, with an optional mail search
// (artifactQuery) that Graph takes for exactly one unit. Everything is checked before the first call.
import type { GraphRestorePointSearchRequest, GraphRestorePointSearchResponse } from "../../msgraph/models.js";
import { lookbackPeriod, restorePointSearchRequest, SEARCH_UNIT_LIMIT } from "../../msgraph/restore-point-search.js";
import type { Context } from "../context.js";
import { camelCase } from "../shared/enum.map.js";
import { badInput } from "../shared/errors.codes.js";
import { requireIdList } from "../shared/input.validate.js";
import { requirePeriod } from "../shared/period.validate.js";
import { requireArtifactQuery } from "./artifact-query.validate.js";
import { RestorableArtifact, RestorePointPreference } from "./restore-point.enums.js";
import { mapRestorePoint, toGraphTags } from "./restore-point.map.js";
import { RestorePointSearchHit, RestorePointSearchResult, type SearchRestorePointsInput } from "./restore-point.type.js";

type SearchOptions = Omit<GraphRestorePointSearchRequest, "protectionUnitIds">;

/** The search's options as Graph takes them; BAD_USER_INPUT for anything Graph would refuse. */
function searchOptions(input: SearchRestorePointsInput, unitCount: number, now: number): SearchOptions {
  // No period: everything that can still be restored, with no end (Graph's now, not the gateway's clock).
  const period = input.protectionTimePeriod
    ? requirePeriod("input.protectionTimePeriod", input.protectionTimePeriod, now)
    : lookbackPeriod(now);
  const preference = input.restorePointPreference ?? RestorePointPreference.LATEST;
  if (preference === RestorePointPreference.UNKNOWN) throw badInput("input.restorePointPreference", "restorePointPreference must be LATEST or OLDEST");
  const tags = toGraphTags(input.tags);
  const options: SearchOptions = { protectionTimePeriod: period, restorePointPreference: camelCase(preference), ...(tags ? { tags } : {}) };
  if (input.artifactQuery) {
    if (unitCount !== 1) throw badInput("input.protectionUnitIds", "A search with artifactQuery takes exactly one protection unit id");
    const queryExpression = requireArtifactQuery("input.artifactQuery.queryExpression", input.artifactQuery.queryExpression);
    options.artifactQuery = { queryExpression, artifactType: camelCase(input.artifactQuery.artifactType ?? RestorableArtifact.MESSAGE) };
  }
  return options;
}

export async function searchRestorePoints(ctx: Context, input: SearchRestorePointsInput, now = Date.now()): Promise<RestorePointSearchResult> {
  const ids = requireIdList("input.protectionUnitIds", input.protectionUnitIds, "any", 1000);
  if (ids.length === 0) throw badInput("input.protectionUnitIds", "Give at least one protection unit id");
  const options = searchOptions(input, ids.length, now);
  const chunks = Array.from({ length: Math.ceil(ids.length / SEARCH_UNIT_LIMIT) }, (_, i) =>
    ids.slice(i * SEARCH_UNIT_LIMIT, (i + 1) * SEARCH_UNIT_LIMIT));
  const answers = await Promise.all(
    chunks.map(async (protectionUnitIds) => {
      const result = await ctx.upstream.send(restorePointSearchRequest({ protectionUnitIds, ...options }, now));
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
