import { describe, expect, it } from "vitest";
import { createFaultBook } from "../../../src/emulator/faults.js";

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
});
