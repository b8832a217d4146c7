// Query limits that stop abusive documents before any resolver runs (and so before any Graph call):
// depth, aliases (including __typename ones), directives and field count as validation rules, and a
// fan-out cost (list sizes multiply) once the variables are known.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type OperationDefinitionNode,
} from "graphql";

export interface QueryLimits {
  /** Deepest field nesting; default 10. */
  maxDepth: number;
  /** Aliased fields per document, __typename aliases included; default 15. */
  maxAliases: number;
  /** Directives per document; default 5. */
  maxDirectives: number;
  /** Field selections per document (stops duplicated-field floods); default 250. */
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

/** Counts over the whole document (fragments once each), reported once per limit. */
function countingRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let directives = 0;
    let fields = 0;
    return {
      Field(node) {
        fields++;
        if (node.alias) aliases++;
      },
      Directive() {
        directives++;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) context.reportError(limitError(`Aliases limit of ${limits.maxAliases} exceeded (found ${aliases})`));
          if (directives > limits.maxDirectives) context.reportError(limitError(`Directives limit of ${limits.maxDirectives} exceeded (found ${directives})`));
          if (fields > limits.maxFields) context.reportError(limitError(`Field selections limit of ${limits.maxFields} exceeded (found ${fields})`));
        },
      },
    };
  };
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread cycle is reported by graphql-js itself; just do not loop on it.
      const fragment = fragments[selection.name.value];
      max = Math.max(max, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return max;
}

function depthRule(limits: QueryLimits): ValidationRule {
  return (context) => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const fragments = Object.fromEntries(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const depth = depthOf(node.selectionSet, fragments, new Set());
      if (depth > limits.maxDepth) context.reportError(limitError(`Depth limit of ${limits.maxDepth} exceeded (found ${depth})`));
    },
  });
}

export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [countingRule(limits), depthRule(limits)];
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

/** The most objects an operation's answer could hold: each object field counts once per enclosing list item. */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>): number {
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  const walk = (set: SelectionSetNode | undefined, parent: GraphQLOutputType | null | undefined, multiplier: number, seen: Set<string>): number => {
    if (!set) return 0;
    const named = parent ? getNamedType(parent) : undefined;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : named;
        cost += walk(selection.selectionSet, typed as GraphQLOutputType, multiplier, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value)) {
          cost += walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType, multiplier, new Set([...seen, fragment.name.value]));
        }
        continue;
      }
      const fieldDef = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields()[selection.name.value] : undefined;
      if (!fieldDef || !selection.selectionSet) continue;
      let type = fieldDef.type;
      if (isNonNullType(type)) type = type.ofType;
      const isConnection = getNamedType(type).name.endsWith("Connection");
      const size = isConnection ? (firstArg(selection, variables) ?? DEFAULT_FIRST) : 1;
      cost += multiplier;
      cost += walk(selection.selectionSet, fieldDef.type, multiplier * (isConnection || isListType(type) ? Math.max(size, 1) : 1), seen);
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, new Set());
}
