// The cost check per request, with a document's analysis kept between requests that send the same document.
import { buildSchema, Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { costLimitPlugin } from "../../../src/server/cost-limit.js";

const schema = buildSchema(readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));

/** Runs the plugin's check as Apollo does once the operation is resolved; the refusal's code, or "ok". */
async function check(
  plugin: ReturnType<typeof costLimitPlugin>,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const listener = await plugin.requestDidStart!({} as never);
  try {
    await listener!.didResolveOperation!({ document, operation, request: { variables }, schema } as never);
    return "ok";
  } catch (error) {
    return String((error as { extensions?: { code?: unknown } }).extensions?.code);
  }
}

describe("the cost limit", () => {
  it("judges each request's variables when a page size is a variable, the same document again and again", async () => {
    const plugin = costLimitPlugin(1000);
    const document = parse(
      `query($n: Int) { protectionPolicies(first: $n) { nodes { id protectionUnits(first: 100) { nodes { id } } } } }`,
    );
    expect(await check(plugin, document, { n: 2 })).toBe("ok");
    expect(await check(plugin, document, { n: 50 })).toBe("BAD_USER_INPUT");
    expect(await check(plugin, document, { n: 2 })).toBe("ok");
  });

  it("gives a document with literal page sizes the same answer every time", async () => {
    const plugin = costLimitPlugin(1000);
    const heavy = parse(`{ protectionPolicies(first: 50) { nodes { protectionUnits(first: 100) { nodes { id } } } } }`);
    const light = parse(
      `query($id: ID!) { protectionPolicy(id: $id) { id protectionUnits(first: 5) { nodes { id } } } }`,
    );
    for (let i = 0; i < 3; i++) {
      expect(await check(plugin, heavy)).toBe("BAD_USER_INPUT");
      expect(await check(plugin, light, { id: `p${i}` })).toBe("ok");
    }
  });
});
