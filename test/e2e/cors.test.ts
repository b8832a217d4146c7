// CORS over HTTP: preflights answered before authentication (204 with the allow lists, 403 for other origins),
// allowed origins' answers readable, nothing allowed by default in production, /healthz and friends left alone, and
// Apollo's CSRF prevention still refusing the requests a page can send without a preflight.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, type TestGateway, useGateway } from "../helpers/gateway.js";
import { postQuery, send, type RawResponse } from "../helpers/http.js";
import { startIssuer, type TestIssuer } from "../helpers/issuer.js";

const QUERY = "{ backupRestore { serviceStatus { status } } }";
const APP = "https://app.example.com";

const preflight = (url: string, origin: string, headers: Record<string, string> = {}) =>
  send(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type",
      ...headers,
    },
  });

function expectAllowedPreflight(res: RawResponse, origin: string) {
  expect(res.status).toBe(204);
  expect(res.text).toBe("");
  expect(res.headers.get("access-control-allow-origin")).toBe(origin);
  expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
  const allowed = res.headers.get("access-control-allow-headers")!.split(/,\s*/);
  expect(allowed).toEqual(
    expect.arrayContaining([
      "authorization",
      "content-type",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "client-request-id",
      "x-request-id",
    ]),
  );
  expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
  expect(res.headers.get("vary")).toMatch(/\bAccess-Control-Request-Headers\b/);
  // Bearer tokens, never cookies: no origin is ever allowed to send credentials.
  expect(res.headers.get("access-control-allow-credentials")).toBeNull();
}

function expectNoCors(res: RawResponse) {
  for (const name of [
    "access-control-allow-origin",
    "access-control-allow-methods",
    "access-control-allow-headers",
    "access-control-expose-headers",
  ]) {
    expect(res.headers.get(name), name).toBeNull();
  }
}

describe("in development", () => {
  const t = useGateway(() => startEmbedded(), { resetRequests: true });

  it.each(["http://localhost:5173", "http://127.0.0.1:8080", "http://[::1]:3000", "https://studio.apollographql.com"])(
    "answers the preflight of %s with 204 and the allow lists",
    async (origin) => {
      expectAllowedPreflight(await preflight(t.url, origin), origin);
    },
  );

  it.each(["https://evil.example", "http://localhost.evil.example:5173", "null"])(
    "refuses the preflight of %s with 403 and no allow headers",
    async (origin) => {
      const res = await preflight(t.url, origin);
      expect(res.status).toBe(403);
      expect(res.json.errors[0].extensions.code).toBe("FORBIDDEN");
      expectNoCors(res);
      expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
      expect(t.emulator.requests()).toEqual([]);
    },
  );

  it("lets an allowed origin read the answer and its x-request-id", async () => {
    const res = await postQuery(t.url, QUERY, { origin: "http://localhost:5173", "x-request-id": "cors-request-0001" });
    expect(res.status).toBe(200);
    expect(res.json.data.backupRestore.serviceStatus.status).toBeDefined();
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
    expect(res.headers.get("access-control-expose-headers")!.split(/,\s*/)).toEqual(
      expect.arrayContaining(["x-request-id", "retry-after"]),
    );
    expect(res.headers.get("x-request-id")).toBe("cors-request-0001");
  });

  it("gives another origin's answer no allow headers, so its page cannot read it", async () => {
    const res = await postQuery(t.url, QUERY, { origin: "https://evil.example" });
    expectNoCors(res);
    expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
  });

  it("allows a public page (Apollo Studio) to reach this machine when Chromium asks (Private Network Access)", async () => {
    const res = await preflight(t.url, "https://studio.apollographql.com", {
      "access-control-request-private-network": "true",
    });
    expectAllowedPreflight(res, "https://studio.apollographql.com");
    expect(res.headers.get("access-control-allow-private-network")).toBe("true");
  });

  it("leaves an OPTIONS that is no preflight to Apollo, as before", async () => {
    for (const headers of [{}, { origin: "http://localhost:5173" }] as Record<string, string>[]) {
      const res = await send(t.url, { method: "OPTIONS", headers });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get("access-control-allow-methods")).toBeNull();
    }
  });

  it.each(["/healthz", "/readyz", "/metrics"])("adds no CORS to %s", async (path) => {
    expectNoCors(await preflight(new URL(path, t.url).href, "http://localhost:5173"));
    expectNoCors(await send(new URL(path, t.url).href, { headers: { origin: "http://localhost:5173" } }));
  });

  describe("CSRF prevention still refuses what a page sends without a preflight, even from an allowed origin", () => {
    afterEach(() => expect(t.emulator.requests()).toEqual([]));
    it.each<[string, RequestInit]>([
      [
        "a form post",
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: `query=${encodeURIComponent(QUERY)}`,
        },
      ],
      [
        "a text/plain post of JSON",
        { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: QUERY }) },
      ],
      ["a simple GET", { method: "GET" }],
    ])("%s", async (_name, init) => {
      for (const origin of ["http://localhost:5173", "https://evil.example"]) {
        const url = init.method === "GET" ? `${t.url}?query=${encodeURIComponent(QUERY)}` : t.url;
        const res = await send(url, { ...init, headers: { ...(init.headers as Record<string, string>), origin } });
        expect(res.status).toBe(400);
        expect(res.json?.data).toBeUndefined();
      }
    });
  });
});

describe("in production", () => {
  const t = useGateway(() => startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }));

  it.each(["http://localhost:5173", "https://studio.apollographql.com", APP])(
    "allows no origin by default: %s is refused",
    async (origin) => {
      const res = await preflight(t.url, origin);
      expect(res.status).toBe(403);
      expectNoCors(res);
    },
  );
});

describe("in production with AUTH_MODE=entra and CORS_ORIGINS", () => {
  let issuer: TestIssuer;
  let t: TestGateway;
  beforeAll(async () => {
    issuer = await startIssuer();
    t = await startEmbedded(
      { NODE_ENV: "production", GRAPH_BASE_URL: "emulator", CORS_ORIGINS: APP, ...issuer.env() },
      { callerAuth: { now: issuer.now } },
    );
  });
  afterAll(async () => {
    await t.stop();
    await issuer.close();
  });

  it("answers the listed origin's preflight without a token", async () => {
    expectAllowedPreflight(await preflight(t.url, APP), APP);
    expect(issuer.fetches()).toBe(0);
  });

  it("refuses an origin that is not listed, loopback included", async () => {
    expect((await preflight(t.url, "http://localhost:5173")).status).toBe(403);
  });

  it("lets the listed origin read a 401 and its challenge", async () => {
    const res = await postQuery(t.url, QUERY, { origin: APP });
    expect(res.status).toBe(401);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(res.headers.get("access-control-expose-headers")).toMatch(/\bwww-authenticate\b/);
  });

  it("serves the listed origin's call with a token", async () => {
    const token = await issuer.sign({ scp: "BackupGateway.Read" });
    const res = await postQuery(t.url, QUERY, { origin: APP, authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.json.data.backupRestore.serviceStatus.status).toBeDefined();
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
  });
});
