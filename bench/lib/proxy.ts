// A tiny delaying proxy in front of the emulator: every upstream HTTP request waits a fixed latency (a $batch POST
// once, as on the wire), and every request is logged with its start and end, so a benchmark counts upstream calls
// and sequential waves the same way for the gateway and for a naive client. Absolute links in answers
// (@odata.nextLink) are rewritten to the proxy's origin, or the gateway would refuse them as another host.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "undici";

export interface ProxyEntry {
  method: string;
  path: string;
  /** performance.now() when the request arrived and when its answer was sent. */
  start: number;
  end: number;
}

export interface LatencyProxy {
  origin: string;
  /** origin + "/v1.0" */
  baseUrl: string;
  log: ProxyEntry[];
  reset(): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host"]);

export async function startLatencyProxy(targetOrigin: string, latencyMs: number): Promise<LatencyProxy> {
  const pool = new Pool(targetOrigin, { connections: 512 });
  let origin = "";
  const log: ProxyEntry[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const start = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (latencyMs > 0) await sleep(latencyMs);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP_BY_HOP.has(k))) as Record<
      string,
      string
    >;
    const answer = await pool.request({
      method: req.method as "GET",
      path: req.url ?? "/",
      headers,
      body: chunks.length ? Buffer.concat(chunks) : null,
    });
    const text = (await answer.body.text()).split(targetOrigin).join(origin);
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
    res.writeHead(answer.statusCode, out);
    res.end(text);
    log.push({ method: req.method ?? "GET", path: req.url ?? "/", start, end: performance.now() });
  };
  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: `${origin}/v1.0`,
    log,
    reset: () => void log.splice(0),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.close();
    },
  };
}

/**
 * Sequential waves in a log: a request that starts after some answer of the current wave has come back depends on
 * it (or waited for it), so it opens the next wave. Exact for the gateway, whose waves never overlap.
 */
export function wavesOf(entries: readonly ProxyEntry[]): number {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  let waves = 0;
  let firstEnd = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    if (waves === 0 || e.start >= firstEnd) {
      waves++;
      firstEnd = e.end;
    } else {
      firstEnd = Math.min(firstEnd, e.end);
    }
  }
  return waves;
}
