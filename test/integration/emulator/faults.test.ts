import { describe, expect, it } from "vitest";
import { BACKUP, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({}, { beforeEach: (e) => e.reset() });

describe("injectFault", () => {
  it("throttles with a fractional Retry-After and Graph's TooManyRequests body, then succeeds", async () => {
    emulator.injectFault({ path: "/protectionPolicies", status: 429, retryAfterSeconds: 0.05 });
    const throttled = await call("GET", `${BACKUP}/protectionPolicies`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("0.05");
    expect(throttled.body.error).toMatchObject({
      code: "TooManyRequests",
      message: "Please retry again later.",
      innerError: {
        code: "429",
        message: "Please retry after",
        status: "429",
        "request-id": throttled.headers.get("request-id"),
      },
    });
    const retried = await call("GET", `${BACKUP}/protectionPolicies`);
    expect(retried.status).toBe(200);
    expect(emulator.requests().map((r) => r.status)).toEqual([429, 200]);
  });

  it("defaults Retry-After to 1 second for 429", async () => {
    emulator.injectFault({ status: 429 });
    expect((await call("GET", "/users")).headers.get("retry-after")).toBe("1");
  });

  it("fails `times` matching requests, leaving other methods and paths alone", async () => {
    emulator.injectFault({ method: "GET", path: /\/users$/, status: 503, times: 2 });
    expect((await call("GET", "/users/adele.vance@contoso.com")).status).toBe(200);
    expect((await call("GET", "/users")).status).toBe(503);
    const second = await call("GET", "/users");
    expect([second.status, second.body.error.code]).toEqual([503, "serviceNotAvailable"]);
    expect((await call("GET", "/users")).status).toBe(200);
  });

  it("delays the answer by latencyMs", async () => {
    emulator.injectFault({ path: "/users", status: 504, latencyMs: 60 });
    const started = performance.now();
    const res = await call("GET", "/users");
    expect(res.status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });

  it("only delays when the status is not an error", async () => {
    emulator.injectFault({ path: "/users", status: 200, latencyMs: 1 });
    expect((await call("GET", "/users")).status).toBe(200);
  });

  it("stops failing after clearFaults()", async () => {
    emulator.injectFault({ status: 500, times: 10 });
    emulator.clearFaults();
    expect((await call("GET", "/users")).status).toBe(200);
  });
});
