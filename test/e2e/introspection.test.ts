// What Apollo Sandbox, GraphiQL, IDE plugins and graphql-codegen send to learn the schema: graphql-js's standard
// introspection query, in each of its option variants. Whenever introspection is on it must answer the whole schema
// (as schema/schema.graphql prints it) within its own budget, while circular introspection and introspection bombs
// are still refused, and with introspection off nothing of it is answered.
import { readFileSync } from "node:fs";
import {
  buildASTSchema,
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  visit,
  type GraphQLSchema,
  type IntrospectionOptions,
} from "graphql";
import { describe, expect, it } from "vitest";
import { introspectionBomb } from "../helpers/fragment-bomb.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { postQuery, send } from "../helpers/http.js";

const SCHEMA = readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
const printed = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;
/** schema/schema.graphql as a client asking for no descriptions sees it. */
const UNDESCRIBED = printed(
  buildASTSchema(
    visit(parse(SCHEMA), {
      enter: (node) => ("description" in node ? { ...node, description: undefined } : undefined),
    }),
  ),
);

const EVERY_OPTION: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
};

/** The variants clients send: graphql-js's defaults, GraphiQL's and Sandbox's options, older and longer TypeRef chains. */
const VARIANTS: Record<string, IntrospectionOptions> = {
  "graphql-js defaults (graphql-codegen, IDE plugins)": {},
  "GraphiQL (schema description, input value deprecation)": { schemaDescription: true, inputValueDeprecation: true },
  "Apollo Sandbox (specifiedByURL, repeatable directives, input value deprecation)": {
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    inputValueDeprecation: true,
  },
  "every option": EVERY_OPTION,
  "without descriptions": { ...EVERY_OPTION, descriptions: false },
  "graphql-js 15 and early 16 (TypeRef 7 deep)": { typeDepth: 7 },
  "a TypeRef chain of 14": { ...EVERY_OPTION, typeDepth: 14 },
};

async function expectFullSchema(url: string, options: IntrospectionOptions) {
  const res = await postQuery(url, getIntrospectionQuery(options));
  expect(res.json?.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(printed(buildClientSchema(res.json.data))).toBe(options.descriptions === false ? UNDESCRIBED : SCHEMA);
}

describe("introspection in development", () => {
  const t = useGateway();

  for (const [name, options] of Object.entries(VARIANTS)) {
    it(`the standard introspection query (${name}) answers the whole schema`, () => expectFullSchema(t.url, options));
  }

  it("the same query a second time answers the same (the limit check remembers documents that passed)", async () => {
    await expectFullSchema(t.url, {});
    await expectFullSchema(t.url, {});
  });

  it("introspection next to the operation's own fields: each is held to its own budget", async () => {
    const query = getIntrospectionQuery().replace(
      "__schema {",
      "backupRestore { serviceStatus { status } }\n__schema {",
    );
    const res = await postQuery(t.url, query);
    expect(res.status).toBe(200);
    expect(res.json.data.backupRestore.serviceStatus.status).toBeTruthy();
  });

  it("the operation's own fields still have the depth limit, introspection alongside or not", async () => {
    const deep = `protectionUnits { nodes { policy { protectionUnits { nodes { policy { protectionUnits { nodes { policy { protectionUnits { nodes { id } } } } } } } } } } }`;
    for (const query of [`{ ${deep} }`, `{ __schema { queryType { name } } ${deep} }`]) {
      const res = await postQuery(t.url, query);
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("two copies of the standard query under aliases exceed the introspection budget", async () => {
    const body = getIntrospectionQuery().match(/__schema \{[\s\S]*?\n {6}\}\n/)![0];
    const twice = getIntrospectionQuery().replace(body, `${body}\n copy: ${body}`);
    const res = await postQuery(t.url, twice);
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("circular introspection is refused, no types returned", async () => {
    for (const query of [
      "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }",
      '{ __type(name: "ProtectionPolicy") { fields { type { fields { type { fields { name } } } } } } }',
      '{ __type(name: "ProtectionPolicy") { ...A } } fragment A on __Type { interfaces { possibleTypes { fields { name } } } }',
    ]) {
      const res = await postQuery(t.url, query);
      expect(res.status).toBe(400);
      expect(res.json.data).toBeUndefined();
      expect(res.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("an introspection fragment bomb is refused, no types returned", async () => {
    for (const levels of [20, 40]) {
      const res = await postQuery(t.url, introspectionBomb(levels));
      expect(res.status).toBe(400);
      expect(res.json.data).toBeUndefined();
    }
  });

  it("Sandbox opens with the README's first query in its editor", async () => {
    const { SANDBOX_DOCUMENT } = await import("../../src/server/sandbox-document.js");
    const res = await send(t.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.text).toContain("embeddable-sandbox");
    expect(res.text).toContain(`"document":${JSON.stringify(SANDBOX_DOCUMENT)}`);
  });
});

describe("introspection in production", () => {
  it("with GRAPHQL_INTROSPECTION=true the standard query answers the whole schema", async () => {
    const t = await startExternal({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" });
    try {
      for (const options of [VARIANTS["graphql-js defaults (graphql-codegen, IDE plugins)"]!, EVERY_OPTION])
        await expectFullSchema(t.url, options);
      const circular = await postQuery(
        t.url,
        "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
      );
      expect(circular.status).toBe(400);
    } finally {
      await t.stop();
    }
  });

  it("by default introspection stays off: the standard query and a shallow one answer nothing of the schema", async () => {
    const t = await startExternal({ NODE_ENV: "production" });
    try {
      for (const query of [getIntrospectionQuery(), "{ __schema { types { name } } }"]) {
        const res = await postQuery(t.url, query);
        expect(res.status).toBe(400);
        expect(res.json.data).toBeUndefined();
        expect(res.text).not.toContain("ProtectionPolicy");
      }
    } finally {
      await t.stop();
    }
  });
});
