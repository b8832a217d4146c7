import { beforeEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import { BACKUP, client, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator();
beforeEach(() => {
  emulator.reset();
  emulator.configureThrottle({ capacity: 0 });
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe("the bearer check", () => {
  it("accepts requests without credentials by default (the embedded gateway sends none)", async () => {
    expect((await call("GET", "/users?$top=1")).status).toBe(200);
  });

  it("with requireAuth, refuses a request without Authorization and accepts any bearer", async () => {
    const strict = await startEmulator({ port: 0, timeScale: 0, requireAuth: true });
    try {
      const c = client(strict);
      const refused = await c("GET", "/users?$top=1");
      expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([
        401,
        "InvalidAuthenticationToken",
        "Access token is empty.",
      ]);
      expect(refused.body.error.innerError).toMatchObject({
        date: expect.any(String),
        "request-id": expect.any(String),
        "client-request-id": expect.any(String),
      });
      expect((await c("GET", "/users?$top=1", undefined, bearer("anything"))).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe("throttling", () => {
  it("answers 429 with a fractional Retry-After once a client's bucket is empty; other clients are unaffected", async () => {
    emulator.configureThrottle({ capacity: 2, refillPerSecond: 1.5, key: "token" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await call("GET", "/users?$top=1", undefined, bearer("a")));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
    const retryAfter = Number(statuses[2]!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(0.667);
    expect(statuses[2]!.body.error).toMatchObject({ code: "TooManyRequests", innerError: { status: "429" } });
    expect((await call("GET", "/users?$top=1", undefined, bearer("b"))).status).toBe(200);
    expect((await call("GET", "/_emulator/throttle")).body).toMatchObject({ capacity: 2, throttled: 1 });
  });

  it("counts each $batch item on its own, each throttled item with its own 429 and retry-after", async () => {
    await call("POST", "/_emulator/throttle", { capacity: 2, refillPerSecond: 1.5 });
    const requests = ["1", "2", "3", "4"].map((id) => ({ id, method: "GET", url: "/users?$top=1" }));
    const res = await call("POST", "/$batch", { requests }, bearer("batcher"));
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));
    expect(["1", "2", "3", "4"].map((id) => byId[id].status)).toEqual([200, 200, 429, 429]);
    expect(Number(byId["3"].headers["retry-after"])).toBeGreaterThan(0);
  });

  it("can key clients by client-request-id prefix: one GraphQL request's calls share a bucket", async () => {
    emulator.configureThrottle({ capacity: 1, refillPerSecond: 1.5, key: "client" });
    const id = (n: number) => ({ "client-request-id": `0b2a5f2e-1d3c-4e5f-8a9b-${String(n).padStart(12, "0")}` });
    expect((await call("GET", "/users?$top=1", undefined, id(1))).status).toBe(200);
    expect((await call("GET", "/users?$top=1", undefined, id(2))).status).toBe(429);
    expect(
      (await call("GET", "/users?$top=1", undefined, { "client-request-id": "11111111-1d3c-4e5f-8a9b-000000000001" }))
        .status,
    ).toBe(200);
    expect((await call("DELETE", "/_emulator/throttle")).status).toBe(204);
    expect((await call("GET", "/users?$top=1", undefined, id(3))).status).toBe(200);
  });
});

describe("fault injection", () => {
  it("resets the connection before reading the body, and logs the attempt with status 0", async () => {
    emulator.resetRequests();
    emulator.injectFault({ path: "/users", kind: "reset-before-body" });
    await expect(fetch(`${emulator.baseUrl}/users`)).rejects.toThrow();
    expect(emulator.requests()).toEqual([expect.objectContaining({ method: "GET", path: "/v1.0/users", status: 0 })]);
    expect((await call("GET", "/users?$top=1")).status).toBe(200);
  });

  it("resets the connection after reading the body (POST), through the admin endpoint", async () => {
    await call("POST", "/_emulator/faults", {
      method: "POST",
      path: "/exchangeProtectionPolicies",
      kind: "reset-after-body",
    });
    const attempt = fetch(`${emulator.baseUrl}${BACKUP}/exchangeProtectionPolicies`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ displayName: "x" }),
    });
    await expect(attempt).rejects.toThrow();
    expect((await call("GET", `${BACKUP}/exchangeProtectionPolicies`)).body.value).toHaveLength(1);
  });

  it("fails a seeded, reproducible share of requests for a probabilistic fault", async () => {
    const run = async () => {
      emulator.reset();
      emulator.injectFault({ path: "/users", status: 503, probability: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call("GET", "/users?$top=1")).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(await run()).toEqual(first);
  });

  it("refuses malformed fault specs", async () => {
    for (const spec of [{ kind: "explode" }, { status: 503, probability: 2 }, { kind: "status" }]) {
      expect((await call("POST", "/_emulator/faults", spec)).status).toBe(400);
    }
  });
});
