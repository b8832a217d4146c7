// Query limits that stop abusive documents before any resolver runs (and so before any Graph call):
// depth, aliases (including __typename ones), directives and field count as validation rules, and a
// fan-out cost (list sizes multiply) once the variables are known. Every walk here is linear in the document's
// size: a fragment is analysed once, however often it is spread (fragment-order.ts). Introspection, when answered,
// has a fixed budget of its own, so the tools that learn the schema from it work whatever the limits are set to.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type OperationDefinitionNode,
  OperationTypeNode,
} from "graphql";
import { fragmentOrder, type WalkProbe } from "./fragment-order.js";
import { INTROSPECTION_ROOTS, operationShapes, saturated } from "./operation-shape.js";
import type { QueryLimits } from "../config/query-limits.js";

/**
 * The fixed budget of introspection when it is answered, whatever the QueryLimits are set to: room for the standard
 * introspection query of graphql-js (getIntrospectionQuery(), every option on: 15 deep and 232 fields with its
 * default TypeRef chain of 9, up to a chain of 14), which Apollo Sandbox, GraphiQL and graphql-codegen send, but
 * not for two copies of it under aliases, nor for a fragment bomb through introspection types. Nested type lists are
 * the schema walked in circles (`fields { type { fields …`): graphql-js's MaxIntrospectionDepthRule refuses 3 too.
 */
export const INTROSPECTION_LIMITS = { maxDepth: 20, maxFields: 400, maxTypeLists: 2 } as const;

/**
 * Validation errors reported per document. graphql-js stops validating once this many are found, so a document
 * built to produce one error per node (graphql-cop's directive overloading) costs little, and a schema-guessing
 * client learns at most this much per request.
 */
export const MAX_VALIDATION_ERRORS = 5;

/** Page size assumed for a connection field whose `first` is not given (the schema's default). */
const DEFAULT_FIRST = 50;

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: true } });
}

/**
 * Every limit the document exceeds, one error each, in one linear pass. Counts cover the whole document and each
 * operation as it would run: field selections count both as written (duplicated-field floods) and with each
 * fragment's fields counted every time it is spread (fragment bombs: small to send, exponential to expand). When
 * `limits.introspection` is set, root introspection fields and what is below them (and fragments on introspection
 * types, as written) are held to INTROSPECTION_LIMITS instead.
 */
export function limitErrors(document: DocumentNode, limits: QueryLimits, probe?: WalkProbe): GraphQLError[] {
  const introspection = limits.introspection === true;
  let aliases = 0;
  let directives = 0;
  let fields = 0;
  let introspectionFields = 0;
  // Above 0 inside an introspection field or a fragment on an introspection type, as written.
  let inIntrospection = 0;
  const opensIntrospection = (node: FieldNode) => introspection && INTROSPECTION_ROOTS.has(node.name.value);
  const onIntrospectionType = (node: FragmentDefinitionNode) =>
    introspection && node.typeCondition.name.value.startsWith("__");
  visit(document, {
    FragmentDefinition: {
      enter(node) {
        if (onIntrospectionType(node)) inIntrospection++;
      },
      leave(node) {
        if (onIntrospectionType(node)) inIntrospection--;
      },
    },
    Field: {
      enter(node) {
        if (inIntrospection > 0 || opensIntrospection(node)) introspectionFields++;
        else fields++;
        if (node.alias) aliases++;
        if (opensIntrospection(node)) inIntrospection++;
      },
      leave(node) {
        if (opensIntrospection(node)) inIntrospection--;
      },
    },
    Directive() {
      directives++;
    },
  });
  let depth = 0;
  let introspectionDepth = 0;
  let typeLists = 0;
  for (const shape of operationShapes(document, introspection, probe).values()) {
    depth = Math.max(depth, shape.depth);
    fields = Math.max(fields, shape.fields);
    introspectionDepth = Math.max(introspectionDepth, shape.introspectionDepth);
    introspectionFields = Math.max(introspectionFields, shape.introspectionFields);
    typeLists = Math.max(typeLists, shape.introspectionTypeLists);
  }
  const errors: GraphQLError[] = [];
  if (aliases > limits.maxAliases)
    errors.push(limitError(`Aliases limit of ${limits.maxAliases} exceeded (found ${aliases})`));
  if (directives > limits.maxDirectives)
    errors.push(limitError(`Directives limit of ${limits.maxDirectives} exceeded (found ${directives})`));
  if (fields > limits.maxFields)
    errors.push(limitError(`Field selections limit of ${limits.maxFields} exceeded (found ${fields})`));
  if (depth > limits.maxDepth) errors.push(limitError(`Depth limit of ${limits.maxDepth} exceeded (found ${depth})`));
  const budget = INTROSPECTION_LIMITS;
  if (introspectionFields > budget.maxFields)
    errors.push(
      limitError(`Introspection field selections limit of ${budget.maxFields} exceeded (found ${introspectionFields})`),
    );
  if (introspectionDepth > budget.maxDepth)
    errors.push(limitError(`Introspection depth limit of ${budget.maxDepth} exceeded (found ${introspectionDepth})`));
  if (typeLists > budget.maxTypeLists) {
    errors.push(
      limitError(
        `Introspection limit of ${budget.maxTypeLists} nested type lists exceeded (found ${typeLists}); introspection cannot walk the schema in circles`,
      ),
    );
  }
  return errors;
}

