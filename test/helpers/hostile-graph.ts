// A stand-in for Microsoft Graph that fails in every way a real upstream (or a proxy in front of it) can, each
// answer carrying `canary` text and an internal URL: an error envelope with a 500, a nextLink to another host,
// HTML where JSON belongs, JSON cut short, JSON without the fields every entity has, a bare-text 503 for writes,
// and $batch items that all fail. The gateway must
// turn each into a curated error without letting any of it reach a client.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostileGraph {
  baseUrl: string;
  origin: string;
  requests: number;
  close(): Promise<void>;
}

export async function startHostileGraph(canary: string): Promise<HostileGraph> {
  const internal = `https://graph-internal.example/${canary}?client_secret=${canary}`;
  const envelope = (status: number) => ({
    error: {
      code: "generalException",
      message: `Failure ${status} at ${internal}`,
      innerError: { "request-id": randomUUID(), details: internal },
    },
  });
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.requests++;
      const path = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/v1\.0|^\/beta/, "");
      const json = (status: number, body: unknown) =>
        res
          .writeHead(status, { "content-type": "application/json", "request-id": randomUUID() })
          .end(JSON.stringify(body));
      if (req.method === "POST" && path === "/$batch") {
        const { requests = [] } = JSON.parse(Buffer.concat(chunks).toString() || "{}") as {
          requests?: { id: string }[];
        };
        return json(200, {
          responses: requests.map((r) => ({
            id: r.id,
            status: 500,
            headers: { "content-type": "application/json" },
            body: envelope(500),
          })),
        });
      }
      if (/\/protectionPolicies$/.test(path)) {
        return json(200, {
          value: [],
          "@odata.nextLink": `https://elsewhere.example/v1.0/solutions/backupRestore/protectionPolicies?$skiptoken=${canary}`,
        });
      }
      if (/\/protectionUnits$/.test(path)) {
        return res
          .writeHead(200, { "content-type": "text/html" })
          .end(`<html><body>${internal}\n    at handler (/srv/graph/${canary}.js:1:1)</body></html>`);
      }
      // Valid JSON missing what every policy has: the gateway fails on it without knowing why (a masked error).
      if (/\/protectionPolicies\/[^/]+$/.test(path)) return json(200, { id: null, displayName: null, note: internal });
      if (/\/protectionUnits\/[^/]+$/.test(path)) {
        return res.writeHead(200, { "content-type": "application/json" }).end(`{"id":"${canary}","status":`);
      }
      if (req.method === "GET") return json(500, envelope(500));
      res.writeHead(503, { "content-type": "text/plain" }).end(`upstream ${internal} down`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/v1.0`,
    origin,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
