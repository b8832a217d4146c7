import { compileFilter, type FilterValue } from "./filter.js";
import type { ApiRequest } from "../wire/request.js";

/** The properties a collection can be filtered on, each read from the stored record. */
export type FilterFields<T> = Readonly<Record<string, (item: T) => FilterValue>>;

/**
 * Applies `$filter` when present (grammar in filter.ts: comparisons, in, and/or/not on the listed properties);
 * anything else is a 400, so a client never silently gets an unfiltered list. Strings compare ignoring case.
 */
export function applyFilter<T>(req: ApiRequest, items: readonly T[], fields: FilterFields<T>): T[] {
  const filter = req.query.get("$filter");
  if (filter === null) return [...items];
  return items.filter(compileFilter(filter, fields));
}

/** `$select=a,b`: keeps the named properties plus `id` and OData annotations; unknown names are ignored. */
export function applySelect<T extends object>(req: ApiRequest, item: T): T {
  const select = req.query.get("$select");
  if (select === null || select.trim() === "") return item;
  const wanted = new Set(select.split(",").map((s) => s.trim().toLowerCase()));
  const entries = Object.entries(item).filter(
    ([key]) => key === "id" || key.startsWith("@odata.") || wanted.has(key.toLowerCase()),
  );
  return Object.fromEntries(entries) as T;
}
