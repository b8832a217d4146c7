import { errors } from "./errors.js";
import type { ApiRequest } from "./request.js";

/** The properties a collection can be filtered on, each read from the stored record. */
export type FilterFields<T> = Readonly<Record<string, (item: T) => string | null | undefined>>;

// One `prop eq 'v'` or `prop in ('a', 'b')` clause; quotes inside values are doubled, as in OData.
const LITERAL = String.raw`'(?:[^']|'')*'`;
const CLAUSE = new RegExp(
  String.raw`^\s*(\w+)\s+(?:eq\s+(${LITERAL})|in\s+\(\s*(${LITERAL}(?:\s*,\s*${LITERAL})*)\s*\))\s*`, "i");
const AND = /^and\s+/i;

/**
 * Applies `$filter` when present. Only conjunctions of `eq`/`in` on the listed properties are understood; anything
 * else is a 400, so a client never silently gets an unfiltered list. Comparisons ignore case (ids, enum names).
 */
export function applyFilter<T>(req: ApiRequest, items: readonly T[], fields: FilterFields<T>): T[] {
  const filter = req.query.get("$filter");
  if (filter === null) return [...items];
  const clauses = parseFilter(filter, fields);
  return items.filter((item) => clauses.every(({ read, values }) => values.has((read(item) ?? "").toLowerCase())));
}

interface Clause<T> {
  read: (item: T) => string | null | undefined;
  values: Set<string>;
}

function parseFilter<T>(filter: string, fields: FilterFields<T>): Clause<T>[] {
  const hint = `Supported: conjunctions ('and') of "<property> eq '<value>'" or "<property> in ('<a>', '<b>')" on ${
    Object.keys(fields).join(", ")}.`;
  const byName = new Map(Object.entries(fields).map(([name, read]) => [name.toLowerCase(), read]));
  const clauses: Clause<T>[] = [];
  let rest = filter.trim();
  while (rest !== "") {
    if (clauses.length > 0) {
      const and = AND.exec(rest);
      if (!and) throw errors.unsupportedFilter(filter, hint);
      rest = rest.slice(and[0].length);
    }
    const match = CLAUSE.exec(rest);
    const read = match ? byName.get(match[1]!.toLowerCase()) : undefined;
    if (!match || !read) throw errors.unsupportedFilter(filter, hint);
    const literals = (match[2] ?? match[3] ?? "").match(new RegExp(LITERAL, "g")) ?? [];
    clauses.push({ read, values: new Set(literals.map((l) => l.slice(1, -1).replace(/''/g, "'").toLowerCase())) });
    rest = rest.slice(match[0].length);
  }
  if (clauses.length === 0) throw errors.unsupportedFilter(filter, hint);
  return clauses;
}

/** `$select=a,b`: keeps the named properties plus `id` and OData annotations; unknown names are ignored. */
export function applySelect<T extends object>(req: ApiRequest, item: T): T {
  const select = req.query.get("$select");
  if (select === null || select.trim() === "") return item;
  const wanted = new Set(select.split(",").map((s) => s.trim().toLowerCase()));
  const entries = Object.entries(item).filter(
    ([key]) => key === "id" || key.startsWith("@odata.") || wanted.has(key.toLowerCase()));
  return Object.fromEntries(entries) as T;
}
