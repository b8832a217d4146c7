// What a production gateway says must be its own: no schema names suggested when the schema is not public (variable
// coercion used to say `Did you mean the enum value "EXCHANGE"?` with introspection off), and no Graph message text
// (which names upstream paths: "Resource not found for the path '/solutions/backupRestore/…'"). Graph's code and
// request ids stay in extensions, so support can still find the call.
import { describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery } from "../helpers/http.js";

const t = useGateway(() => startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }));

describe("production answers name nothing of the schema or of Graph's paths", () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      "an enum variable one letter off",
      "query($w: Workload) { protectionPolicies(filter: { workload: $w }) { nodes { id } } }",
      { w: "EXCHANG" },
    ],
    [
      "an input object variable with a misspelt field",
      "query($f: ProtectionPolicyFilter) { protectionPolicies(filter: $f) { nodes { id } } }",
      { f: { workload: "EXCHANGE", stat: ["ACTIVE"] } },
    ],
    [
      "an enum inside an input object variable",
      "query($f: ProtectionPolicyFilter) { protectionPolicies(filter: $f) { nodes { id } } }",
      { f: { workload: "SHAREPONT" } },
    ],
  ])("variable coercion of %s: BAD_USER_INPUT without suggestions", async (_name, query, variables) => {
    const res = await postQuery(t.url, query, {}, variables);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.text).not.toMatch(/Did you mean|EXCHANGE"|SHAREPOINT|"status"/);
  });

  it("a Graph 404: the gateway's message, with Graph's code and request ids, and no upstream path", async () => {
    t.emulator.resetRequests();
    const res = await postQuery(t.url, `{ protectionPolicy(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    const [error] = res.json.errors;
    expect(error.extensions).toMatchObject({
      code: "NOT_FOUND",
      graphCode: "PolicyNotFound",
      upstreamStatus: 404,
      requestId: expect.any(String),
      clientRequestId: expect.any(String),
    });
    expect(res.text).not.toMatch(/solutions|backupRestore\/|Resource not found|was not found|\/v1\.0/);
    const graphSaid = t.emulator.requests().length;
    expect(graphSaid).toBeGreaterThan(0);
  });
});
