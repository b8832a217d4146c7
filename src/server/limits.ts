// Query limits that stop abusive documents before any resolver runs (and so before any Graph call):
// depth, aliases (including __typename ones), directives and field count as validation rules, and a
// fan-out cost (list sizes multiply) once the variables are known. Every walk here is linear in the document's
// size: a fragment is analysed once, however often it is spread (fragment-order.ts).
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
} from "graphql";
import { fragmentOrder, fragmentsOf, type WalkProbe } from "./fragment-order.js";

export interface QueryLimits {
  /** Deepest field nesting; default 10. */
  maxDepth: number;
  /** Aliased fields per document, __typename aliases included; default 15. */
  maxAliases: number;
  /** Directives per document; default 5. */
  maxDirectives: number;
  /**
   * Field selections per document, and per operation with a fragment's fields counted each time it is spread (stops
   * duplicated-field floods and fragment bombs); default 250.
   */
  maxFields: number;
  /** Objects the answer could hold, list sizes multiplied (`first`, else 50); default 50,000. */
  maxCost: number;
  /** Lexical tokens per document (graphql-js parser); default 1,000 (graphql-armor's; our largest operation has ~100). */
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 5, maxFields: 250, maxCost: 50_000, maxTokens: 1_000 };

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

/** Nesting and field count of a selection set once every fragment spread in it is replaced by its fragment. */
interface Shape {
  depth: number;
  fields: number;
}

const NO_SHAPE: Shape = { depth: 0, fields: 0 };

/** Sums that could pass 2^53 (a fragment spread twice, 60 deep) stop there, still far beyond any limit. */
const saturated = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER);

/**
 * Linear: each spread reads its fragment's shape, computed once before (see fragmentOrder). Recursion follows the
 * nesting of one definition only, which the parser went through first with more stack per level.
 */
function shapeOf(set: SelectionSetNode | undefined, shapes: Map<string, Shape>, probe: WalkProbe | undefined): Shape {
  if (!set) return NO_SHAPE;
  let depth = 0;
  let fields = 0;
  for (const selection of set.selections) {
    if (probe) probe.visited++;
    let inner: Shape;
    if (selection.kind === Kind.FIELD) {
      const sub = shapeOf(selection.selectionSet, shapes, probe);
      inner = { depth: 1 + sub.depth, fields: 1 + sub.fields };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = shapeOf(selection.selectionSet, shapes, probe);
    } else {
      // Unknown fragments and cycles are reported by graphql-js itself; they add nothing here.
      inner = shapes.get(selection.name.value) ?? NO_SHAPE;
    }
    depth = Math.max(depth, inner.depth);
    fields = saturated(fields + inner.fields);
  }
  return { depth, fields };
}

/** Each operation's shape, every fragment analysed once however often it is spread. */
function operationShapes(document: DocumentNode, probe?: WalkProbe): Map<OperationDefinitionNode, Shape> {
  const shapes = new Map<string, Shape>();
  for (const fragment of fragmentOrder(fragmentsOf(document), probe)) shapes.set(fragment.name.value, shapeOf(fragment.selectionSet, shapes, probe));
  const operations = new Map<OperationDefinitionNode, Shape>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.set(definition, shapeOf(definition.selectionSet, shapes, probe));
  }
  return operations;
}

/**
 * Every limit the document exceeds, one error each, in one linear pass. Counts cover the whole document and each
 * operation as it would run: field selections count both as written (duplicated-field floods) and with each
 * fragment's fields counted every time it is spread (fragment bombs: small to send, exponential to expand).
 */
export function limitErrors(document: DocumentNode, limits: QueryLimits, probe?: WalkProbe): GraphQLError[] {
  let aliases = 0;
  let directives = 0;
  let fields = 0;
  visit(document, {
    Field(node) {
      fields++;
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
  });
  let depth = 0;
  for (const shape of operationShapes(document, probe).values()) {
    depth = Math.max(depth, shape.depth);
    fields = Math.max(fields, shape.fields);
  }
  const errors: GraphQLError[] = [];
  if (aliases > limits.maxAliases) errors.push(limitError(`Aliases limit of ${limits.maxAliases} exceeded (found ${aliases})`));
  if (directives > limits.maxDirectives) errors.push(limitError(`Directives limit of ${limits.maxDirectives} exceeded (found ${directives})`));
  if (fields > limits.maxFields) errors.push(limitError(`Field selections limit of ${limits.maxFields} exceeded (found ${fields})`));
  if (depth > limits.maxDepth) errors.push(limitError(`Depth limit of ${limits.maxDepth} exceeded (found ${depth})`));
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
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  const perItem = new Map<string, number>();
  const walk = (set: SelectionSetNode | undefined, parent: GraphQLOutputType | null | undefined, multiplier: number): number => {
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
      const fieldDef = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields()[selection.name.value] : undefined;
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
    perItem.set(fragment.name.value, walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType, 1));
  }
  return walk(operation.selectionSet, root, 1);
}
