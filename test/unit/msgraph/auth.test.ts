import { describe, expect, it } from "vitest";
import { cachedTokenProvider, noAuth, scrubAuthError, staticToken } from "../../../src/msgraph/auth.js";

const MIN = 60_000;

function fakeIssuer(lifetimeMs: number, clock: { now: number }) {
  let issued = 0;
  const fetch = async () => {
    issued++;
    await new Promise((r) => setTimeout(r, 5));
    return { token: `token-${issued}`, expiresOnTimestamp: clock.now + lifetimeMs };
  };
  return { fetch, count: () => issued };
}

describe("cachedTokenProvider", () => {
  it("shares one fetch between concurrent callers", async () => {
    const clock = { now: 0 };
    const issuer = fakeIssuer(60 * MIN, clock);
    const provider = cachedTokenProvider(issuer.fetch, () => clock.now);
    const tokens = await Promise.all([provider.getToken(), provider.getToken(), provider.getToken()]);
    expect(tokens).toEqual(["token-1", "token-1", "token-1"]);
    expect(issuer.count()).toBe(1);
  });

  it("serves the cached token until 5 minutes before expiry, then refreshes", async () => {
    const clock = { now: 0 };
    const issuer = fakeIssuer(60 * MIN, clock);
    const provider = cachedTokenProvider(issuer.fetch, () => clock.now);
    expect(await provider.getToken()).toBe("token-1");
    clock.now = 55 * MIN - 1;
    expect(await provider.getToken()).toBe("token-1");
    clock.now = 55 * MIN;
    expect(await provider.getToken()).toBe("token-2");
    expect(issuer.count()).toBe(2);
  });

  it("does not cache a failed fetch", async () => {
    let calls = 0;
    const provider = cachedTokenProvider(async () => {
      calls++;
      if (calls === 1) throw new Error("AADSTS7000215");
      return { token: "ok", expiresOnTimestamp: Date.now() + 60 * MIN };
    });
    await expect(provider.getToken()).rejects.toThrow("AADSTS7000215");
    expect(await provider.getToken()).toBe("ok");
  });
});

describe("token providers", () => {
  it("noAuth sends no token, staticToken always the same", async () => {
    expect(await noAuth.getToken()).toBeUndefined();
    expect(await staticToken("t").getToken()).toBe("t");
  });
});

describe("scrubAuthError", () => {
  it("keeps the error's name and code but blanks anything shaped like a token", () => {
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLWNhbmFyeQ";
    const err = new Error(
      `invalid_grant: AADSTS50013: Assertion ${jwt} failed; secret ${"Q".repeat(48)}\nsecond line ${jwt}`,
    );
    err.name = "AuthenticationRequiredError";
    const scrubbed = scrubAuthError(err);
    expect(scrubbed.name).toBe("AuthenticationRequiredError");
    expect(scrubbed.message).toBe("invalid_grant: AADSTS50013: Assertion [token] failed; secret [redacted]");
  });
});
