import { directoryErrors, errors } from "../wire/errors/graph.js";
import { BACKUP_ROOT } from "../../msgraph/models.js";
import { baseUrlOf, type ApiRequest } from "../wire/request.js";

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

/** Validates $count before a route runs; everywhere else (the backupRestore collections) it is honoured by pageOf. */
export function checkQueryOptions(req: Pick<ApiRequest, "query" | "segments" | "headers">): void {
  const raw = req.query.get("$count");
  if (raw === null) return;
  if (!/^(true|false)$/i.test(raw)) throw errors.invalidQueryOption("$count", raw, "true or false");
  if (raw.toLowerCase() === "false") return;
  const first = (req.segments[0] ?? "").toLowerCase();
  if (DIRECTORY_ROOTS.has(first)) {
    if ((req.headers["consistencylevel"] ?? "").toLowerCase() !== "eventual") {
      throw directoryErrors.badRequest("$count is not currently supported.");
    }
    return;
  }
  const last = (req.segments.at(-1) ?? "").toLowerCase();
  const parent = (req.segments.at(-2) ?? "").toLowerCase();
  if (first === "sites" || NO_QUERY_COLLECTIONS.has(last) || NO_QUERY_COLLECTIONS.has(parent)) {
    throw errors.queryOptionNotAllowed("Count");
  }
}

/** `{baseUrl}/solutions/backupRestore/$metadata#<fragment>`, the form of the docs' examples. */
export const backupContext = (req: ApiRequest, fragment: string): string =>
  `${baseUrlOf(req)}${BACKUP_ROOT}/$metadata#${fragment}`;

export const directoryContext = (req: ApiRequest, fragment: string): string =>
  `${baseUrlOf(req)}/$metadata#${fragment}`;
