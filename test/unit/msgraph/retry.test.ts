import { describe, expect, it } from "vitest";
import {
  createRetryPolicy,
  DEFAULT_RETRY_OPTIONS,
  isRetryable,
  parseRetryAfter,
  retryDelayMs,
  type RetryOptions,
} from "../../../src/msgraph/retry.js";

const opts: RetryOptions = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 10_000 };

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-11-07T10:00:00Z");

  it("reads whole and fractional seconds as milliseconds", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("2.128")).toBe(2128);
    expect(parseRetryAfter(" 0 ")).toBe(0);
  });

  it("reads an HTTP-date as the time left from now", () => {
    expect(parseRetryAfter("Thu, 07 Nov 2024 10:00:30 GMT", now)).toBe(30_000);
  });

  it("gives 0 for a past date or a negative number", () => {
    expect(parseRetryAfter("Thu, 07 Nov 2024 09:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("-5")).toBe(0);
  });

  it("gives undefined for missing or garbage values", () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("")).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter("2 seconds")).toBeUndefined();
  });
});

describe("retryDelayMs", () => {
  it("lets Retry-After win over backoff", () => {
    expect(retryDelayMs(0, 1500, opts, () => 0.5)).toBe(1500);
    expect(retryDelayMs(2, 0, opts, () => 0.5)).toBe(0);
  });

  it("clamps Retry-After to maxDelayMs", () => {
    expect(retryDelayMs(0, 3_600_000, opts)).toBe(10_000);
  });

  it("grows exponentially from baseDelayMs and stops at maxDelayMs", () => {
    const top = (attempt: number) => retryDelayMs(attempt, undefined, opts, () => 1);
    expect([0, 1, 2, 3, 4, 10].map(top)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("keeps equal jitter between half and all of the step", () => {
    expect(retryDelayMs(1, undefined, opts, () => 0)).toBe(1000);
    expect(retryDelayMs(1, undefined, opts, () => 0.999)).toBeLessThanOrEqual(2000);
    for (let i = 0; i < 200; i++) {
      const d = retryDelayMs(3, undefined, opts);
      expect(d).toBeGreaterThanOrEqual(4000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });

  it("never exceeds a tiny maxDelayMs", () => {
    const tiny = { ...opts, maxDelayMs: 5 };
    for (let attempt = 0; attempt < 6; attempt++) expect(retryDelayMs(attempt, undefined, tiny)).toBeLessThanOrEqual(5);
  });
});

describe("isRetryable", () => {
  it("retries 429 for every method", () => {
    for (const m of ["GET", "POST", "PATCH", "DELETE"]) expect(isRetryable(m, 429)).toBe(true);
  });

  it("retries 503 and 504 only for idempotent reads", () => {
    expect(isRetryable("GET", 503)).toBe(true);
    expect(isRetryable("head", 504)).toBe(true);
    expect(isRetryable("POST", 503)).toBe(false);
    expect(isRetryable("PATCH", 504)).toBe(false);
    expect(isRetryable("DELETE", 503)).toBe(false);
  });

  it("does not retry other statuses", () => {
    for (const s of [400, 401, 403, 404, 409, 500, 502]) expect(isRetryable("GET", s)).toBe(false);
  });
});

describe("createRetryPolicy", () => {
  const half = () => 0.5;

  it("defaults to the Graph SDKs' 3 retries, 3 s base and 180 s ceiling, and clamps to 10 retries and 180 s", () => {
    expect(createRetryPolicy().options).toEqual({ maxRetries: 3, baseDelayMs: 3000, maxDelayMs: 180_000 });
    expect(DEFAULT_RETRY_OPTIONS).toEqual(createRetryPolicy().options);
    expect(createRetryPolicy({ maxRetries: 50, maxDelayMs: 3_600_000 }).options).toMatchObject({
      maxRetries: 10,
      maxDelayMs: 180_000,
    });
  });

  it("treats status 0 as retryable only when the request may be sent again", () => {
    const policy = createRetryPolicy();
    expect(policy.retryable("POST", { status: 0, code: "ConnectionFailed" })).toBe(true);
    expect(policy.retryable("GET", { status: 0, code: "Timeout" })).toBe(true);
    for (const code of ["OutcomeUnknown", "TokenUnavailable", "InvalidResponse"])
      expect(policy.retryable("GET", { status: 0, code })).toBe(false);
    expect(policy.retryable("POST", { status: 429, code: "TooManyRequests" })).toBe(true);
    expect(policy.retryable("POST", { status: 503, code: "ServiceUnavailable" })).toBe(false);
  });

  it("waits the longest Retry-After of a group, and gives up when retries are used up", () => {
    const policy = createRetryPolicy({ maxRetries: 2 }, half);
    const group = [
      { status: 429, code: "x", retryAfterMs: 200 },
      { status: 429, code: "x", retryAfterMs: 1500 },
      { status: 503, code: "y" },
    ];
    expect(policy.nextDelay(0, group, 0)).toBe(1500);
    expect(policy.nextDelay(1, [{ status: 503, code: "y" }], 0)).toBe(4500);
    expect(policy.nextDelay(2, group, 0)).toBeUndefined();
  });

  it("gives up rather than wait past the deadline", () => {
    const policy = createRetryPolicy({}, half);
    const failure = [{ status: 429, code: "x", retryAfterMs: 10_000 }];
    expect(policy.nextDelay(0, failure, 1_000, 11_000)).toBe(10_000);
    expect(policy.nextDelay(0, failure, 1_000, 10_999)).toBeUndefined();
  });
});
