// Which document a request runs when it names one by hash, decided before anything parses it: automatic persisted
// queries (Apollo's APQ protocol: a hash-only miss answers PERSISTED_QUERY_NOT_FOUND, the client then sends the text
// with its hash, and Apollo files it once the operation passed every check) and persisted documents (the manifest;
// with PERSISTED_DOCUMENTS_ONLY nothing else runs). A document that arrives by hash goes through the same parse
// limits, validation, permission and cost checks as one sent as text.
import type { PersistedQueryStore } from "../stores/memory-persisted-queries.js";
import { normaliseDocumentId, sha256Hex } from "./persisted-documents.js";

/** The shape of Apollo Server's `persistedQueries.cache` (its KeyValueCache). */
export interface ApqCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

export interface PersistedQueriesOptions {
  /** APQ on (PERSISTED_QUERIES and not PERSISTED_DOCUMENTS_ONLY). */
  apq: boolean;
  /** Registered queries; undefined with APQ off. */
  store?: PersistedQueryStore;
  /** PERSISTED_DOCUMENTS, by normalised id. */
  manifest?: ReadonlyMap<string, string>;
  /** PERSISTED_DOCUMENTS_ONLY. */
  only: boolean;
  /** GRAPHQL_MAX_BODY_BYTES: a stored query longer than any body could have carried is not served. */
  maxQueryBytes: number;
}

/** The GraphQL-over-HTTP request fields this step reads (from a JSON body or GET parameters). */
export interface NamedRequest {
  query?: unknown;
  extensions?: unknown;
  documentId?: unknown;
}

export interface Refusal {
  status: number;
  /** `extensions.code`; `reason` carries the precise cause when the code is the contract's BAD_USER_INPUT. */
  code: string;
  reason?: string;
  message: string;
  headers?: Record<string, string>;
}

export type Resolution =
  /** Nothing named by hash: the request goes on as sent. */
  | { kind: "as-sent" }
  /** Run `query`; `register`: leave the APQ extension on, so Apollo files the query once every check has passed. */
  | { kind: "document"; query: string; register: boolean; hash?: string }
  | { kind: "refused"; refusal: Refusal };

const HEX64 = /^[0-9a-f]{64}$/i;
// What Apollo Server sends with its own APQ answers: the miss must not be cached by anything between.
const NO_CACHE = { "cache-control": "private, no-cache, must-revalidate" };

const refused = (
  status: number,
  code: string,
  message: string,
  reason?: string,
  headers?: Record<string, string>,
): Resolution => ({
  kind: "refused",
  refusal: { status, code, message, ...(reason ? { reason } : {}), ...(headers ? { headers } : {}) },
});
const badRequest = (reason: string, message: string) => refused(400, "BAD_USER_INPUT", message, reason);

export interface PersistedQueries {
  resolve(request: NamedRequest): Promise<Resolution>;
  /** Apollo's APQ cache (registration only: this step answers every lookup itself); undefined with APQ off. */
  apolloCache(): ApqCache | undefined;
}

export function createPersistedQueries(options: PersistedQueriesOptions): PersistedQueries {
  const apq = options.apq && !options.only && options.store !== undefined;
  const store = options.store;
  return {
    async resolve(request) {
      const persisted = (request.extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
      const query = typeof request.query === "string" && request.query !== "" ? request.query : undefined;
      if (persisted === undefined && request.documentId === undefined) {
        if (!options.only || query === undefined) return { kind: "as-sent" };
        return badRequest(
          "PERSISTED_QUERY_ID_REQUIRED",
          "This gateway runs persisted documents only: send the operation's id, not its text",
        );
      }
      let id: string | undefined;
      if (request.documentId !== undefined) {
        id = normaliseDocumentId(request.documentId);
        if (id === undefined) return badRequest("BAD_REQUEST", "documentId is not a document id");
      } else {
        const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown };
        if (version !== 1 || typeof sha256Hash !== "string" || !HEX64.test(sha256Hash)) {
          return badRequest(
            "BAD_REQUEST",
            "extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex digits> }",
          );
        }
        id = sha256Hash.toLowerCase();
      }
      const trusted = options.manifest?.get(id);
      if (trusted !== undefined) {
        if (query !== undefined && query !== trusted)
          return badRequest("PERSISTED_QUERY_HASH_MISMATCH", "The query text is not the document of this id");
        return { kind: "document", query: trusted, register: false };
      }
      if (options.only || request.documentId !== undefined)
        return badRequest("PERSISTED_QUERY_NOT_IN_LIST", "No allowed operation has this id");
      if (!apq || !store)
        return refused(200, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported", undefined, NO_CACHE);
      if (query !== undefined) {
        if (sha256Hex(query) !== id)
          return badRequest("PERSISTED_QUERY_HASH_MISMATCH", "sha256Hash is not the SHA-256 of the query");
        return { kind: "document", query, register: true, hash: id };
      }
      const stored = await store.get(id);
      // Checked again on the way out: Redis is shared, and what comes back must be what the hash names.
      if (stored !== undefined && Buffer.byteLength(stored) <= options.maxQueryBytes && sha256Hex(stored) === id) {
        return { kind: "document", query: stored, register: false };
      }
      return refused(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound", undefined, NO_CACHE);
    },
    apolloCache() {
      if (!apq || !store) return undefined;
      // Apollo files under `apq:<hash>`; the store keys by the hash alone.
      const hashOf = (key: string) => key.replace(/^apq:/, "");
      return {
        get: (key) => store.get(hashOf(key)),
        set: (key, value) => store.set(hashOf(key), value),
        delete: async () => false,
      };
    },
  };
}
