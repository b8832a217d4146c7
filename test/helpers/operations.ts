// Every operation of test/operations/*.graphql, each with variables made up from the schema, so a test can run
// the whole set the e2e suite knows (and every operation added later) without writing variables by hand.
import { readdirSync, readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

export interface KnownOperation {
  name: string;
  type: "query" | "mutation" | "subscription";
  /** The operation alone (with the file's fragments), small enough for the parser's token limit. */
  query: string;
  variables: Record<string, unknown>;
}

/** Values for ID variables, by what their name suggests. */
export interface IdPool {
  policyId: string;
  unitId: string;
  userIds: string[];
  /** Anything else: a GUID nobody knows. */
  unknown: string;
}

const OPERATIONS_DIR = new URL("../operations/", import.meta.url);
const schema: GraphQLSchema = buildSchema(
  readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"),
);

function idFor(name: string, pool: IdPool, list: boolean): unknown {
  const n = name.toLowerCase();
  if (list) return n.includes("unit") || n === "remove" ? [pool.unitId] : pool.userIds;
  if (n.includes("policy") || n === "id") return pool.policyId;
  if (n.includes("unit")) return pool.unitId;
  return pool.unknown;
}

function valueFor(type: GraphQLInputType, name: string, pool: IdPool, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, pool, depth);
  if (isListType(type)) {
    const named = getNamedType(type);
    return named.name === "ID" ? idFor(name, pool, true) : [valueFor(type.ofType, name, pool, depth)];
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, pool, depth + 1)]));
  }
  switch (named.name) {
    case "ID":
      return idFor(name, pool, false);
    case "Int":
      return 5;
    case "Float":
      return 1.5;
    case "Boolean":
      return true;
    case "DateTime":
      return new Date(0).toISOString();
    case "Duration":
      return "P7D";
    default:
      return `canary run ${name}`;
  }
}

export function knownOperations(pool: IdPool): KnownOperation[] {
  const out: KnownOperation[] = [];
  for (const file of readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort()) {
    const doc = parse(readFileSync(new URL(file, OPERATIONS_DIR), "utf8"));
    const fragments = doc.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => print(d))
      .join("\n");
    for (const op of doc.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name !== undefined,
    )) {
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          valueFor(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value, pool),
        ]),
      );
      out.push({ name: op.name!.value, type: op.operation, query: `${print(op)}\n${fragments}`, variables });
    }
  }
  return out;
}
