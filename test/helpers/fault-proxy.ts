// An HTTP fault proxy between a gateway and the emulator, for the fault tests: it forwards every call as is, or,
// as switched, answers a share of them 503 itself, cuts a share of the answers after the emulator acted on the
// request, or swallows calls (a black hole: accepted, read, never answered). Faults are drawn from a seeded PRNG,
// so a run that sends the same calls in the same order meets the same faults. $batch POSTs are faulted whole, or
// (items: true) item by item inside the emulator's answer.
import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { loadConfig, type Env } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway, type Gateway, type GatewayOptions } from "../../src/server/gateway.js";
import { TEST_ENV } from "./gateway.js";
import { seeded } from "./http.js";

export interface Faults {
  /** Share of calls (0..1) the proxy answers 503 itself, without forwarding: Graph did nothing. */
  unavailable?: number;
  /**
   * Share of calls (0..1) forwarded, acted on by the emulator, whose answer is then lost: half of them cut in the
   * middle of the body, half reset before the status line.
   */
  cut?: number;
  /** `unavailable` applies to the items of a $batch (answered 503 inside the batch's answer) instead of the POST. */
  items?: boolean;
  /**
   * The shares are met evenly instead of drawn at random: with 0.2, exactly every fifth call. Calls sent one after
   * the other then never meet more than one fault in a row, so a test's outcome does not hang on a lucky seed.
   */
  spread?: boolean;
  /** Calls are accepted and read, and never answered (until the proxy closes). */
  blackHole?: boolean;
  /** PRNG seed; a new seed restarts the sequence. Default 12. */
  seed?: number;
}

export type FaultKind = "pass" | "unavailable" | "cut" | "reset" | "blackHole" | "itemsUnavailable";

export interface ProxiedCall {
  method: string;
  /** Path without the query string, version prefix included (as on the wire). */
  path: string;
  fault: FaultKind;
  /** Methods and paths of a $batch's items (relative to the version root), when the call was one. */
  items?: { method: string; path: string; fault: "pass" | "unavailable" }[];
}

export interface FaultProxy {
  /** The proxy's origin plus the upstream's path (e.g. http://127.0.0.1:PORT/v1.0): the gateway's GRAPH_BASE_URL. */
  baseUrl: string;
  /** Replaces the faults in force (calls already held in a black hole stay held). */
  set(faults: Faults): void;
  /** Every call received, in order. */
  calls: ProxiedCall[];
  /** Calls received per "METHOD /path" (no query string). */
  counts(): Map<string, number>;
  /** Calls held in the black hole right now. */
  held(): number;
  close(): Promise<void>;
}

