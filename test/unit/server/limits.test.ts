import {
  buildSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../../src/config/query-limits.js";
import { limitRules, operationCost } from "../../../src/server/limits.js";

const schema = buildSchema(readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));
const rules = [...specifiedRules, ...limitRules(DEFAULT_LIMITS)];
const errorsOf = (source: string) => validate(schema, parse(source), rules).map((e) => e.message);

function costOf(source: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return operationCost(schema, op, fragments, variables);
}

const contractOps = new URL("../../../../shared/contract/operations.graphql", import.meta.url);

describe("query limits", () => {
  it("refuses 101 aliases of __typename", () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(" ");
    expect(errorsOf(`query cop { ${aliases} }`).join()).toMatch(/Aliases limit of 15/);
  });

  it("refuses 500 duplicated fields", () => {
    expect(errorsOf(`query cop { ${"__typename ".repeat(500)} }`).join()).toMatch(/Field selections limit/);
  });

  it("refuses more than 5 directives", () => {
    expect(errorsOf(`query { __typename ${"@skip(if: false) ".repeat(6)} }`).join()).toMatch(/Directives limit of 5/);
  });

  it("refuses nesting deeper than 10", () => {
    const deep = `{ protectionUnits { nodes { policy { protectionUnits { nodes { policy { protectionUnits { nodes { policy { protectionUnits { nodes { id } } } } } } } } } } } }`;
    expect(errorsOf(deep).join()).toMatch(/Depth limit of 10/);
  });

  it("accepts every contract operation", () => {
    if (!existsSafe(contractOps)) return;
    // Only the limits are judged here; the contract test checks the rest of validity.
    expect(errorsOf(readFileSync(contractOps, "utf8")).filter((m) => /limit/i.test(m))).toEqual([]);
  });

  it("multiplies list sizes into the cost and reads first from variables", () => {
    const q = `query($n: Int) { protectionPolicies(first: $n) { nodes { id protectionUnits(first: 100) { nodes { id policy { id } } } } } }`;
    expect(costOf(q, { n: 10 })).toBe(1 + 10 + 10 + 1000 + 1000);
    expect(costOf(q)).toBeGreaterThan(costOf(q, { n: 10 }));
  });

  it("keeps the Dashboard with its default page sizes under the default cost ceiling", () => {
    if (!existsSafe(contractOps)) return;
    const doc = readFileSync(contractOps, "utf8");
    const dashboard = doc.slice(doc.indexOf("query Dashboard"));
    expect(costOf(dashboard)).toBeLessThan(DEFAULT_LIMITS.maxCost);
    expect(
      costOf(
        `{ protectionPolicies(first: 500) { nodes { protectionUnits(first: 500) { nodes { id policy { id } } } } } }`,
      ),
    ).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

function existsSafe(url: URL): boolean {
  try {
    readFileSync(url);
    return true;
  } catch {
    return false;
  }
}
