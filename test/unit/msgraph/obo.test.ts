// The On-Behalf-Of credential cache: one credential per distinct incoming token, bounded, expiring with the token.
import { describe, expect, it } from "vitest";
import { createOboTokenProviders, jwtExpiry } from "../../../src/msgraph/obo.js";

const base = { tenantId: "00000000-0000-0000-0000-000000000001", clientId: "c", clientSecret: "s" };
const jwt = (payload: object) =>
  `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.sig`;

describe("OBO credential cache", () => {
  it("reuses the credential of a token seen before and makes one per new token", () => {
    const obo = createOboTokenProviders(base);
    const first = obo.forBearer("token-a");
    expect(obo.forBearer("token-a")).toBe(first);
    expect(obo.forBearer("token-b")).not.toBe(first);
    expect(obo.size()).toBe(2);
  });

  it("keeps at most maxEntries, dropping the least recently used", () => {
    const obo = createOboTokenProviders({ ...base, maxEntries: 2 });
    const a = obo.forBearer("a");
    const b = obo.forBearer("b");
    obo.forBearer("a");
    obo.forBearer("c");
    expect(obo.size()).toBe(2);
    expect(obo.forBearer("a")).toBe(a);
    expect(obo.forBearer("b")).not.toBe(b);
  });

  it("drops an entry when the incoming token expires, or after maxAgeMs", () => {
    let now = 1_000_000_000_000;
    const obo = createOboTokenProviders({ ...base, maxAgeMs: 600_000, now: () => now });
    const token = jwt({ exp: now / 1000 + 60 });
    const withExp = obo.forBearer(token);
    const opaque = obo.forBearer("opaque");
    now += 59_000;
    expect(obo.forBearer(token)).toBe(withExp);
    now += 2_000;
    expect(obo.forBearer(token)).not.toBe(withExp);
    expect(obo.forBearer("opaque")).toBe(opaque);
    now += 600_000;
    expect(obo.forBearer("opaque")).not.toBe(opaque);
  });

  it("reads a JWT's exp without trusting anything else, and nothing from garbage", () => {
    expect(jwtExpiry(jwt({ exp: 1700000000 }))).toBe(1_700_000_000_000);
    expect(jwtExpiry("not-a-jwt")).toBeUndefined();
    expect(jwtExpiry(jwt({ sub: "x" }))).toBeUndefined();
  });
});
