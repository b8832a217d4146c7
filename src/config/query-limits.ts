// How big a GraphQL document may be, as numbers: set by GRAPHQL_MAX_* (security.ts), enforced by src/server/limits.ts
// before any resolver runs. The defaults live here so the settings and their enforcement cannot disagree.

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
  /**
   * Introspection is answered (GRAPHQL_INTROSPECTION): `__schema`, `__type` and what is below them are held to
   * INTROSPECTION_LIMITS (src/server/limits.ts) instead of the limits above. Unset, they count as the operation's own fields.
   */
  introspection?: boolean;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 5,
  maxFields: 250,
  maxCost: 50_000,
  maxTokens: 1_000,
};
