// A read-only caller's document that holds a mutation is refused (403) before validation: validation messages
// ("Cannot query field …", "Unknown argument …") would otherwise let such a caller map the mutation schema one guess
// at a time, introspection off or not. Validation covers every operation of a document, not only the one selected,
// so any mutation in it counts.
import { Kind, parse, OperationTypeNode } from "graphql";

export interface WriteGuardOptions {
  /** GRAPHQL_MAX_TOKENS: this parse costs no more than Apollo's own. */
  maxTokens: number;
  /** Documents remembered (readers repeat theirs): default 500. */
  cacheSize?: number;
}

/** True when the document defines a mutation; false when it does not or does not parse (Apollo then says why). */
export function createMutationDetector(options: WriteGuardOptions): (query: string) => boolean {
  const size = options.cacheSize ?? 500;
  const seen = new Map<string, boolean>();
  return (query) => {
    // No mutation without the keyword: most reader documents never get parsed here.
    if (!query.includes("mutation")) return false;
    const known = seen.get(query);
    if (known !== undefined) return known;
    let found: boolean;
    try {
      const document = parse(query, { noLocation: true, maxTokens: options.maxTokens });
      found = document.definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION,
      );
    } catch {
      found = false;
    }
    if (seen.size >= size) seen.delete(seen.keys().next().value!);
    seen.set(query, found);
    return found;
  };
}
