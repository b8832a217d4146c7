export interface RequestLogEntry {
  method: string;
  /** As called, version prefix and query included, e.g. "/v1.0/users?$top=3"; $batch items as "/v1.0" + their url. */
  path: string;
  status: number;
  /** The request-id of the $batch POST an item came in; unset for direct calls (and the $batch POST itself). */
  batchId?: string;
  /** Real wall-clock epoch ms when the request arrived, so tests can measure client back-off. */
  at: number;
}

export interface RequestLog {
  /** Records a request as it arrives (status 0 until answered), so a $batch POST precedes its items. */
  open(method: string, path: string, batchId?: string): RequestLogEntry;
  list(): RequestLogEntry[];
  clear(): void;
}

export function createRequestLog(now: () => number = Date.now): RequestLog {
  let entries: RequestLogEntry[] = [];
  return {
    open(method, path, batchId) {
      const entry: RequestLogEntry = { method, path, status: 0, ...(batchId ? { batchId } : {}), at: now() };
      entries.push(entry);
      return entry;
    },
    list: () => entries.map((e) => ({ ...e })),
    clear: () => {
      entries = [];
    },
  };
}
