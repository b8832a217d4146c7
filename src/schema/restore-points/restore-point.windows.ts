// A unit's restore points, newest first, read the only way Graph lists them: at most 5 points protected before a
// bound. The next window's bound is the oldest point of the last one, so `first: 20` is four sequential reads; each
// goes through the request's page loader, so the windows of every unit of one query share each wave's $batch.
import { listPage } from "../../loaders/index.js";
import type { GraphRestorePoint } from "../../msgraph/models.js";
import { unitRestorePoints } from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { parseGraphDate } from "../shared/dates.parse.js";

/** Graph answers at most this many points per list call. */
export const POINT_WINDOW = 5;
/**
 * With no `protectedBefore`, the first window ends a day past the gateway's clock: no point is in Graph's future,
 * so any bound past Graph's now lists the newest, and a day covers a Graph clock running ahead of ours.
 */
export const OPEN_END_AHEAD_MS = 24 * 3600_000;

export interface PointWindowQuery {
  unitId: string;
  /** Exclusive upper bound, epoch ms. */
  before: number;
  /** Inclusive lower bound, epoch ms. */
  notBefore?: number;
  /** How many points to return. */
  first: number;
}

export interface TimedPoint {
  raw: GraphRestorePoint;
  /** protectionDateTime in epoch ms (Graph's sub-millisecond digits dropped). */
  time: number;
}

/** Up to `first` points, newest first; `more` when Graph may hold older ones within the bounds. */
export async function readPointWindows(ctx: Context, query: PointWindowQuery): Promise<{ points: TimedPoint[]; more: boolean }> {
  const points: TimedPoint[] = [];
  let bound = query.before;
  const notBefore = query.notBefore === undefined ? undefined : new Date(query.notBefore).toISOString();
  while (points.length < query.first) {
    const page = await listPage<GraphRestorePoint>(ctx.loaders, unitRestorePoints(query.unitId, new Date(bound).toISOString(), notBefore));
    const window = (page.value ?? [])
      .map((raw) => ({ raw, time: parseGraphDate(raw.protectionDateTime)?.getTime() ?? Number.NaN }))
      // Whatever Graph sends outside the bounds (or without a time) would break the order the cursor relies on.
      .filter((p) => p.time < bound && (query.notBefore === undefined || p.time >= query.notBefore))
      .sort((a, b) => b.time - a.time);
    points.push(...window.slice(0, query.first - points.length));
    if ((page.value ?? []).length < POINT_WINDOW || window.length === 0) return { points, more: false };
    bound = window.at(-1)!.time;
    if (query.notBefore !== undefined && bound <= query.notBefore) return { points, more: false };
  }
  return { points, more: true };
}
