// Facts that never change once Graph has told us (a restore session's workload), remembered across requests so a
// later request can send dependent reads in the same wave as the entity itself. A fact is only ever a guess about
// where to read: a wrong or missing one costs a wasted or a later read, never wrong data, because resolvers build
// their paths from what Graph answers.

export interface StableFacts {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** Bounded so a caller walking millions of ids cannot grow it; the fact least recently learned is forgotten first. */
export function createStableFacts(max = 10_000): StableFacts {
  const facts = new Map<string, string>();
  return {
    get: (key) => facts.get(key),
    set(key, value) {
      // Learned again means still in use: move it to the newest end.
      facts.delete(key);
      facts.set(key, value);
      if (facts.size > max) facts.delete(facts.keys().next().value as string);
    },
  };
}
