// Checks recorded emulator answers against the $metadata of the version each was called on.
import { chain, short } from "./csdl.js";
import { checkBody, resolveContext, resolveSegments, type ServiceMetadata } from "./odata-metadata.js";

/** Answers are read loosely on purpose: the checks are the types. */
type Json = any;

export interface Recorded {
  method: string;
  /** Absolute path with the version and query: "/v1.0/users?$top=3". */
  path: string;
  status: number;
  body: Json;
}

const collectionOf = (type: string) => /^Collection\((.+)\)$/.exec(type)?.[1];

/** Same collection-ness, and one item type derives from the other (a context may name the derived set). */
function compatible(meta: ServiceMetadata, a: string, b: string): boolean {
  if ((collectionOf(a) === undefined) !== (collectionOf(b) === undefined)) return false;
  const [x, y] = [collectionOf(a) ?? a, collectionOf(b) ?? b];
  const derives = (d: string, base: string) => chain(meta, d).some((t) => t.name === short(base));
  return short(x) === short(y) || derives(x, y) || derives(y, x);
}

/**
 * What an answer gets wrong against the $metadata of the version it was called on: its type from @odata.context
 * (or its URL when it has none), which must agree with the URL's, then every property of the body.
 */
export function problemsOf(metadata: Readonly<Record<string, ServiceMetadata>>, r: Recorded): string[] {
  if (r.status >= 300 || typeof r.body !== "object" || r.body === null) return [];
  const url = new URL(r.path, "http://emulator.invalid");
  const [, version = "v1.0", ...rest] = url.pathname.split("/");
  const meta = metadata[version]!;
  const segments = rest.filter(Boolean).map(decodeURIComponent);
  const at = `${r.method} ${r.path}`;
  const operation = meta.operations.some((o) => o.name === segments.at(-1)?.replace(/\(.*$/, ""));
  let byUrl = resolveSegments(meta, segments);
  // A POST to a collection (not to an operation) answers with the item it made.
  if (byUrl && r.method === "POST" && !operation) byUrl = collectionOf(byUrl) ?? byUrl;
  const context = r.body["@odata.context"] as string | undefined;
  const type = context === undefined ? byUrl : resolveContext(meta, context);
  if (type === undefined) return [`${at}: ${context ? `context ${context}` : "the URL"} does not resolve`];
  const problems: string[] = [];
  if (context !== undefined && byUrl !== undefined && !compatible(meta, type, byUrl))
    problems.push(`${at}: context ${context} names ${type}, the URL answers ${byUrl}`);
  // deleteAndUnprotect answers { value: rule } (its page's example), the one documented wrapper of a single entity.
  const body = segments.at(-1) === "deleteAndUnprotect" ? r.body.value : r.body;
  // A PATCH answers with what it changed (displayName, the …@delta items; reference §5), not the whole entity.
  const complete = r.method !== "PATCH" && !url.searchParams.has("$select");
  return [...problems, ...checkBody(meta, body, type, complete).map((p) => `${at} (${type}): ${p}`)];
}
