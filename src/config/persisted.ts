// Persisted queries: automatic ones (APQ, registered by clients at run time) and persisted documents (an allowlist
// generated from the operations a frontend ships, `npm run persisted:manifest`). README "Running on the internet".
import { ConfigError, readBool, readInt, readStr, type Env } from "./read.js";

export interface PersistedConfig {
  /**
   * PERSISTED_QUERIES, default true: automatic persisted queries (Apollo's APQ protocol). A client may send a
   * query's sha256 instead of its text once the query has run; off, such a request gets PERSISTED_QUERY_NOT_SUPPORTED.
   */
  apq: boolean;
  /** PERSISTED_QUERIES_MAX_ENTRIES, default 1000: registered queries kept in memory at most (least recently used go). */
  maxEntries: number;
  /** PERSISTED_QUERIES_MAX_BYTES, default 16777216 (16 MiB): the same, in bytes of query text. */
  maxBytes: number;
  /** PERSISTED_QUERIES_TTL_MS, default 86400000 (24 h): how long Redis keeps a registered query (REDIS_URL only). */
  ttlMs: number;
  /**
   * PERSISTED_DOCUMENTS, default unset: path of a JSON manifest of trusted documents, either Apollo's persisted query
   * manifest ({format: "apollo-persisted-query-manifest", version: 1, operations: [{id, body, …}]}) or a map of
   * sha256 to document (GraphQL Yoga's trusted documents). Clients may name these by hash; a bad file stops start-up.
   */
  documentsPath: string | undefined;
  /**
   * PERSISTED_DOCUMENTS_ONLY, default false: only documents of PERSISTED_DOCUMENTS run. Free-text queries and unknown
   * hashes are refused before parsing, and APQ registration is off. Needs PERSISTED_DOCUMENTS.
   */
  documentsOnly: boolean;
}

export function readPersisted(env: Env): PersistedConfig {
  const documentsPath = readStr(env, "PERSISTED_DOCUMENTS");
  const documentsOnly = readBool(env, "PERSISTED_DOCUMENTS_ONLY", false);
  if (documentsOnly && !documentsPath) {
    throw new ConfigError(
      "PERSISTED_DOCUMENTS_ONLY=true needs PERSISTED_DOCUMENTS, the path of the manifest of allowed operations",
    );
  }
  return {
    apq: readBool(env, "PERSISTED_QUERIES", true),
    maxEntries: readInt(env, "PERSISTED_QUERIES_MAX_ENTRIES", 1000, 1, 1_000_000),
    maxBytes: readInt(env, "PERSISTED_QUERIES_MAX_BYTES", 16_777_216, 1024, 1_073_741_824),
    ttlMs: readInt(env, "PERSISTED_QUERIES_TTL_MS", 86_400_000, 1000, 30 * 86_400_000),
    documentsPath,
    documentsOnly,
  };
}
