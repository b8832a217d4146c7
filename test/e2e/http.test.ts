// The HTTP surface a browser, Sandbox or a probe sees.
import { describe, expect, it } from "vitest";
import { useGateway } from "../helpers/gateway.js";

const t = useGateway();

describe("the gateway's HTTP surface", () => {
  it("answers /healthz", async () => {
    const res = await fetch(new URL("/healthz", t.url));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("serves the Sandbox landing page to a browser outside production", async () => {
    const res = await fetch(t.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/sandbox/i);
  });

  it("runs a query sent with GET when the client shows it is not a simple cross-site request", async () => {
    const url = `${t.url}?query=${encodeURIComponent("{ backupRestore { serviceStatus { status } } }")}`;
    const res = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } });
  });

  it("refuses a GET without a preflight-forcing header (CSRF prevention)", async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(res.status).toBe(400);
  });

  it("refuses a mutation over GET", async () => {
    const query = encodeURIComponent(`mutation { deleteProtectionPolicy(id: "x") { deleted } }`);
    const res = await fetch(`${t.url}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(405);
  });

  it("turns invalid JSON and GraphQL syntax errors into BAD_USER_INPUT", async () => {
    const bad = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(bad.status).toBe(400);
    const syntax = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ nope(" }),
    });
    const body = (await syntax.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("answers 404 off the GraphQL path", async () => {
    expect((await fetch(new URL("/elsewhere", t.url))).status).toBe(404);
  });
});
