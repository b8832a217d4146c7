// Graph leaves the submitted entries out of list answers for bulk jobs and bulk requests. The mappers mark such
// objects, and the entry fields read the whole object only when a client asks for them, so lists stay one call.
const PARTIAL = Symbol("partial");

/** Spread into a mapped object: marks it partial when Graph's answer carried none of its entry arrays. */
export function partialMark(raw: { directoryObjectIds?: unknown; siteIds?: unknown }): { [PARTIAL]: boolean } {
  return { [PARTIAL]: raw.directoryObjectIds === undefined && raw.siteIds === undefined };
}

/** The object itself when it is whole, else what `readWhole` returns. */
export async function completeLazily<T extends object>(value: T, readWhole: () => Promise<T>): Promise<T> {
  return Reflect.get(value, PARTIAL) === true ? readWhole() : value;
}