const UNAVAILABLE = {
  error: { code: "ServiceUnavailable", message: "The service is temporarily unavailable (fault proxy)" },
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startFaultProxy(upstreamBaseUrl: string, initial: Faults = {}): Promise<FaultProxy> {
  const upstream = new URL(upstreamBaseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let faults: Faults = {};
  let random = seeded(12);
  let counted = 0;
  const set = (next: Faults) => {
    faults = { ...next };
    random = seeded(next.seed ?? 12);
    counted = 0;
  };
  /** Call `k` (from 0) is the one that makes the running count of a `share` reach the next whole number. */
  const every = (k: number, share: number) => Math.floor((k + 1) * share + 1e-9) > Math.floor(k * share + 1e-9);
  set(initial);
  const calls: ProxiedCall[] = [];
  const sockets = new Set<Socket>();
  const holding = new Set<ServerResponse>();

  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || ["host", "connection", "content-length", "transfer-encoding"].includes(name)) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    if (body.length > 0) headers["content-length"] = String(body.length);
    return new Promise((resolve, reject) => {
      const out = httpRequest(
        { agent, hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
        async (res) => {
          const answer = await readBody(res);
          const copied: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (
              value === undefined ||
              ["connection", "content-length", "transfer-encoding", "keep-alive"].includes(name)
            )
              continue;
            copied[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: res.statusCode ?? 502, headers: copied, body: answer });
        },
      );
      out.on("error", reject);
      out.end(body);
    });
  }

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer) => {
    res.writeHead(status, { ...headers, "content-length": String(body.length) }).end(body);
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? "").split("?")[0]!;
    const isBatch = req.method === "POST" && path.endsWith("/$batch");
    const call: ProxiedCall = { method: req.method ?? "", path, fault: "pass" };
    if (isBatch) {
      try {
        const parsed = JSON.parse(body.toString("utf8")) as { requests?: { method: string; url: string }[] };
        call.items = (parsed.requests ?? []).map((r) => ({
          method: r.method,
          path: r.url.split("?")[0]!,
          fault: "pass",
        }));
      } catch {
        /* forwarded as is: the emulator judges a malformed batch */
      }
    }
    calls.push(call);
    if (faults.blackHole) {
      call.fault = "blackHole";
      holding.add(res);
      res.on("close", () => holding.delete(res));
      return;
    }
    const draw = random();
    const unavailable = faults.unavailable ?? 0;
    const cut = faults.cut ?? 0;
    const k = counted++;
    const fails = faults.spread ? every(k, unavailable) : draw < unavailable;
    if (!(isBatch && faults.items) && fails) {
      call.fault = "unavailable";
      return send(
        res,
        503,
        { "content-type": "application/json", "retry-after": "0" },
        Buffer.from(JSON.stringify(UNAVAILABLE)),
      );
    }
    const lose = faults.spread ? !fails && every(k, cut) : draw >= unavailable && draw < unavailable + cut;
    let answer;
    try {
      answer = await forward(req, body);
    } catch {
      res.socket?.destroy();
      return;
    }
    if (lose) {
      // Whether the status line got out or not, the emulator has acted on the request: only the answer is lost.
      if (random() < 0.5) {
        call.fault = "reset";
        res.socket?.destroy();
        return;
      }
      call.fault = "cut";
      res.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.body.length) });
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
      setImmediate(() => res.socket?.destroy());
      return;
    }
    if (isBatch && faults.items && call.items && answer.status === 200) {
      const parsed = JSON.parse(answer.body.toString("utf8")) as {
        responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
      };
      const ids = (JSON.parse(body.toString("utf8")) as { requests: { id: string }[] }).requests.map((r) => r.id);
      parsed.responses = parsed.responses.map((r) => {
        if (random() >= unavailable) return r;
        const item = call.items![ids.indexOf(r.id)];
        if (item) item.fault = "unavailable";
        call.fault = "itemsUnavailable";
        return {
          id: r.id,
          status: 503,
          headers: { "content-type": "application/json", "retry-after": "0" },
          body: UNAVAILABLE,
        };
      });
      return send(res, 200, answer.headers, Buffer.from(JSON.stringify(parsed)));
    }
    send(res, answer.status, answer.headers, answer.body);
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/+$/, "")}`,
    set,
    calls,
    counts() {
      const byCall = new Map<string, number>();
      for (const c of calls) byCall.set(`${c.method} ${c.path}`, (byCall.get(`${c.method} ${c.path}`) ?? 0) + 1);
      return byCall;
    },
    held: () => holding.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface ProxiedGateway {
  gateway: Gateway;
  emulator: RunningEmulator;
  proxy: FaultProxy;
  url: string;
  stop(): Promise<void>;
}

/** Emulator, fault proxy in front of it, and a gateway whose GRAPH_BASE_URL is the proxy. */
export async function startBehindProxy(
  env: Env = {},
  emulatorOptions: Parameters<typeof startEmulator>[0] = {},
  gatewayOptions: GatewayOptions = {},
): Promise<ProxiedGateway> {
  const emulator = await startEmulator({ port: 0, timeScale: 0, ...emulatorOptions });
  const proxy = await startFaultProxy(emulator.baseUrl);
  const gateway = await createGateway(
    loadConfig({ ...TEST_ENV, ...env, GRAPH_BASE_URL: proxy.baseUrl }),
    gatewayOptions,
  );
  return {
    gateway,
    emulator,
    proxy,
    url: gateway.url,
    stop: async () => {
      await proxy.close();
      await gateway.stop();
      await emulator.close();
    },
  };
}
