// The console's static files as the gateway serves them (src/server/console.ts): index.html revalidated, hashed
// assets immutable, gzip when asked, a strict CSP on all of them, and the sign-in settings at /console/config.json.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consolePolicy, createConsole, type ConsoleAuth } from "../../../src/server/console.js";
import { readConsole } from "../../../src/config/console.js";

const dist = mkdtempSync(join(tmpdir(), "console-dist-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
writeFileSync(join(dist, "assets/index-abc123.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);

async function serve(root: string, auth: ConsoleAuth, env: Record<string, string> = {}) {
  const handle = createConsole(readConsole(env), auth, root);
  const server: Server = createServer((req, res) => {
    if (!handle(req, res, new URL(req.url ?? "/", "http://x").pathname)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe("the console's files", () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (s = await serve(dist, { mode: "none" })));
  afterAll(() => s.close());

  it("answers index.html at / with no-cache, its ETag revalidating to 304, under a strict CSP", async () => {
    const res = await fetch(`${s.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const again = await fetch(`${s.url}/`, { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("answers hashed assets as immutable for a year, gzipped when the client accepts it", async () => {
    const res = await fetch(`${s.url}/assets/index-abc123.js`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(Number(res.headers.get("content-length"))).toBeLessThan(4000);
    expect(await res.text()).toContain("console.log");
  });

  it("leaves other paths to the gateway and refuses writes", async () => {
    expect((await fetch(`${s.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${s.url}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${s.url}/`, { method: "POST" })).status).toBe(405);
  });

  it("tells the page that no sign-in is needed without AUTH_MODE=entra", async () => {
    const res = await fetch(`${s.url}/console/config.json`);
    expect(await res.json()).toEqual({ auth: "none" });
  });
});

describe("with AUTH_MODE=entra", () => {
  it("serves the client id, authority and scopes, and lets the page reach the sign-in origin only", async () => {
    const env = {
      CONSOLE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
      AUTH_TENANT_ID: "contoso.onmicrosoft.com",
      AUTH_AUDIENCE: "api://backup-gateway",
    };
    const s = await serve(dist, { mode: "entra" }, env);
    try {
      const res = await fetch(`${s.url}/console/config.json`);
      expect(await res.json()).toEqual({
        auth: "entra",
        clientId: env.CONSOLE_CLIENT_ID,
        authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
        scopes: ["api://backup-gateway/.default"],
      });
      const csp = (await fetch(`${s.url}/`)).headers.get("content-security-policy")!;
      expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
      expect(csp).toBe(consolePolicy("https://login.microsoftonline.com"));
    } finally {
      s.close();
    }
  });
});

describe("before the console is built", () => {
  it("answers / with how to build it and a link to /graphql", async () => {
    const s = await serve(mkdtempSync(join(tmpdir(), "console-none-")), { mode: "none" });
    try {
      const res = await fetch(`${s.url}/`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("npm run console:build");
      expect(html).toContain('href="/graphql"');
    } finally {
      s.close();
    }
  });
});
