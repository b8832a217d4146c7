// Fragment bombs: documents of a few hundred tokens whose fragments, once spread out, stand for 2^levels selections
// or more. Used by the unit and e2e tests of the limits and by the fragment-bomb benchmark.

/** What each fragment but the last holds, given the name of the next fragment. */
export type BombShape = (next: string) => string;

export const BOMB_SHAPES: Record<string, BombShape> = {
  twice: (next) => `...${next} ...${next}`,
  "three times": (next) => `...${next} ...${next} ...${next}`,
  "with fields alongside": (next) => `id displayName ...${next} ...${next}`,
  "with nested fields": (next) => `createdBy { user { id } } ...${next} ...${next}`,
  "through inline fragments": (next) => `... on ProtectionPolicy { ...${next} } ... { ...${next} }`,
  "through type conditions": (next) =>
    `... on ExchangeProtectionPolicy { ...${next} } ... on SharePointProtectionPolicy { ...${next} }`,
};

/** `levels` fragments on ProtectionPolicy, each but the last shaped by `shape`, under one page of policies. */
export function bomb(levels: number, shape: BombShape = BOMB_SHAPES.twice!): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on ProtectionPolicy { id }`
      : `fragment F${i} on ProtectionPolicy { ${shape(`F${i + 1}`)} }`,
  );
  return `query Bomb { protectionPolicies { nodes { ...F0 } } }\n${fragments.join("\n")}`;
}

/** The same through introspection: each fragment on __Type reaches the next one twice, through lists graphql-js limits. */
export function introspectionBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on __Type { name }`
      : `fragment F${i} on __Type { fields { type { ...F${i + 1} } } ofType { ...F${i + 1} } }`,
  );
  return `query Bomb { __schema { types { ...F0 } } }\n${fragments.join("\n")}`;
}
