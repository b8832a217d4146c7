// What the console says about a failed request, and how it reads a pasted list or CSV file (console/src/errors.ts).
import { describe, expect, it } from "vitest";
import { explainError, freshness, parseAddresses } from "../../../console/src/errors.js";

describe("explainError", () => {
  it("turns UPSTREAM_THROTTLED into a sentence, an action and the seconds to wait", () => {
    const e = explainError({
      message: "x",
      extensions: { code: "UPSTREAM_THROTTLED", retryAfterSeconds: 7, requestId: "r-1" },
    });
    expect(e).toMatchObject({ code: "UPSTREAM_THROTTLED", retryAfterSeconds: 7, requestId: "r-1" });
    expect(e.sentence).toMatch(/throttling/);
    expect(e.action).toMatch(/retries/);
  });

  it("has a sentence and an action for every code of the gateway's contract", () => {
    for (const code of [
      "BAD_USER_INPUT",
      "NOT_FOUND",
      "FORBIDDEN",
      "CONFLICT",
      "UPSTREAM_THROTTLED",
      "UPSTREAM_UNAVAILABLE",
      "UPSTREAM_TIMEOUT",
      "UPSTREAM_OUTCOME_UNKNOWN",
      "UNAUTHENTICATED",
      "INTERNAL_SERVER_ERROR",
    ]) {
      const e = explainError({ extensions: { code } });
      expect(e.code).toBe(code);
      expect(e.sentence.length).toBeGreaterThan(10);
      expect(e.action.length).toBeGreaterThan(5);
    }
  });

  it("keeps the gateway's hint and treats an unknown code as an internal error", () => {
    expect(explainError({ extensions: { code: "CONFLICT", hint: "Deactivate it first." } }).hint).toBe(
      "Deactivate it first.",
    );
    expect(explainError({ extensions: { code: "SOMETHING_NEW" } }).code).toBe("INTERNAL_SERVER_ERROR");
    expect(explainError(undefined).code).toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("parseAddresses", () => {
  it("reads a CSV with a header, quotes, commas, semicolons and repeats", () => {
    expect(parseAddresses('email\n"a@contoso.com"\nb@contoso.com;c@contoso.com, a@contoso.com\n\n')).toEqual([
      "a@contoso.com",
      "b@contoso.com",
      "c@contoso.com",
    ]);
    expect(parseAddresses("https://contoso.sharepoint.com/sites/hr")).toEqual([
      "https://contoso.sharepoint.com/sites/hr",
    ]);
  });
});

describe("freshness", () => {
  const now = Date.parse("2026-12-07T12:00:00Z");
  it("is fresh within 24 hours, stale after, none without a point", () => {
    expect(freshness("2026-12-07T00:00:00Z", now)).toBe("fresh");
    expect(freshness("2026-12-06T11:00:00Z", now)).toBe("stale");
    expect(freshness(null, now)).toBe("none");
  });
});
