// The nesting and size of each operation as it would run (every fragment spread replaced by its fragment), measured
// in one linear pass: each fragment is measured once, from the measures of the fragments it spreads
// (fragment-order.ts). When introspection is answered, what lies under a root `__schema` or `__type` is measured
// apart: the standard introspection query (getIntrospectionQuery(), which Sandbox, GraphiQL and codegen send) is
// 15 deep through its TypeRef chain, beyond what an operator would allow the operation's own fields, so it gets a
// fixed budget of its own (limits.ts) instead of the tunable one.
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { fragmentOrder, fragmentsOf, type WalkProbe } from "./fragment-order.js";

/** Measures of a selection set with its fragments spread out. */
export interface Shape {
  /** Deepest nesting of the operation's own fields. */
  depth: number;
  /** Field selections of the operation's own, each fragment's counted every time it is spread. */
  fields: number;
  /** The same two under root introspection fields (`__schema`, `__type`), those fields included. */
  introspectionDepth: number;
  introspectionFields: number;
  /** Most type lists (see TYPE_LISTS) on one path under a root introspection field: circular introspection. */
  introspectionTypeLists: number;
  /** Most type lists on one path anywhere, for a root introspection field above to take over. */
  typeLists: number;
}

/** The introspection fields a query's root offers (graphql-js's meta fields; `__typename` is any type's own). */
export const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/**
 * The fields of `__Type` that list types again: nesting them walks the type graph in circles (`fields { type {
 * fields { type …`), which graphql-js's MaxIntrospectionDepthRule counts the same way.
 */
const TYPE_LISTS = new Set(["fields", "inputFields", "interfaces", "possibleTypes"]);

const NO_SHAPE: Shape = {
  depth: 0,
  fields: 0,
  introspectionDepth: 0,
  introspectionFields: 0,
  introspectionTypeLists: 0,
  typeLists: 0,
};

/** Sums that could pass 2^53 (a fragment spread twice, 60 deep) stop there, still far beyond any limit. */
export const saturated = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER);

interface Walk {
  /** Whether introspection is answered; when not, introspection fields are the operation's own like any other. */
  introspection: boolean;
  shapes: Map<string, Shape>;
  probe: WalkProbe | undefined;
}

/** The shape a field gives its parent, from the shape of its own selection set. */
function fieldShape(name: string, sub: Shape, walk: Walk): Shape {
  const typeLists = (TYPE_LISTS.has(name) ? 1 : 0) + sub.typeLists;
  // Everything under the field, introspection measured apart included, nests under it.
  const depth = 1 + Math.max(sub.depth, sub.introspectionDepth);
  const fields = saturated(1 + sub.fields + sub.introspectionFields);
  if (walk.introspection && INTROSPECTION_ROOTS.has(name)) {
    return {
      depth: 0,
      fields: 0,
      introspectionDepth: depth,
      introspectionFields: fields,
      introspectionTypeLists: sub.typeLists,
      typeLists,
    };
  }
  // A field with introspection below it is not the root: all of it is the operation's own (and invalid anyway).
  return { depth, fields, introspectionDepth: 0, introspectionFields: 0, introspectionTypeLists: 0, typeLists };
}

/**
 * Linear: each spread reads its fragment's shape, computed once before (see fragmentOrder). Recursion follows the
 * nesting of one definition only, which the parser went through first with more stack per level.
 */
function shapeOf(set: SelectionSetNode | undefined, walk: Walk): Shape {
  if (!set) return NO_SHAPE;
  const shape = { ...NO_SHAPE };
  for (const selection of set.selections) {
    if (walk.probe) walk.probe.visited++;
    let inner: Shape;
    if (selection.kind === Kind.FIELD) {
      inner = fieldShape(selection.name.value, shapeOf(selection.selectionSet, walk), walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = shapeOf(selection.selectionSet, walk);
    } else {
      // Unknown fragments and cycles are reported by graphql-js itself; they add nothing here.
      inner = walk.shapes.get(selection.name.value) ?? NO_SHAPE;
    }
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.fields = saturated(shape.fields + inner.fields);
    shape.introspectionDepth = Math.max(shape.introspectionDepth, inner.introspectionDepth);
    shape.introspectionFields = saturated(shape.introspectionFields + inner.introspectionFields);
    shape.introspectionTypeLists = Math.max(shape.introspectionTypeLists, inner.introspectionTypeLists);
    shape.typeLists = Math.max(shape.typeLists, inner.typeLists);
  }
  return shape;
}

/**
 * Each operation's shape, every fragment analysed once however often it is spread. `introspection`: whether
 * introspection is answered, so that root introspection fields are measured apart.
 */
export function operationShapes(
  document: DocumentNode,
  introspection: boolean,
  probe?: WalkProbe,
): Map<OperationDefinitionNode, Shape> {
  const walk: Walk = { introspection, shapes: new Map(), probe };
  for (const fragment of fragmentOrder(fragmentsOf(document), probe))
    walk.shapes.set(fragment.name.value, shapeOf(fragment.selectionSet, walk));
  const operations = new Map<OperationDefinitionNode, Shape>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      operations.set(definition, shapeOf(definition.selectionSet, walk));
  }
  return operations;
}
