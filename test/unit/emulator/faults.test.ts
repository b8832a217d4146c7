import { describe, expect, it } from "vitest";
import { createFaultBook, mulberry32 } from "../../../src/emulator/http/faults.js";

describe("createFaultBook", () => {
  it("fails a matching request once by default, then lets it through", () => {
    const faults = createFaultBook();
    faults.add({ path: "/users", status: 429 });
    expect(faults.take("GET", "/users/1")?.status).toBe(429);
    expect(faults.take("GET", "/users/1")).toBeUndefined();
  });

  it("counts `times` down across matching requests only", () => {
    const faults = createFaultBook();
    faults.add({ method: "post", path: /\/activate$/, status: 503, times: 2 });
    expect(faults.take("GET", "/p/1/activate")).toBeUndefined();
    expect(faults.take("POST", "/p/1/activate")?.status).toBe(503);
    expect(faults.list()).toEqual([expect.objectContaining({ times: 1 })]);
    expect(faults.take("POST", "/p/2/activate")?.status).toBe(503);
    expect(faults.take("POST", "/p/3/activate")).toBeUndefined();
  });

  it("uses the first armed fault that matches", () => {
    const faults = createFaultBook();
    faults.add({ path: "/a", status: 503 });
    faults.add({ status: 504 });
    expect(faults.take("GET", "/a")?.status).toBe(503);
    expect(faults.take("GET", "/a")?.status).toBe(504);
  });

  it("forgets everything on clear()", () => {
    const faults = createFaultBook();
    faults.add({ status: 500, times: 5 });
    faults.clear();
    expect(faults.take("GET", "/x")).toBeUndefined();
  });

  it("rejects invalid specs with a message naming the field", () => {
    const faults = createFaultBook();
    expect(() => faults.add({ status: 42 })).toThrow(/status must be an integer 100-599/);
    expect(() => faults.add({ status: 429, times: 0 })).toThrow(/times must be an integer >= 1/);
    expect(() => faults.add({ status: 429, retryAfterSeconds: -1 })).toThrow(/retryAfterSeconds/);
  });

  it("keeps connection-reset faults apart from status faults, by phase", () => {
    const faults = createFaultBook();
    faults.add({ path: "/users", kind: "reset-after-body" });
    expect(faults.take("GET", "/users")).toBeUndefined();
    expect(faults.takeReset("GET", "/users", "reset-before-body")).toBeUndefined();
    expect(faults.takeReset("GET", "/users", "reset-after-body")).toMatchObject({ kind: "reset-after-body" });
    expect(faults.list()).toEqual([]);
  });

  it("fires a probabilistic fault from the seeded PRNG, stays armed, and replays the same draws after clear()", () => {
    const faults = createFaultBook(42);
    const draw = () => {
      faults.add({ status: 503, probability: 0.3 });
      return Array.from({ length: 50 }, () => faults.take("GET", "/x")?.status ?? 200);
    };
    const first = draw();
    const failures = first.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(30);
    expect(faults.list()).toEqual([expect.not.objectContaining({ times: expect.anything() })]);
    faults.clear();
    expect(draw()).toEqual(first);
    expect(createFaultBook(7).list()).toEqual([]);
  });

  it("rejects unknown kinds, probabilities outside (0, 1] and status faults without a status", () => {
    const faults = createFaultBook();
    expect(() => faults.add({ kind: "explode" as never })).toThrow(/kind must be one of/);
    expect(() => faults.add({ status: 503, probability: 0 })).toThrow(/probability/);
    expect(() => faults.add({})).toThrow(/status must be an integer/);
  });

  it("draws uniformly from mulberry32", () => {
    const random = mulberry32(1);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });
});
