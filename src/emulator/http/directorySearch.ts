// Graph's directory search and the site search: `$search="displayName:ann" OR "mail:ann"` on /users and /groups
// (an advanced query: refused without `ConsistencyLevel: eventual`, as Graph refuses it), `search=` on /sites.
import { directoryErrors, errors } from "../wire/errors/graph.js";
import type { ApiRequest } from "../wire/request.js";
import { parseTop } from "./paging.js";

/** The properties one kind of directory object can be searched on, each read from the stored record. */
export type SearchFields<T> = Readonly<Record<string, (item: T) => string | undefined>>;

/** Graph's ceiling for `$top` on /users and /groups (the default page stays the server's). */
export const MAX_DIRECTORY_TOP = 999;

interface Clause {
  property: string;
  terms: string[];
}

/** Words of a value as Graph's index splits them: at spaces, punctuation and lower-to-upper case changes. */
export function tokens(value: string): string[] {
  return value
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A clause matches when every word of its value starts a word of the property (or the whole value starts it). */
function matches<T>(item: T, clause: Clause, fields: SearchFields<T>): boolean {
  const read = Object.entries(fields).find(([name]) => name.toLowerCase() === clause.property)?.[1];
  const value = read?.(item);
  if (!value) return false;
  const words = tokens(value);
  return clause.terms.every((term) => words.some((w) => w.startsWith(term)));
}

/**
 * `"prop:value"` clauses joined by AND / OR (AND binds tighter), `\"` and `\\` escaped inside a clause. Anything
 * else, or a property the collection cannot be searched on, is Graph's 400.
 */
function parseSearch(raw: string, properties: ReadonlySet<string>): Clause[][] {
  const invalid = () => directoryErrors.unsupportedQuery(`Syntax error: the $search value '${raw}' is not valid.`);
  const groups: Clause[][] = [[]];
  let rest = raw.trim();
  for (let expectClause = true; rest.length > 0 || expectClause; expectClause = !expectClause) {
    if (expectClause) {
      const match = /^"((?:[^"\\]|\\.)*)"\s*/.exec(rest);
      if (!match) throw invalid();
      const text = match[1]!.replace(/\\(.)/g, "$1");
      const colon = text.indexOf(":");
      if (colon < 1) throw invalid();
      const property = text.slice(0, colon).trim().toLowerCase();
      if (!properties.has(property)) {
        throw directoryErrors.unsupportedQuery(`Unsupported query on property '${text.slice(0, colon).trim()}'.`);
      }
      groups.at(-1)!.push({ property, terms: tokens(text.slice(colon + 1)) });
      rest = rest.slice(match[0].length);
    } else {
      const match = /^(AND|OR)\s+/.exec(rest);
      if (!match) throw invalid();
      if (match[1] === "OR") groups.push([]);
      rest = rest.slice(match[0].length);
    }
  }
  return groups;
}

/** Applies `$search` when present (with ConsistencyLevel: eventual, else Graph's 400); checks `$top` <= 999. */
export function applyDirectorySearch<T>(req: ApiRequest, items: readonly T[], fields: SearchFields<T>): T[] {
  const top = parseTop(req);
  if (top !== undefined && top > MAX_DIRECTORY_TOP) {
    throw directoryErrors.unsupportedQuery(
      `Invalid page size specified: '${top}'. Must be between 1 and ${MAX_DIRECTORY_TOP} inclusive.`,
    );
  }
  const raw = req.query.get("$search");
  if (raw === null) return [...items];
  if ((req.headers["consistencylevel"] ?? "").toLowerCase() !== "eventual") {
    throw directoryErrors.unsupportedQuery(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const properties = new Set(Object.keys(fields).map((p) => p.toLowerCase()));
  const groups = parseSearch(raw, properties);
  return items.filter((item) => groups.some((all) => all.every((clause) => matches(item, clause, fields))));
}

/** `/sites?search=`: sites whose display name, name or URL holds the text (ignoring case); all sites without it. */
export function applySiteSearch<T>(req: ApiRequest, items: readonly T[], fields: SearchFields<T>): T[] {
  const raw = req.query.get("search");
  if (raw === null) return [...items];
  const text = raw.trim().toLowerCase();
  if (text.length === 0) throw errors.invalidQueryOption("search", raw, "a non-empty text");
  // `*` is Graph's "every site".
  if (text === "*") return [...items];
  return items.filter((item) => Object.values(fields).some((read) => read(item)?.toLowerCase().includes(text)));
}

/** The page size of a directory collection: `$top` when given (up to 999, as Graph allows), else the server's. */
export function directoryPageSize(req: ApiRequest, pageSize: number): number {
  return parseTop(req) ?? pageSize;
}
