import { describe, expect, it } from "vitest";
import { pollAfterSeconds, withRetryAfter } from "../../../src/schema/shared/polling.hints.js";

const NOW = Date.parse("2025-06-01T12:00:00Z");
const ago = (seconds: number) => new Date(NOW - seconds * 1000);

describe("pollAfterSeconds", () => {
  it("is null for terminal objects", () => {
    expect(pollAfterSeconds({ isTerminal: true, lastModified: ago(1) }, NOW)).toBeNull();
  });

  it("grows with the time an object has been idle, between 2 s and 60 s", () => {
    const after = [5, 60, 300, 3600].map((idle) => pollAfterSeconds({ isTerminal: false, lastModified: ago(idle) }, NOW));
    expect(after).toEqual([2, 6, 30, 60]);
  });

  it("is long for an object waiting for a person, and 10 s when Graph gave no date", () => {
    expect(pollAfterSeconds({ isTerminal: false, waiting: true, lastModified: ago(1) }, NOW)).toBe(30);
    expect(pollAfterSeconds({ isTerminal: false, lastModified: null }, NOW)).toBe(10);
  });

  it("treats a date ahead of our clock as just changed", () => {
    expect(pollAfterSeconds({ isTerminal: false, lastModified: ago(-600) }, NOW)).toBe(2);
  });

  it("never asks for a poll before Graph's latest Retry-After ends", () => {
    expect(withRetryAfter(2, 41_200)).toBe(42);
    expect(withRetryAfter(30, 5_000)).toBe(30);
    expect(withRetryAfter(null, 60_000)).toBeNull();
  });
});
