// Single-flight with an age bound (issue 12, defect 5): a request joins a flight only while it can still be expected
// to answer — young enough, and under a deadline no later than the joiner's own — else it leads a fresh one, which
// the requests after it join. Time is a fake clock moved by hand.
import { describe, expect, it } from "vitest";
import { createMemoryFlightRegistry, DEFAULT_MAX_JOIN_AGE_MS } from "../../../src/stores/index.js";

function clock(start = 1_000_000) {
  const c = { at: start, now: () => c.at };
  return c;
}

/** A call that settles only when told. */
function pending<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the in-memory flight registry", () => {
  it("lets a request join a young flight and forgets the flight once it lands", async () => {
    const c = clock();
    const flights = createMemoryFlightRegistry({ now: c.now });
    const call = pending<string>();
    const led = flights.lead("k", () => call.promise, { deadlineAt: c.at + 25_000 });
    c.at += DEFAULT_MAX_JOIN_AGE_MS;
    const joined = flights.join<string>("k", { deadlineAt: c.at + 25_000 });
    expect(joined).toBeDefined();
    call.resolve("answer");
    await expect(Promise.all([led, joined])).resolves.toEqual(["answer", "answer"]);
    expect(flights.size()).toBe(0);
  });

  it("does not let a request join a flight older than a healthy answer takes; the fresh flight it leads is joined after it", async () => {
    const c = clock();
    const flights = createMemoryFlightRegistry({ now: c.now, maxJoinAgeMs: 500 });
    const lost = pending<string>();
    void flights.lead("k", () => lost.promise);
    c.at += 501;
    expect(flights.join("k")).toBeUndefined();
    const fresh = pending<string>();
    const led = flights.lead("k", () => fresh.promise);
    c.at += 100;
    const joined = flights.join<string>("k");
    fresh.resolve("fresh");
    await expect(joined).resolves.toBe("fresh");
    await expect(led).resolves.toBe("fresh");
    // The lost call landing late must not drop the fresh one's successor from the registry.
    const next = pending<string>();
    void flights.lead("k", () => next.promise);
    lost.resolve("late");
    await lost.promise;
    expect(flights.join("k")).toBeDefined();
  });

  it("does not let a request join a flight that may outlive its own deadline", () => {
    const c = clock();
    const flights = createMemoryFlightRegistry({ now: c.now });
    void flights.lead("k", () => new Promise(() => {}), { deadlineAt: c.at + 25_000 });
    expect(flights.join("k", { deadlineAt: c.at + 24_000 })).toBeUndefined();
    expect(flights.join("k", { deadlineAt: c.at + 25_000 })).toBeDefined();
    expect(flights.join("k")).toBeDefined();
    void flights.lead("open", () => new Promise(() => {}));
    // A flight under no deadline may run for ever: only a joiner without one waits for it.
    expect(flights.join("open", { deadlineAt: c.at + 25_000 })).toBeUndefined();
    expect(flights.join("open")).toBeDefined();
  });
});
