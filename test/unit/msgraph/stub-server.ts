// A scripted node:http server on port 0 standing in for Graph: each test decides every answer and
// inspects what the client sent.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON when the body is JSON, else the raw text ("" when empty). */
  body: any;
}

export interface StubResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as is. */
  body?: unknown;
  /** Destroy the connection instead of answering (the request and its body were fully received). */
  reset?: boolean;
}

/** `n` counts requests from 0 across the server's life. */
export type StubHandler = (req: StubRequest, n: number) => StubResponse | Promise<StubResponse>;

export interface Stub {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** origin + "/v1.0" */
  baseUrl: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

export async function startStub(handler: StubHandler): Promise<Stub> {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      if (/json/.test(req.headers["content-type"] ?? "") && text) body = JSON.parse(text);
      const recorded: StubRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      requests.push(recorded);
      const answer = await handler(recorded, requests.length - 1);
      if (answer.reset) return void req.socket.destroy();
      const status = answer.status ?? 200;
      const headers: Record<string, string> = { ...answer.headers };
      let payload = "";
      if (typeof answer.body === "string") payload = answer.body;
      else if (answer.body !== undefined) {
        payload = JSON.stringify(answer.body);
        headers["content-type"] ??= "application/json; odata.metadata=minimal";
      }
      res.writeHead(status, headers).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}/v1.0`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Graph's standard error envelope (README §6.1 item 1). */
export function graphError(code: string, message = `${code} happened`, innerError: Record<string, unknown> = {}) {
  return { error: { code, message, innerError: { date: "2024-11-07T10:00:00", ...innerError } } };
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A clock that only moves when the client sleeps: waits are recorded, never slept. */
export function fakeTime(start = Date.parse("2024-11-07T10:00:00Z")) {
  const time = {
    at: start,
    waits: [] as number[],
    now: () => time.at,
    sleep: async (ms: number) => {
      time.waits.push(ms);
      time.at += ms;
    },
  };
  return time;
}
