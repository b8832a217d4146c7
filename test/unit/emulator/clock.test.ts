import { describe, expect, it } from "vitest";
import { createClock } from "../../../src/emulator/state/clock.js";

const START = Date.parse("2025-01-01T00:00:00Z");

function fakeRealTime(startMs = 1_000_000) {
  let now = startMs;
  return {
    realNow: () => now,
    tick: (ms: number) => {
      now += ms;
    },
  };
}

describe("createClock", () => {
  it("starts at startMs", () => {
    const real = fakeRealTime();
    expect(createClock({ startMs: START, timeScale: 60, realNow: real.realNow }).now()).toBe(START);
  });

  it("moves timeScale emulated seconds per real second", () => {
    const real = fakeRealTime();
    const clock = createClock({ startMs: START, timeScale: 60, realNow: real.realNow });
    real.tick(1_000);
    expect(clock.now()).toBe(START + 60_000);
  });

  it("stands still with timeScale 0 until advanced", () => {
    const real = fakeRealTime();
    const clock = createClock({ startMs: START, timeScale: 0, realNow: real.realNow });
    real.tick(3_600_000);
    expect(clock.now()).toBe(START);
    clock.advance(5 * 60_000);
    expect(clock.now()).toBe(START + 5 * 60_000);
  });

  it("adds manual advances to scaled real time", () => {
    const real = fakeRealTime();
    const clock = createClock({ startMs: START, timeScale: 2, realNow: real.realNow });
    real.tick(500);
    clock.advance(10_000);
    expect(clock.now()).toBe(START + 1_000 + 10_000);
  });

  it("floors fractional milliseconds", () => {
    const real = fakeRealTime();
    const clock = createClock({ startMs: START, timeScale: 0.5, realNow: real.realNow });
    real.tick(3);
    expect(clock.now()).toBe(START + 1);
  });

  it("refuses to go backwards or to advance by a non-number", () => {
    const clock = createClock({ startMs: START, timeScale: 0 });
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });

  it("rejects a negative time scale", () => {
    expect(() => createClock({ startMs: START, timeScale: -1 })).toThrow(/timeScale/);
  });
});
