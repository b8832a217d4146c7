// Whether a document defines a mutation, read before Apollo parses it. Two steps need it: a read-only caller's
// document that holds a mutation is refused (403) before validation, whose messages ("Cannot query field …",
// "Unknown argument …") would otherwise let such a caller map the mutation schema one guess at a time; and a
// mutation gets the long upstream budget. Validation covers every operation of a document, not only the one
// selected, so any mutation in it counts.
import { Kind, parse, OperationTypeNode } from "graphql";

/** What a document is, as far as these steps care; `unparsable` is left to each step (Apollo will say why). */
export type DocumentKind = "mutation" | "other" | "unparsable";

export interface DocumentKindOptions {
  /** GRAPHQL_MAX_TOKENS, so this parse costs no more than Apollo's own; default none. */
  maxTokens?: number;
  /** Documents remembered (clients repeat theirs); default 500. */
  cacheSize?: number;
  /** Longer documents (bulk submissions) are parsed each time rather than kept as cache keys; default 16,384. */
  cachedChars?: number;
}

export function createDocumentKinds(options: DocumentKindOptions = {}): (query: string) => DocumentKind {
  const size = options.cacheSize ?? 500;
  const cachedChars = options.cachedChars ?? 16_384;
  const seen = new Map<string, DocumentKind>();
  return (query) => {
    // No mutation without the keyword: most documents never get parsed here.
    if (!query.includes("mutation")) return "other";
    const known = seen.get(query);
    if (known !== undefined) return known;
    let kind: DocumentKind;
    try {
      const document = parse(query, {
        noLocation: true,
        ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
      });
      const mutation = document.definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION,
      );
      kind = mutation ? "mutation" : "other";
    } catch {
      kind = "unparsable";
    }
    if (query.length <= cachedChars) {
      if (seen.size >= size) seen.delete(seen.keys().next().value!);
      seen.set(query, kind);
    }
    return kind;
  };
}
