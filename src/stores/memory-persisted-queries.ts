// Registered automatic persisted queries (APQ) in process memory: query text by its sha256, bounded both by count and
// by bytes, so registrations cannot grow the process (each is a document that already passed every request limit).

/** Query text by the lowercase hex sha256 of that text. The Redis twin shares it between replicas. */
export interface PersistedQueryStore {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, query: string): Promise<void>;
}

export interface MemoryPersistedQueryStoreOptions {
  /** Entries kept at most; the least recently used go first. */
  maxEntries: number;
  /** Bytes of query text (UTF-16 length × 2, what the strings occupy) kept at most. */
  maxBytes: number;
}

export function createMemoryPersistedQueryStore(
  options: MemoryPersistedQueryStoreOptions,
): PersistedQueryStore & { size(): number; bytes(): number } {
  // A Map keeps insertion order: re-inserting on a hit makes it an LRU.
  const entries = new Map<string, string>();
  let bytes = 0;
  const weigh = (query: string) => query.length * 2;
  const drop = (hash: string) => {
    const query = entries.get(hash);
    if (query === undefined) return;
    entries.delete(hash);
    bytes -= weigh(query);
  };
  return {
    async get(hash) {
      const query = entries.get(hash);
      if (query !== undefined) {
        entries.delete(hash);
        entries.set(hash, query);
      }
      return query;
    },
    async set(hash, query) {
      drop(hash);
      if (weigh(query) > options.maxBytes) return;
      entries.set(hash, query);
      bytes += weigh(query);
      for (const oldest of entries.keys()) {
        if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
        drop(oldest);
      }
    },
    size: () => entries.size,
    bytes: () => bytes,
  };
}
