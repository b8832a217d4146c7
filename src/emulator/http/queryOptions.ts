import { directoryErrors, errors } from "../wire/errors/graph.js";
import type { ApiRequest } from "../wire/request.js";
import { MAX_DIRECTORY_TOP } from "./directorySearch.js";

// Which OData system query options each page takes, checked before a route runs so that an option the emulator
// does not honour is refused with Graph's 400 instead of being silently ignored.

type Req = Pick<ApiRequest, "query" | "segments" | "headers">;

/** The system query options OData defines; any other `$name` is refused as unknown. */
const SYSTEM_OPTIONS = new Set([
  "$select",
  "$filter",
  "$top",
  "$skip",
  "$skiptoken",
  "$count",
  "$orderby",
  "$expand",
  "$search",
  "$format",
  "$deltatoken",
]);

// Graph's directory answers $count only as an advanced query (ConsistencyLevel: eventual), else this 400
// (seen verbatim from graph.microsoft.com: code Request_BadRequest, "$count is not currently supported.").
const DIRECTORY_ROOTS = new Set(["users", "groups", "directory", "directoryobjects"]);

// The reference (§3) marks these pages "query parameters not supported": ASP.NET OData's refusal, which Graph's
// OData services send for a disallowed option. /sites is in the list too: Graph's site listing has no $count.
const NO_QUERY_COLLECTIONS = new Set([
  "onedriveforbusinessbrowsesessions",
  "sharepointbrowsesessions",
  "granulardriverestoreartifacts",
  "granularsiterestoreartifacts",
  "emailnotificationssetting",
]);

/** The option's name in ASP.NET OData's refusal ("Query option 'OrderBy' is not allowed"). */
const ASPNET_NAMES: Readonly<Record<string, string>> = {
  $filter: "Filter",
  $top: "Top",
  $skip: "Skip",
  $count: "Count",
  $orderby: "OrderBy",
  $expand: "Expand",
  $search: "Search",
};

/** Checks every `$` option of a request against what its page takes; throws Graph's 400 for the first refused. */
export function checkQueryOptions(req: Req): void {
  const first = (req.segments[0] ?? "").toLowerCase();
  const directory = DIRECTORY_ROOTS.has(first);
  for (const [rawName, value] of req.query.entries()) {
    if (!rawName.startsWith("$")) continue;
    const name = rawName.toLowerCase();
    if (!SYSTEM_OPTIONS.has(name)) {
      throw directory
        ? directoryErrors.badRequest(`Unrecognized query argument specified: '${rawName}'.`)
        : errors.badRequest(`The query parameter '${rawName}' is not supported.`);
    }
    if (name === "$count") checkCount(req, value, directory, first);
    else if (directory) checkDirectoryOption(req, name, value);
    else checkBackupOption(req, name);
  }
}

function checkCount(req: Req, raw: string, directory: boolean, first: string): void {
  if (!/^(true|false)$/i.test(raw)) throw errors.invalidQueryOption("$count", raw, "true or false");
  if (raw.toLowerCase() === "false") return;
  if (directory) {
    if ((req.headers["consistencylevel"] ?? "").toLowerCase() !== "eventual") {
      throw directoryErrors.badRequest("$count is not currently supported.");
    }
    return;
  }
  if (first === "sites" || noQueryPage(req)) throw errors.queryOptionNotAllowed("Count");
}

/** Entra ID pages: $top up to 999, no $skip (Graph's own 400s); $search only on the /users and /groups lists. */
function checkDirectoryOption(req: Req, name: string, value: string): void {
  if (name === "$top" && /^\d+$/.test(value) && Number(value) > MAX_DIRECTORY_TOP) {
    throw directoryErrors.unsupportedQuery(
      `Invalid page size specified: '${value}'. Must be between 1 and ${MAX_DIRECTORY_TOP} inclusive.`,
    );
  }
  if (name === "$skip") throw directoryErrors.badRequest("'$skip' is not supported by the service.");
  if (name === "$search" && req.segments.length !== 1) {
    throw directoryErrors.unsupportedQuery("$search is supported only on the /users and /groups collections.");
  }
}

/**
 * backupRestore and /sites: $expand and $orderby only on restore points (the one page documenting them), $search
 * nowhere, $skip nowhere (these collections page by $skiptoken), and none of them on the "not supported" pages.
 */
function checkBackupOption(req: Req, name: string): void {
  const aspName = ASPNET_NAMES[name];
  if (aspName === undefined) return;
  const restorePoints = (req.segments[2] ?? "").toLowerCase() === "restorepoints";
  const refused =
    name === "$search" ||
    name === "$skip" ||
    ((name === "$expand" || name === "$orderby") && !restorePoints) ||
    (name !== "$top" && noQueryPage(req));
  if (refused) throw errors.queryOptionNotAllowed(aspName);
}

function noQueryPage(req: Req): boolean {
  const last = (req.segments.at(-1) ?? "").toLowerCase();
  const parent = (req.segments.at(-2) ?? "").toLowerCase();
  return NO_QUERY_COLLECTIONS.has(last) || NO_QUERY_COLLECTIONS.has(parent);
}
