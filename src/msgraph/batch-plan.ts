// How requests become $batch chunks: ids unique ignoring case, requests tied by dependsOn kept in one chunk
// (Graph resolves dependsOn only inside a batch), at most 20 per chunk, and the wire shape of one item.
import type { GraphJsonBatchRequestItem } from "./models.js";
import { PREFER_UNKNOWN_ENUMS } from "./transport.js";

export interface BatchRequest {
  /** Unique in the call ignoring case; default the 1-based position in the list ("1", "2", …). */
  id?: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version root, e.g. "/solutions/backupRestore/protectionPolicies/{id}". */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Ids of requests of the same call that must succeed first. */
  dependsOn?: string[];
  /**
   * This POST only reads (a Graph read-only action), so it is retried and re-sent like a GET. Graph's known
   * read-only actions are recognised by path anyway (safety.ts); the flag is for the builder that knows better.
   */
  readOnly?: boolean;
}

/** Graph's documented ceiling; a larger batch fails as a whole with 400. */
export const MAX_BATCH_SIZE = 20;

export interface Item {
  id: string;
  /** Position in the caller's list, where its result goes. */
  index: number;
  request: BatchRequest;
  /** Lower-cased ids this item still waits for (shrinks as dependencies succeed in earlier rounds). */
  dependsOn: string[];
}

const key = (id: string) => id.toLowerCase();

/** Chunks in input order; throws on a duplicate or unknown id, or a dependsOn group larger than a batch. */
export function planChunks(requests: readonly BatchRequest[]): Item[][] {
  const items: Item[] = requests.map((request, index) => ({
    id: request.id ?? String(index + 1),
    index,
    request,
    dependsOn: (request.dependsOn ?? []).map(key),
  }));
  const byId = new Map<string, Item>();
  for (const item of items) {
    if (byId.has(key(item.id)))
      throw new Error(`$batch request id "${item.id}" is used twice (ids are case-insensitive)`);
    byId.set(key(item.id), item);
  }
  // Union-find over dependsOn: each group must travel in one chunk.
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const item of items) {
    for (const dep of item.dependsOn) {
      if (!byId.has(dep) || dep === key(item.id))
        throw new Error(`$batch request "${item.id}" depends on unknown request "${dep}"`);
      const [a, b] = [root(key(item.id)), root(dep)];
      if (a !== b) parent.set(a, b);
    }
  }
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const r = root(key(item.id));
    groups.set(r, [...(groups.get(r) ?? []), item]);
  }
  const chunks: Item[][] = [];
  let current: Item[] = [];
  for (const group of groups.values()) {
    if (group.length > MAX_BATCH_SIZE)
      throw new Error(
        `${group.length} $batch requests depend on each other; at most ${MAX_BATCH_SIZE} fit in one batch`,
      );
    if (current.length + group.length > MAX_BATCH_SIZE) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);
  return chunks.map((chunk) => chunk.sort((a, b) => a.index - b.index));
}

/** One item of the POST body. Graph requires Content-Type on every item that has a body. */
export function toWire(
  { id, request, dependsOn }: Item,
  wireIds: ReadonlyMap<string, string>,
): GraphJsonBatchRequestItem {
  const headers: Record<string, string> = { ...request.headers };
  const names = Object.keys(headers).map((h) => h.toLowerCase());
  if (request.body !== undefined && !names.includes("content-type")) headers["Content-Type"] = "application/json";
  const prefer = Object.keys(headers).find((h) => h.toLowerCase() === "prefer");
  // Items are separate requests to Graph: the envelope's Prefer does not reach them.
  if (prefer === undefined) headers.Prefer = PREFER_UNKNOWN_ENUMS;
  else headers[prefer] = `${headers[prefer]}, ${PREFER_UNKNOWN_ENUMS}`;
  const url = request.path.startsWith("/") ? request.path : `/${request.path}`;
  return {
    id,
    method: request.method,
    url,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(dependsOn.length > 0 ? { dependsOn: dependsOn.map((d) => wireIds.get(d) ?? d) } : {}),
  };
}
