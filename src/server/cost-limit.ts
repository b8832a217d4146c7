import type { ApolloServerPlugin } from "@apollo/server";
import {
  BREAK,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { GatewayErrorCode, type Context } from "../schema/index.js";
import { fragmentsOf } from "./fragment-order.js";
import { operationCost } from "./limits.js";

interface DocumentFacts {
  fragments: Record<string, FragmentDefinitionNode>;
  /** Some `first` is a variable, so the cost depends on each request's variables. */
  variableSizes: boolean;
  /** With literal sizes only, each operation's cost, computed once. */
  costs: Map<OperationDefinitionNode, number>;
}

function factsOf(document: DocumentNode): DocumentFacts {
  let variableSizes = false;
  visit(document, {
    Argument(node) {
      if (node.name.value !== "first" || node.value.kind !== Kind.VARIABLE) return undefined;
      variableSizes = true;
      return BREAK;
    },
  });
  return { fragments: fragmentsOf(document), variableSizes, costs: new Map() };
}

/** Refuses an operation whose answer could hold more than `maxCost` objects, before any resolver runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  // Apollo's document cache hands back the same parsed document for the same query text, so a poller's document
  // is walked once, not on every poll; the entries go when Apollo drops the document. One schema per plugin.
  const documents = new WeakMap<DocumentNode, DocumentFacts>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          let facts = documents.get(document);
          if (!facts) documents.set(document, (facts = factsOf(document)));
          let cost = facts.variableSizes ? undefined : facts.costs.get(operation);
          if (cost === undefined) {
            cost = operationCost(schema, operation, facts.fragments, request.variables ?? {});
            if (!facts.variableSizes) facts.costs.set(operation, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded (estimated ${cost}); ask for smaller pages`,
              {
                extensions: { code: GatewayErrorCode.BAD_USER_INPUT, cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
