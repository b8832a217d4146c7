// graphql-cop's checks (dolevf/graphql-cop lib/tests, research §4.5), re-implemented against a gateway in
// production mode: each must report "not vulnerable", and none may cost a single Graph call.
import { afterEach, describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery, send } from "../helpers/http.js";

const t = useGateway(() => startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }), {
  resetRequests: true,
});
afterEach(() => expect(t.emulator.requests()).toEqual([]));

const get = (query: string, headers: Record<string, string> = {}) =>
  send(`${t.url}?query=${encodeURIComponent(query)}`, { headers });
const IDE_MARKERS = ["GraphiQL", "GraphQL Playground", "graphiql.min.css", "graphql-playground"];

describe("graphql-cop's checks in production: not vulnerable, and no upstream call", () => {
  it("alias overloading: 101 aliases of __typename are refused", async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(" ");
    const res = await postQuery(t.url, `query cop { ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
  });

  it("array batching: a JSON array of ten operations is refused", async () => {
    const batch = Array.from({ length: 10 }, () => ({ query: "query cop { __typename }" }));
    const res = await send(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(batch),
    });
    expect(res.status).toBe(400);
    expect(Array.isArray(res.json)).toBe(false);
  });

  it("field duplication: 500 duplicated __typename fields are refused", async () => {
    const res = await postQuery(t.url, `query cop { ${"__typename \n".repeat(500)} }`);
    expect(res.status).toBe(400);
    expect(res.json.data?.__typename).toBeUndefined();
  });

  it("directive overloading: ten unknown directives do not give ten errors back", async () => {
    const res = await postQuery(t.url, `query cop { __typename ${"@aa".repeat(10)} }`);
    expect(res.status).toBe(400);
    expect(res.json.errors.length).toBeLessThan(10);
  });

  it("directive overloading: ten valid directives hit the directive limit alone", async () => {
    const res = await postQuery(t.url, `query cop { ${"__typename @include(if: true) ".repeat(10)} }`);
    expect(res.status).toBe(400);
    expect(res.json.errors).toHaveLength(1);
    expect(res.json.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", reason: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("circular introspection: refused, no types returned", async () => {
    const res = await postQuery(
      t.url,
      "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }",
    );
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
  });

  it("introspection: refused in production, with or without whitespace tricks", async () => {
    for (const query of [
      "query cop { __schema { types { name fields { name } } } }",
      "query cop { __schema\n{ types { name } } }",
      '{ __type(name: "Query") { name fields { name } } }',
    ]) {
      const res = await postQuery(t.url, query);
      expect(res.status).toBe(400);
      expect(res.json.data).toBeUndefined();
    }
  });

  it("field suggestions: no 'Did you mean' for a wrong field, on __schema or on our own types", async () => {
    for (const query of [
      "query cop { __schema { directive } }",
      "{ protectionPolicie { id } }",
      "{ protectionPolicies { nodes { displayNam } } }",
    ]) {
      const res = await postQuery(t.url, query);
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/did you mean/i);
    }
  });

  it("GraphQL IDE: a browser GET gets Apollo's static production page, no GraphiQL or Playground", async () => {
    const res = await send(t.url, { headers: { accept: "text/html" } });
    for (const marker of IDE_MARKERS) expect(res.text).not.toContain(marker);
  });

  it("GET query without a preflight-forcing header: refused (CSRF prevention)", async () => {
    const res = await get("query cop { __typename }");
    expect(res.status).toBe(400);
    expect(res.json?.data).toBeUndefined();
  });

  it("mutation over GET: refused with and without a preflight header", async () => {
    const plain = await get("mutation cop { __typename }");
    expect(plain.status).toBe(400);
    const preflighted = await get("mutation cop { __typename }", { "apollo-require-preflight": "true" });
    expect(preflighted.status).toBe(405);
    expect(preflighted.json?.data).toBeUndefined();
  });

  it("url-encoded POST: refused (CSRF prevention)", async () => {
    const res = await send(t.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: "query cop { __typename }" }).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.json?.data).toBeUndefined();
  });

  it("trace mode: a successful operation carries no tracing extension", async () => {
    const res = await postQuery(t.url, "query cop { __typename }");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { __typename: "Query" } });
  });

  it("unhandled errors: a syntax error is a 400 without exception details or stack", async () => {
    const res = await postQuery(t.url, "qwerty cop { abc }");
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", reason: "GRAPHQL_PARSE_FAILED" });
    expect(res.text).not.toMatch(/exception|stacktrace|\n\s+at /);
  });
});
