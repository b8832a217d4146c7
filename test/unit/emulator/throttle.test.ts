import { describe, expect, it } from "vitest";
import { clientKey, createThrottle } from "../../../src/emulator/http/throttle.js";
import { fakeRequest } from "./fakes.js";

const as = (token?: string, clientRequestId = "00000000-0000-0000-0000-000000000002") =>
  fakeRequest("/users", { headers: token ? { authorization: `Bearer ${token}` } : {}, clientRequestId });

describe("createThrottle", () => {
  it("lets `capacity` requests through, then asks for the fractional wait until the next token", () => {
    let now = 0;
    const throttle = createThrottle({ capacity: 2, refillPerSecond: 4, key: "token" }, () => now);
    expect([throttle.take(as("a")), throttle.take(as("a"))]).toEqual([undefined, undefined]);
    expect(throttle.take(as("a"))).toBe(0.25);
    now += 100;
    expect(throttle.take(as("a"))).toBe(0.15);
    now += 150;
    expect(throttle.take(as("a"))).toBeUndefined();
    expect(throttle.throttledCount()).toBe(2);
  });

  it("keeps one bucket per bearer token, and one shared bucket for requests without one", () => {
    const throttle = createThrottle({ capacity: 1, refillPerSecond: 1, key: "token" }, () => 0);
    expect([throttle.take(as("a")), throttle.take(as("b")), throttle.take(as())]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(throttle.take(as())).toBe(1);
  });

  it("is off with capacity 0, and configure() empties every bucket", () => {
    const throttle = createThrottle({ capacity: 0, refillPerSecond: 1, key: "token" }, () => 0);
    for (let i = 0; i < 100; i++) expect(throttle.take(as("a"))).toBeUndefined();
    throttle.configure({ capacity: 1 });
    expect([throttle.take(as("a")), throttle.take(as("a"))]).toEqual([undefined, 1]);
    throttle.configure({});
    expect(throttle.take(as("a"))).toBeUndefined();
  });

  it("keys by the first four blocks of a GUID client-request-id in client mode", () => {
    expect(clientKey(as("t", "0B2A5F2E-1D3C-4E5F-8A9B-000000000001"), "client")).toBe("0b2a5f2e-1d3c-4e5f-8a9b");
    expect(clientKey(as("t", "my-id"), "client")).toBe("my-id");
  });

  it("refuses invalid settings", () => {
    expect(() => createThrottle({ capacity: -1, refillPerSecond: 0, key: "token" })).toThrow(
      /capacity.*refillPerSecond/,
    );
  });
});
