// Issue 12, defect 1, replayed over HTTP: a document where each fragment spreads the next one twice (2 KB, 400
// tokens, so within the body and token limits) used to pass every limit after an exponential walk, 25 levels
// blocking the process for a minute. Now each is refused by the field-selection limit before Apollo parses and
// validates it (so before any resolver or Graph call), and a flood of them leaves /healthz answering. How fast goes
// to `npm run bench -- --only bombs`, not here.
import { describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { bomb, BOMB_SHAPES, introspectionBomb } from "../helpers/fragment-bomb.js";
import { postQuery } from "../helpers/http.js";
import { graphCalls } from "../helpers/tenant.js";
import { captureLogs } from "../integration/msgraph/harness.js";

const logs = captureLogs();
const t = useGateway(
  () => startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }, { logger: logs.logger }),
  { resetRequests: true },
);

const REFUSED = { code: "BAD_USER_INPUT", reason: "GRAPHQL_VALIDATION_FAILED" };

describe("fragment bombs over HTTP", () => {
  // Before the fix the first bomb was answered with data after seconds and the deeper ones never: the flood below
  // would block this very process (the gateway runs in it), so it runs only once single bombs are refused.
  let singleBombsRefused = false;

  it("the same document with three levels is an ordinary query and is answered", async () => {
    const res = await postQuery(t.url, bomb(3));
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.protectionPolicies.nodes).toBeInstanceOf(Array);
  });

  it("bombs of 20 to 40 levels, of every shape, are refused by a limit with no upstream call", async () => {
    for (const levels of [20, 25, 30, 35, 40]) {
      for (const [shape, body] of Object.entries(BOMB_SHAPES)) {
        const res = await postQuery(t.url, bomb(levels, body));
        expect({
          levels,
          shape,
          status: res.status,
          errors: res.json.errors?.map((e: { extensions: unknown }) => e.extensions),
        }).toEqual({
          levels,
          shape,
          status: 400,
          errors: [REFUSED],
        });
        expect(res.json.data).toBeUndefined();
        // Refused by the HTTP layer's limit check: Apollo, and so graphql-js's validation, never saw it.
        const lines = logs
          .entries()
          .filter(
            (e) =>
              e.requestId === res.headers.get("x-request-id") && /^(graphql request|request rejected)$/.test(e.msg),
          );
        expect(lines.map((e) => [e.msg, e.reason])).toEqual([["request rejected", "query limit"]]);
      }
    }
    // Through introspection too (off in production, so refused twice over; the walks must still end at once).
    const introspection = await postQuery(t.url, introspectionBomb(40));
    expect(introspection.status).toBe(400);
    expect(introspection.json.errors.map((e: { extensions: unknown }) => e.extensions)).toContainEqual(REFUSED);
    expect(graphCalls(t)).toEqual([]);
    singleBombsRefused = true;
  });

  it("a flood of 50 bombs of 40 levels at once is refused while /healthz keeps answering", async () => {
    expect(singleBombsRefused, "single bombs must be refused before a flood is sent").toBe(true);
    const health: number[] = [];
    let flooding = true;
    const probe = (async () => {
      while (flooding) {
        const res = await fetch(new URL("/healthz", t.url));
        await res.arrayBuffer();
        health.push(res.status);
      }
    })();
    const shapes = Object.values(BOMB_SHAPES);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => postQuery(t.url, bomb(40, shapes[i % shapes.length]))),
    );
    flooding = false;
    await probe;
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 400));
    expect(answers.every((a) => a.json.errors?.[0]?.extensions?.code === REFUSED.code)).toBe(true);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);
    expect(graphCalls(t)).toEqual([]);
  });
});
