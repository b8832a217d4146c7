// A restore point list resumes at an instant: the next page asks Graph for the points protected before the last one
// read. The cursor carries only that bound (and the unit it was issued for), so nothing is held between requests
// and a forged cursor can only move along the same unit's own points.
import { createHash } from "node:crypto";
import { badInput } from "../shared/errors.codes.js";

interface WireCursor {
  /** Digest of the unit id: a cursor of one unit's list is refused on another's. */
  h: string;
  /** The bound: epoch ms, exclusive. */
  b: number;
}

/** Dates Graph can hold: a bound outside them is not one we issued. */
const MAX_TIME = Date.parse("9999-12-31T23:59:59Z");

const unitDigest = (unitId: string) =>
  createHash("sha256").update(`restorePoints\n${unitId.toLowerCase()}`).digest("base64url").slice(0, 10);

export function encodePointCursor(unitId: string, before: number): string {
  const wire: WireCursor = { h: unitDigest(unitId), b: before };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/** The exclusive bound the cursor resumes at; BAD_USER_INPUT for anything this gateway did not issue for the unit. */
export function decodePointCursor(cursor: string, unitId: string): number {
  const refuse = () => badInput("after", "The cursor is not one this gateway issued for this unit's restore points");
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.toString("base64url") !== cursor) throw refuse();
  let wire: unknown;
  try {
    wire = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!wire || typeof wire !== "object" || Array.isArray(wire)) throw refuse();
  const { h, b, ...rest } = wire as Partial<WireCursor>;
  if (Object.keys(rest).length || h !== unitDigest(unitId)) throw refuse();
  if (!Number.isSafeInteger(b) || (b as number) < 0 || (b as number) > MAX_TIME) throw refuse();
  return b as number;
}
