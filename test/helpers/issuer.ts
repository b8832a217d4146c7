// A stand-in Entra ID token issuer on loopback: a JWKS endpoint the test can rotate or take down, and access
// tokens signed in the test. The clock is the test's own, so the gateway's JWKS cooldown and grace periods can
// be crossed without waiting.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

export const TENANT = "11111111-1111-1111-1111-111111111111";
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
export const AUDIENCE = "api://backup-graphql";

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export interface TokenOptions {
  kid?: string;
  /** Seconds from the issuer's clock; default +1 h. */
  expiresIn?: number;
  notBeforeIn?: number;
  iss?: string;
  aud?: string;
}

export interface TestIssuer {
  jwksUrl: string;
  /** The test clock (epoch ms) the gateway is given through `callerAuth.now`. */
  now: () => number;
  advance(ms: number): void;
  /** JWKS answers 503 while false. */
  up: boolean;
  /** JWKS requests served (or refused) so far. */
  fetches(): number;
  /** Generates key `kid` and publishes it next to the current ones. */
  addKey(kid: string): Promise<void>;
  sign(claims?: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  /** Env for a gateway that trusts this issuer. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

export async function startIssuer(): Promise<TestIssuer> {
  const keys = new Map<string, KeyPair>();
  let published: JWK[] = [];
  let fetches = 0;
  let clock = Date.now();
  const server: Server = createServer((_req, res) => {
    fetches++;
    if (!issuer.up) return void res.writeHead(503).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discovery/v2.0/keys`;

  const issuer: TestIssuer = {
    jwksUrl,
    now: () => clock,
    advance: (ms) => void (clock += ms),
    up: true,
    fetches: () => fetches,
    async addKey(kid) {
      const pair = await generateKeyPair("RS256", { extractable: true });
      keys.set(kid, pair);
      published = [...published, { ...(await exportJWK(pair.publicKey)), kid, alg: "RS256", use: "sig" }];
    },
    async sign(claims = {}, options = {}) {
      const kid = options.kid ?? [...keys.keys()].at(-1)!;
      const key = keys.get(kid) ?? [...keys.values()][0]!;
      const seconds = Math.floor(clock / 1000);
      const jwt = new SignJWT({ tid: TENANT, oid: "00000000-0000-0000-0000-0000000000a1", ...claims })
        .setProtectedHeader({ alg: "RS256", kid })
        .setIssuer(options.iss ?? ISSUER)
        .setAudience(options.aud ?? AUDIENCE)
        .setIssuedAt(seconds - 10)
        .setExpirationTime(seconds + (options.expiresIn ?? 3600));
      if (options.notBeforeIn !== undefined) jwt.setNotBefore(seconds + options.notBeforeIn);
      return jwt.sign(key.privateKey);
    },
    env: () => ({ AUTH_MODE: "entra", AUTH_AUDIENCE: AUDIENCE, AUTH_ISSUER: ISSUER, AUTH_JWKS_URL: jwksUrl }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  await issuer.addKey("k1");
  return issuer;
}
