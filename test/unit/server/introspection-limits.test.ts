// Introspection's own budget: when introspection is answered, `__schema`, `__type` and what is below them are held to
// INTROSPECTION_LIMITS, not to the tunable limits, so every variant of graphql-js's standard introspection query
// passes while bombs and circular introspection do not; when it is not answered nothing changes. The early guard and
// the validation rule give the same verdicts.
import { readdirSync, readFileSync } from "node:fs";
import {
  buildSchema,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type IntrospectionOptions,
} from "graphql";
import { describe, expect, it } from "vitest";
import { createLimitGuard } from "../../../src/server/limit-guard.js";
import { DEFAULT_LIMITS, type QueryLimits } from "../../../src/config/query-limits.js";
import { INTROSPECTION_LIMITS, limitErrors, limitRules } from "../../../src/server/limits.js";
import { bomb, introspectionBomb } from "../../helpers/fragment-bomb.js";

const schema = buildSchema(readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));
const ON: QueryLimits = { ...DEFAULT_LIMITS, introspection: true };
const OFF: QueryLimits = { ...DEFAULT_LIMITS, introspection: false };

const EVERY_OPTION: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
};
const STANDARD: Record<string, string> = {
  defaults: getIntrospectionQuery(),
  "every option": getIntrospectionQuery(EVERY_OPTION),
  "no descriptions": getIntrospectionQuery({ descriptions: false }),
  "TypeRef 7 deep (graphql-js 15)": getIntrospectionQuery({ typeDepth: 7 }),
  "TypeRef 14 deep": getIntrospectionQuery({ ...EVERY_OPTION, typeDepth: 14 }),
};

/** The limits' messages, from the validation rule alone (graphql-js's own rules judged apart). */
const limitMessages = (source: string, limits: QueryLimits) => limitErrors(parse(source), limits).map((e) => e.message);

