// A cursor carries Graph's continuation of a page (the nextLink's $skiptoken or $skip, as Graph wrote it) plus an
// offset into that page, so nothing is held between requests. It carries no path: every page is read from the
// path of the field being resolved, so a forged cursor can only move along that field's own list.
import { createHash } from "node:crypto";
import { isContinuation, MAX_SKIPTOKEN_LENGTH, type Continuation } from "../../msgraph/url.js";
import { badInput } from "./errors.codes.js";

/** Where a list resumes: which collection, which page of it (Graph's continuation; none for the first) and which item. */
export interface Position {
  /** Graph's paging parameters of the page; absent on the first page. */
  c?: Continuation;
  /** Index of the next item to read in that page. */
  o: number;
  /** Which collection of a multi-collection list (absent: the first). */
  s?: number;
}

/** The cursor on the wire: base64url JSON of these keys and no others. */
interface WireCursor {
  /** The list the cursor belongs to (a digest of its collection paths, the same on every replica). */
  h: string;
  o: number;
  s?: number;
  /** $skiptoken, as Graph wrote it. */
  t?: string;
  /** $skip. */
  k?: number;
}

const WIRE_KEYS = new Set(["h", "o", "s", "t", "k"]);
/** No page holds more items than this; an offset beyond it is not one we issued. */
const MAX_OFFSET = 1_000_000;
/** The longest cursor we issue: a maximal skip token in base64url plus the few other keys. */
export const MAX_CURSOR_LENGTH = Math.ceil(((MAX_SKIPTOKEN_LENGTH + 120) * 4) / 3);

export const pathsOf = (collectionPath: string | readonly string[]): readonly string[] =>
  typeof collectionPath === "string" ? [collectionPath] : collectionPath;

/** A short digest of the list's paths: binds a cursor to the list it was issued for, on any replica. */
function listDigest(paths: readonly string[]): string {
  return createHash("sha256").update(paths.join("\n")).digest("base64url").slice(0, 10);
}

export function encodeCursor(collectionPath: string | readonly string[], position: Position): string {
  const wire: WireCursor = { h: listDigest(pathsOf(collectionPath)), o: position.o };
  if (position.s) wire.s = position.s;
  if (position.c?.skiptoken !== undefined) wire.t = position.c.skiptoken;
  if (position.c?.skip !== undefined) wire.k = position.c.skip;
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/**
 * Decodes a cursor issued for the list at `collectionPath`. It names no path: only Graph's continuation of one of
 * the list's own collections, so the next request is built from the field's path and nothing else.
 */
export function decodeCursor(cursor: string, collectionPath: string | readonly string[]): Position {
  const paths = pathsOf(collectionPath);
  const refuse = () => badInput("after", "The cursor is not one this gateway issued for this list");
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const bytes = Buffer.from(cursor, "base64url");
  // Node's decoder skips what it cannot read; only the canonical spelling of the bytes is ours.
  if (bytes.toString("base64url") !== cursor) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw refuse();
  const wire = value as Partial<WireCursor>;
  if (Object.keys(wire).some((key) => !WIRE_KEYS.has(key))) throw refuse();
  if (wire.h !== listDigest(paths)) throw refuse();
  if (!Number.isInteger(wire.o) || (wire.o as number) < 0 || (wire.o as number) > MAX_OFFSET) throw refuse();
  const source = wire.s ?? 0;
  if (!Number.isInteger(source) || source < 0 || source >= paths.length) throw refuse();
  const position: Position = { o: wire.o as number };
  if (source !== 0) position.s = source;
  if (wire.t !== undefined || wire.k !== undefined) {
    const c: Continuation = {};
    if (wire.t !== undefined) c.skiptoken = wire.t;
    if (wire.k !== undefined) c.skip = wire.k;
    if (!isContinuation(c)) throw refuse();
    position.c = c;
  }
  return position;
}
