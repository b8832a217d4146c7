// AUTH_MODE=entra over HTTP, against a loopback JWKS with tokens signed in the test: every refusal happens
// before GraphQL parsing (401 + WWW-Authenticate, no schema text) or before any resolver (403), and none of
// them costs a Graph call. Then key rotation and a JWKS outage, on the test's clock.
import { afterEach, describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery, type RawResponse } from "../helpers/http.js";
import { AUDIENCE, ISSUER, startIssuer, type TestIssuer } from "../helpers/issuer.js";
import { useStarted } from "../helpers/started.js";

const TYPO = "{ protectionPolicie { id } }";
const QUERY = "{ backupRestore { serviceStatus { status } } }";
const MUTATION = `mutation { deactivateProtectionPolicy(id: "00000000-0000-0000-0000-000000000000") { policy { id } } }`;
const READ = { scp: "BackupGateway.Read" };
const WRITE = { scp: "BackupGateway.ReadWrite" };

// Hooks run as a stack: the gateway starts after the issuer and stops before it.
const issuer = useStarted(() => startIssuer());
const t = useGateway(
  () =>
    startEmbedded(
      { NODE_ENV: "production", GRAPH_BASE_URL: "emulator", ...issuer.env() },
      { callerAuth: { now: issuer.now } },
    ),
  { resetRequests: true },
);

const call = (query: string, token?: string) =>
  postQuery(t.url, query, token === undefined ? {} : { authorization: token });
const bearer = async (claims: Record<string, unknown> = READ, options: Parameters<TestIssuer["sign"]>[1] = {}) =>
  `Bearer ${await issuer.sign(claims, options)}`;

function expect401(res: RawResponse) {
  expect(res.status).toBe(401);
  expect(res.headers.get("www-authenticate")).toMatch(/^Bearer\b/);
  expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  // Nothing about the schema: the typo'd field was never parsed, let alone validated.
  expect(res.text).not.toMatch(/protectionPolicie|Cannot query|Did you mean|Syntax Error/i);
}

describe("AUTH_MODE=entra refuses before parsing (401), with no upstream call", () => {
  afterEach(() => expect(t.emulator.requests()).toEqual([]));
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");

  it.each<[string, () => Promise<string | undefined>]>([
    ["no token", async () => undefined],
    ["a malformed token", async () => "Bearer not-a-jwt"],
    ["another scheme", async () => `Basic ${b64({ user: "x" })}`],
    ["an expired token (beyond the 60 s tolerance)", () => bearer(READ, { expiresIn: -61 })],
    ["a token not valid yet", () => bearer(READ, { notBeforeIn: 600 })],
    ["a token for another audience (Microsoft Graph)", () => bearer(READ, { aud: "https://graph.microsoft.com" })],
    [
      "a token from another tenant",
      () => bearer(READ, { iss: "https://login.microsoftonline.com/22222222-2222-2222-2222-222222222222/v2.0" }),
    ],
    [
      "alg none",
      async () =>
        `Bearer ${b64({ alg: "none", kid: "k1" })}.${b64({ iss: ISSUER, aud: AUDIENCE, exp: Math.floor(issuer.now() / 1000) + 600, scp: "BackupGateway.ReadWrite" })}.`,
    ],
    ["a forged signature", async () => (await bearer()).replace(/\.[\w-]+$/, ".c2lnbmF0dXJl")],
  ])("%s", async (_name, header) => {
    expect401(await call(TYPO, await header()));
  });

  it("HS256 signed with the issuer's public key", async () => {
    const { SignJWT } = await import("jose");
    const jwks = (await (await fetch(issuer.jwksUrl)).json()) as { keys: object[] };
    const secret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
    const hs = await new SignJWT(WRITE)
      .setProtectedHeader({ alg: "HS256", kid: "k1" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(Math.floor(issuer.now() / 1000) + 600)
      .sign(secret);
    expect401(await call(TYPO, `Bearer ${hs}`));
  });

  it("the landing page and GET queries need a token too in production", async () => {
    const page = await fetch(t.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(401);
  });
});

describe("AUTH_MODE=entra permissions", () => {
  it("lets a read token query, and a typo'd field then gets validation text", async () => {
    const token = await bearer(READ);
    const ok = await call(QUERY, token);
    expect(ok.json).toEqual({ data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } });
    expect((await call(TYPO, token)).status).toBe(400);
  });

  it("refuses a mutation with a read-only token: 403 FORBIDDEN before any Graph call", async () => {
    const res = await call(MUTATION, await bearer(READ));
    expect(res.status).toBe(403);
    expect(res.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(t.emulator.requests()).toEqual([]);
  });

  it("lets a read-write token or an app role run the mutation", async () => {
    for (const claims of [WRITE, { roles: ["BackupGateway.ReadWrite"] }]) {
      const res = await call(MUTATION, await bearer(claims));
      expect(res.json.errors[0].extensions.code).toBe("NOT_FOUND");
    }
    expect(t.emulator.requests().length).toBeGreaterThan(0);
  });
});

describe("signing keys", () => {
  it("picks up a rotated key with one JWKS refetch, and refetches at most once for a kid still unknown after it", async () => {
    expect((await call(QUERY, await bearer())).status).toBe(200);
    const before = issuer.fetches();
    await issuer.addKey("k2");
    issuer.advance(31_000);
    expect((await call(QUERY, await bearer(READ, { kid: "k2" }))).status).toBe(200);
    expect(issuer.fetches()).toBe(before + 1);
    for (let i = 0; i < 5; i++) expect401(await call(QUERY, await bearer(READ, { kid: "unknown" })));
    expect(issuer.fetches()).toBe(before + 2);
  });

  it("keeps accepting tokens on cached keys while the JWKS is down, then answers 503 past the grace period", async () => {
    expect((await call(QUERY, await bearer())).status).toBe(200);
    issuer.up = false;
    try {
      issuer.advance(3600_000 + 5 * 60_000); // keys are stale and the refresh fails, but within 10 min of grace
      expect((await call(QUERY, await bearer())).status).toBe(200);
      issuer.advance(10 * 60_000);
      t.emulator.resetRequests();
      const res = await call(QUERY, await bearer());
      expect(res.status).toBe(503);
      expect(res.json.errors[0].extensions.code).toBe("UPSTREAM_UNAVAILABLE");
      expect(t.emulator.requests()).toEqual([]);
      expect401(await call(QUERY, "Bearer not-a-jwt"));
    } finally {
      issuer.up = true;
    }
  });

  it("answers 503, not 500, when the JWKS has never been reachable", async () => {
    const down = await startIssuer();
    down.up = false;
    const g = await startEmbedded(down.env(), { callerAuth: { now: down.now } });
    try {
      const res = await postQuery(g.url, QUERY, { authorization: `Bearer ${await down.sign(READ)}` });
      expect(res.status).toBe(503);
      expect(g.emulator.requests()).toEqual([]);
    } finally {
      await g.stop();
      await down.close();
    }
  });
});
