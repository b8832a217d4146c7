// Caller authentication against a JWKS server on loopback, with tokens signed in the test.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthenticator, type Authenticator } from "../../../src/server/auth/authenticate.js";

const ISSUER = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0";
const AUDIENCE = "api://backup-graphql";
let server: Server;
let jwksUrl: string;
let published: JWK[] = [];
let up = true;
let now = Date.now();
let keyA: Awaited<ReturnType<typeof generateKeyPair>>;
let keyB: Awaited<ReturnType<typeof generateKeyPair>>;

beforeAll(async () => {
  keyA = await generateKeyPair("RS256", { extractable: true });
  keyB = await generateKeyPair("RS256", { extractable: true });
  published = [{ ...(await exportJWK(keyA.publicKey)), kid: "a", alg: "RS256", use: "sig" }];
  server = createServer((_req, res) => {
    if (!up) return void res.writeHead(503).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

async function token(claims: Record<string, unknown> = {}, key = keyA.privateKey, kid = "a", alg = "RS256") {
  const seconds = Math.floor(now / 1000);
  return new SignJWT({ scp: "BackupGateway.Read", tid: "11111111-1111-1111-1111-111111111111", ...claims })
    .setProtectedHeader({ alg, kid })
    .setIssuer((claims.iss as string) ?? ISSUER)
    .setAudience((claims.aud as string) ?? AUDIENCE)
    .setIssuedAt(seconds - 10)
    .setExpirationTime((claims.exp as number) ?? seconds + 3600)
    .sign(key);
}

function authenticator(): Authenticator {
  return createAuthenticator({ mode: "entra", issuer: ISSUER, audiences: [AUDIENCE], jwksUrl, now: () => now });
}

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: { reason?: string }) => e.reason ?? String(e),
  );

describe("caller authentication (Entra ID bearer tokens)", () => {
  it("accepts a valid token and reads its scopes", async () => {
    const caller = await authenticator().authenticate(request(`Bearer ${await token()}`));
    expect(caller.authenticated).toBe(true);
    expect([...caller.permissions]).toEqual(["BackupGateway.Read"]);
  });

  it.each([
    ["missing", async () => undefined, "missing bearer token"],
    ["malformed", async () => "Bearer not-a-jwt", "malformed bearer token"],
    [
      "expired beyond 60 s",
      async () => `Bearer ${await token({ exp: Math.floor(now / 1000) - 61 })}`,
      "ERR_JWT_EXPIRED",
    ],
    [
      "not yet valid",
      async () =>
        `Bearer ${await new SignJWT({})
          .setProtectedHeader({ alg: "RS256", kid: "a" })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime(Math.floor(now / 1000) + 7200)
          .setNotBefore(Math.floor(now / 1000) + 600)
          .sign(keyA.privateKey)}`,
      "ERR_JWT_CLAIM_VALIDATION_FAILED",
    ],
    [
      "for another audience",
      async () => `Bearer ${await token({ aud: "https://graph.microsoft.com" })}`,
      "ERR_JWT_CLAIM_VALIDATION_FAILED",
    ],
    [
      "from another issuer",
      async () => `Bearer ${await token({ iss: "https://login.microsoftonline.com/other/v2.0" })}`,
      "ERR_JWT_CLAIM_VALIDATION_FAILED",
    ],
    [
      "signed by an unknown key",
      async () => `Bearer ${await token({}, keyB.privateKey, "a")}`,
      "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    ],
  ])("refuses a token that is %s", async (_name, header, reason) => {
    expect(await reasonOf(authenticator().authenticate(request(await header())))).toBe(reason);
  });

  it("refuses alg none and HS256 signed with the public key", async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const body = b64({ iss: ISSUER, aud: AUDIENCE, exp: Math.floor(now / 1000) + 600 });
    const none = `${b64({ alg: "none", kid: "a" })}.${body}.`;
    expect(await reasonOf(authenticator().authenticate(request(`Bearer ${none}`)))).not.toBe("accepted");
    const publicPem = new TextEncoder().encode(JSON.stringify(published[0]));
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid: "a" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime("1h")
      .sign(publicPem);
    expect(await reasonOf(authenticator().authenticate(request(`Bearer ${hs}`)))).not.toBe("accepted");
  });

  it("picks up a rotated key with one refetch, and refetches once at most for a kid still unknown after it", async () => {
    const auth = authenticator();
    await auth.authenticate(request(`Bearer ${await token()}`));
    expect(auth.jwks?.fetches()).toBe(1);
    published = [...published, { ...(await exportJWK(keyB.publicKey)), kid: "b", alg: "RS256", use: "sig" }];
    now += 31_000;
    expect((await auth.authenticate(request(`Bearer ${await token({}, keyB.privateKey, "b")}`))).authenticated).toBe(
      true,
    );
    expect(auth.jwks?.fetches()).toBe(2);
    for (let i = 0; i < 5; i++)
      await reasonOf(auth.authenticate(request(`Bearer ${await token({}, keyB.privateKey, "zzz")}`)));
    expect(auth.jwks?.fetches()).toBe(3);
  });

  it("refetches for no unknown kid whose token claims another issuer or audience, or has expired", async () => {
    const auth = authenticator();
    await auth.authenticate(request(`Bearer ${await token()}`));
    const seconds = Math.floor(now / 1000);
    for (let i = 0; i < 20; i++) {
      const claims = [
        { iss: "https://evil.example/v2.0" },
        { aud: "https://graph.microsoft.com" },
        { exp: seconds - 3600 },
      ][i % 3]!;
      expect(
        await reasonOf(auth.authenticate(request(`Bearer ${await token(claims, keyB.privateKey, `forged-${i}`)}`))),
      ).toBe("ERR_JWKS_NO_MATCHING_KEY");
    }
    expect(auth.jwks?.fetches()).toBe(1);
  });

  it("caps unknown-kid refetches over time: 5 back to back, then one per 30 s", async () => {
    const auth = authenticator();
    await auth.authenticate(request(`Bearer ${await token()}`));
    for (let i = 0; i < 8; i++)
      await reasonOf(auth.authenticate(request(`Bearer ${await token({}, keyB.privateKey, `plausible-${i}`)}`)));
    expect(auth.jwks?.fetches()).toBe(1 + 5);
    now += 30_000;
    for (let i = 8; i < 12; i++)
      await reasonOf(auth.authenticate(request(`Bearer ${await token({}, keyB.privateKey, `plausible-${i}`)}`)));
    expect(auth.jwks?.fetches()).toBe(1 + 5 + 1);
  });

  it("accepts the scheme in any case (RFC 9110: schemes are case-insensitive)", async () => {
    const auth = authenticator();
    for (const scheme of ["bearer", "BEARER", "Bearer"]) {
      expect((await auth.authenticate(request(`${scheme} ${await token()}`))).authenticated).toBe(true);
    }
  });

  it("keeps validating with cached keys while the JWKS endpoint is down, up to the grace period", async () => {
    const auth = authenticator();
    await auth.authenticate(request(`Bearer ${await token()}`));
    up = false;
    try {
      now += 3600_000 + 5 * 60_000; // keys are stale and the refresh fails, but within 10 min of grace
      expect((await auth.authenticate(request(`Bearer ${await token()}`))).authenticated).toBe(true);
      now += 10 * 60_000; // beyond the grace period: refuse rather than trust keys of unknown age
      expect(await reasonOf(auth.authenticate(request(`Bearer ${await token()}`)))).not.toBe("accepted");
    } finally {
      up = true;
    }
  });
});
