// ProtectionUnit.restorePoints: a connection, newest first, over Graph's 5-point windows (restore-point.windows.ts).
import type { Context } from "../context.js";
import { PageInfo, type ConnectionShape } from "../shared/connection.type.js";
import { pageSize } from "../shared/connection.paginate.js";
import { badInput } from "../shared/errors.codes.js";
import type { ProtectionUnit } from "../units/unit.interface.js";
import type { RestorePointsArgs } from "./restore-point.connection.js";
import { decodePointCursor, encodePointCursor } from "./restore-point.cursor.js";
import { mapRestorePoint } from "./restore-point.map.js";
import type { RestorePoint } from "./restore-point.type.js";
import { OPEN_END_AHEAD_MS, readPointWindows } from "./restore-point.windows.js";

/** Default page: one Graph window. */
const DEFAULT_FIRST = 5;
/** Every 5 points are one more sequential upstream wave: 100 points are 20; further pages go through `after`. */
export const MAX_POINTS_PER_PAGE = 100;

export async function listUnitRestorePoints(
  ctx: Context,
  unit: ProtectionUnit,
  args: RestorePointsArgs,
  now = Date.now(),
): Promise<ConnectionShape<RestorePoint>> {
  const first = pageSize(args.first, DEFAULT_FIRST, Math.min(ctx.maxPageSize, MAX_POINTS_PER_PAGE));
  let before = args.protectedBefore?.getTime() ?? now + OPEN_END_AHEAD_MS;
  if (args.after != null) before = Math.min(before, decodePointCursor(args.after, unit.id));
  const notBefore = args.protectedAfter?.getTime();
  if (notBefore !== undefined && args.protectedBefore != null && notBefore >= args.protectedBefore.getTime())
    throw badInput("protectedAfter", "protectedAfter must be before protectedBefore");
  const { points, more } =
    first === 0 || (notBefore !== undefined && before <= notBefore)
      ? { points: [], more: false }
      : await readPointWindows(ctx, { unitId: unit.id, before, ...(notBefore === undefined ? {} : { notBefore }), first });
  const edges = points.map(({ raw, time }) => ({
    cursor: encodePointCursor(unit.id, time),
    node: Object.assign(mapRestorePoint(raw), { protectionUnitId: unit.id, unit }),
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null }),
  };
}