function documentRule(limits: QueryLimits, probe: WalkProbe | undefined): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      leave(document) {
        for (const error of limitErrors(document, limits, probe)) context.reportError(error);
      },
    },
  });
}

/** The limits as validation rules; `probe` counts the selections the analysis visits. */
export function limitRules(limits: QueryLimits, probe?: WalkProbe): ValidationRule[] {
  return [documentRule(limits, probe)];
}

function firstArg(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === "first");
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const v = variables[arg.value.name.value];
    return typeof v === "number" ? v : undefined;
  }
  return undefined;
}

/**
 * The most objects an operation's answer could hold: each object field counts once per enclosing list item. A
 * fragment's cost is its cost for one enclosing item times the items enclosing the spread, so each fragment is
 * walked once (in fragmentOrder) however often it is spread.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  probe?: WalkProbe,
): number {
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  const perItem = new Map<string, number>();
  const walk = (
    set: SelectionSetNode | undefined,
    parent: GraphQLOutputType | null | undefined,
    multiplier: number,
  ): number => {
    if (!set) return 0;
    const named = parent ? getNamedType(parent) : undefined;
    let cost = 0;
    for (const selection of set.selections) {
      if (probe) probe.visited++;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : named;
        cost = saturated(cost + walk(selection.selectionSet, typed as GraphQLOutputType, multiplier));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        // Unknown fragments and cycles are reported by graphql-js itself; they cost nothing here.
        cost = saturated(cost + multiplier * (perItem.get(selection.name.value) ?? 0));
        continue;
      }
      const fieldDef =
        named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields()[selection.name.value] : undefined;
      if (!fieldDef || !selection.selectionSet) continue;
      let type = fieldDef.type;
      if (isNonNullType(type)) type = type.ofType;
      const isConnection = getNamedType(type).name.endsWith("Connection");
      const size = isConnection ? (firstArg(selection, variables) ?? DEFAULT_FIRST) : 1;
      const inner = saturated(multiplier * (isConnection || isListType(type) ? Math.max(size, 1) : 1));
      cost = saturated(cost + multiplier + walk(selection.selectionSet, fieldDef.type, inner));
    }
    return cost;
  };
  for (const fragment of fragmentOrder(fragments, probe)) {
    perItem.set(
      fragment.name.value,
      walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType, 1),
    );
  }
  return walk(operation.selectionSet, root, 1);
}