/** A fragment bomb through `on` whose fragments each spread the next twice (the hostile suite's shape). */
const bombOn = (on: string, leaf: string, levels = 30) =>
  Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on ${on} { ${leaf} }` : `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`,
  ).join("\n");

describe("introspection's own budget", () => {
  for (const [name, query] of Object.entries(STANDARD)) {
    it(`the standard introspection query (${name}) passes the limits and graphql-js's rules when introspection is on`, () => {
      expect(limitMessages(query, ON)).toEqual([]);
      expect(validate(schema, parse(query), [...specifiedRules, ...limitRules(ON)])).toEqual([]);
    });
  }

  it("with introspection off the standard query is held to the operation limits, as before", () => {
    expect(limitMessages(getIntrospectionQuery(), OFF).join()).toMatch(/^Depth limit of 10 exceeded \(found 15\)/);
    expect(limitMessages(getIntrospectionQuery(), DEFAULT_LIMITS).join()).toMatch(/^Depth limit of 10 exceeded/);
  });

  it("is fixed: tightening the operation limits leaves introspection alone, and still limits the operation's own fields", () => {
    const tight: QueryLimits = { ...ON, maxDepth: 2, maxFields: 10 };
    expect(limitMessages(getIntrospectionQuery(EVERY_OPTION), tight)).toEqual([]);
    const own = "protectionPolicies { nodes { id displayName protectionUnits { nodes { id } } } }";
    expect(limitMessages(`{ ${own} }`, tight).join()).toMatch(/Depth limit of 2 exceeded/);
    expect(limitMessages(getIntrospectionQuery().replace("__schema {", `${own} __schema {`), tight).join()).toMatch(
      /Depth limit of 2 exceeded \(found 5\)/,
    );
    expect(limitMessages(`{ ${"__typename ".repeat(11)} }`, tight).join()).toMatch(
      /Field selections limit of 10 exceeded/,
    );
  });

  it("two copies of the standard query under aliases exceed it", () => {
    const query = getIntrospectionQuery();
    const body = /__schema \{[\s\S]*?\n {6}\}\n/.exec(query)![0];
    const twice = query.replace(body, `${body}\n copy: ${body}`);
    expect(limitMessages(twice, ON).join()).toMatch(
      new RegExp(`^Introspection field selections limit of ${INTROSPECTION_LIMITS.maxFields} exceeded`),
    );
  });

  it("refuses a TypeRef chain deeper than it allows", () => {
    expect(limitMessages(getIntrospectionQuery({ typeDepth: 16 }), ON).join()).toMatch(
      /Introspection depth limit of 20 exceeded \(found 22\)/,
    );
  });

  it("refuses circular introspection, as graphql-js's MaxIntrospectionDepthRule does", () => {
    for (const query of [
      "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }",
      '{ __type(name: "ProtectionPolicy") { fields { type { fields { type { fields { name } } } } } } }',
      '{ __type(name: "ProtectionPolicy") { ...A } } fragment A on __Type { interfaces { ...B } } fragment B on __Type { possibleTypes { inputFields { name } } }',
    ]) {
      expect(limitMessages(query, ON).join()).toMatch(
        /Introspection limit of 2 nested type lists exceeded \(found [34]\)/,
      );
      expect(validate(schema, parse(query), specifiedRules).map((e) => e.message)).toContain(
        "Maximum introspection depth exceeded",
      );
    }
    // Two type lists on one path are what the standard query itself does (types → fields → args → type).
    expect(limitMessages('{ __type(name: "ProtectionPolicy") { fields { type { fields { name } } } } }', ON)).toEqual(
      [],
    );
  });

  it("refuses fragment bombs through every introspection type, expanding nothing", () => {
    const bombs = [
      introspectionBomb(40),
      `query Bomb { __schema { ...F0 } }\n${bombOn("__Schema", "queryType { name }")}`,
      `query Bomb { __type(name: "Query") { ...F0 } }\n${bombOn("__Type", "name")}`,
      `query Bomb { __schema { types { fields { ...F0 } } } }\n${bombOn("__Field", "name")}`,
      `query Bomb { ...F0 }\n${bombOn("Query", "__schema { queryType { name } }")}`,
    ];
    for (const source of bombs) {
      const probe = { visited: 0 };
      expect(
        limitErrors(parse(source), ON, probe)
          .map((e) => e.message)
          .join(),
      ).toMatch(/^Introspection field selections limit of 400 exceeded/);
      expect(probe.visited).toBeLessThan(2 * source.length);
    }
  });

  it("counts introspection under an operation's own field as the operation's own, as it cannot be answered there", () => {
    const nested = `{ protectionPolicies { nodes { __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    expect(limitMessages(nested, ON).join()).toMatch(/^Depth limit of 10 exceeded \(found 11\)/);
    expect(
      limitMessages(
        `{ protectionPolicies { nodes { ...F0 } } }\n${bombOn("ProtectionPolicy", "__schema { queryType { name } }")}`,
        ON,
      ).join(),
    ).toMatch(/^Field selections limit of 250 exceeded/);
  });

  it("counts fields written in introspection apart: a flood of them is held to the introspection budget", () => {
    const flood = `{ __schema { ${"__typename ".repeat(401)} } }`;
    expect(limitMessages(flood, ON).join()).toMatch(/^Introspection field selections limit of 400 exceeded/);
    expect(limitMessages(`{ __schema { ${"__typename ".repeat(300)} } }`, ON)).toEqual([]);
    expect(limitMessages(`{ __schema { ${"__typename ".repeat(300)} } }`, OFF).join()).toMatch(
      /^Field selections limit of 250 exceeded/,
    );
  });

  it("the guard before Apollo and the validation rule agree on every document, introspection on or off", () => {
    const operations = new URL("../../operations/", import.meta.url);
    const documents = [
      ...Object.values(STANDARD),
      ...readdirSync(operations)
        .filter((f) => f.endsWith(".graphql"))
        .map((f) => readFileSync(new URL(f, operations), "utf8")),
      introspectionBomb(20),
      bomb(20),
      getIntrospectionQuery({ typeDepth: 16 }),
      "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }",
      `{ __schema { ${"__typename ".repeat(401)} } }`,
      `{ protectionPolicies { nodes { __schema { types { name } } } } }`,
    ];
    for (const limits of [ON, OFF]) {
      const guard = createLimitGuard(limits);
      for (const source of documents) {
        const rule = validate(schema, parse(source), limitRules(limits)).map((e) => e.message);
        expect(guard(source)).toBe(rule[0]);
      }
    }
  });
});
