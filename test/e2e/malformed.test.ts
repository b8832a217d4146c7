// The malformed-input corpus (research §5 "Malformed GraphQL") against a production gateway: whatever arrives,
// the answer is a 4xx, never a 5xx, and Graph is never called.
import { afterEach, describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery, seeded, send } from "../helpers/http.js";

const t = useGateway(() => startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }), {
  resetRequests: true,
});
afterEach(() => expect(t.emulator.requests()).toEqual([]));

describe("malformed input: always a 4xx, never a 5xx, and no upstream call", () => {
  const VALID = JSON.stringify({ query: "query Q { protectionPolicies { nodes { id displayName } } }", variables: {} });
  const expect4xx = (status: number, what: string) =>
    expect(status >= 400 && status < 500, `${what} → ${status}`).toBe(true);
  const post = (
    body: NonNullable<RequestInit["body"]>,
    headers: Record<string, string> = { "content-type": "application/json" },
  ) => send(t.url, { method: "POST", headers, body });

  it("random bytes, as JSON and with no content type", async () => {
    const random = seeded(7);
    for (let i = 0; i < 40; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256));
      expect4xx((await post(bytes)).status, `random #${i} as JSON`);
      if (i % 4 === 0) expect4xx((await post(bytes, {})).status, `random #${i} without content type`);
    }
  });

  it("every truncation of a valid request", async () => {
    for (let cut = 1; cut < VALID.length; cut++) expect4xx((await post(VALID.slice(0, cut))).status, `cut at ${cut}`);
  });

  it("wrong content types", async () => {
    for (const type of [
      "text/plain",
      "multipart/form-data; boundary=x",
      "application/xml",
      "application/graphql",
      "application/octet-stream",
      "text/html",
    ]) {
      expect4xx((await post(VALID, { "content-type": type })).status, type);
    }
  });

  it("JSON that is not a GraphQL request", async () => {
    const bodies = [
      "null",
      "[]",
      '"query"',
      "123",
      "{}",
      '{"query":5}',
      '{"query":"{ __typename }","variables":"x"}',
      '{"query":"{ __typename }","operationName":5}',
      '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
      '{"query":"query A { __typename } query B { __typename }"}',
      '{"query":"query ($n: Int!) { protectionPolicies(first: $n) { nodes { id } } }","variables":{"n":"many"}}',
      '{"query":"\\ud800"}',
    ];
    for (const body of bodies) expect4xx((await post(body)).status, body);
  });

  it("GET requests with broken parameters", async () => {
    for (const search of [
      "?query=",
      "?query=%E0%A4%A",
      "?query={__typename}&variables={",
      "?query={__typename}&extensions=[",
      "?variables={}",
    ]) {
      expect4xx((await send(`${t.url}${search}`, { headers: { "apollo-require-preflight": "1" } })).status, search);
    }
  });

  it("an oversize body gets 413, whether it declares its length or streams it", async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(1_048_576) } });
    expect((await post(big)).status).toBe(413);
    const chunks = [
      new TextEncoder().encode(big.slice(0, 60_000)),
      new TextEncoder().encode(big.slice(60_000, 120_000)),
    ];
    const stream = new ReadableStream({
      pull(c) {
        const next = chunks.shift();
        if (next) c.enqueue(next);
        else c.close();
      },
    });
    const streamed = await send(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("a 1,200-token document, deep nesting and a parser-recursion bomb are refused", async () => {
    const values = Array.from({ length: 1195 }, (_, i) => i).join(",");
    const docs = [
      `query ($a: [Int] = [${values}]) { __typename }`,
      `{ protectionUnits { nodes { policy { protectionUnits { nodes { policy { protectionUnits { nodes { policy { protectionUnits { nodes { id } } } } } } } } } } } }`,
      `{ __typename(a: ${"[".repeat(600)}${"]".repeat(600)}) }`,
    ];
    for (const doc of docs) expect4xx((await postQuery(t.url, doc)).status, doc.slice(0, 40));
  });
});
