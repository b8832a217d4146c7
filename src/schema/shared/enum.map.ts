// Graph enums are camelCase strings (with PascalCase and singular/plural variants in the docs); GraphQL
// enums are SCREAMING_CASE. One generic mapping both ways, with UNKNOWN for anything we do not recognise.

/** `protectRequested` / `ProtectRequested` → `PROTECT_REQUESTED`. */
export function screamingCase(raw: string): string {
  return raw.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[\s-]+/g, "_").toUpperCase();
}

/** `PROTECT_REQUESTED` → `protectRequested`. */
export function camelCase(value: string): string {
  return value.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Maps a Graph value to a member of `enumObj`, or to `unknown` when Graph sent something we do not know. */
export function fromGraphEnum<E extends Record<string, string>>(
  enumObj: E,
  raw: string | null | undefined,
  unknown: E[keyof E],
): E[keyof E] {
  if (!raw) return unknown;
  const key = screamingCase(raw);
  return (Object.prototype.hasOwnProperty.call(enumObj, key) ? enumObj[key as keyof E] : unknown);
}

/** Flags enums arrive as one comma-separated string ("manual, dynamicRule"). */
export function fromGraphFlags<E extends Record<string, string>>(
  enumObj: E,
  raw: string | null | undefined,
  unknown: E[keyof E],
  none?: string,
): E[keyof E][] {
  if (!raw) return [];
  return raw
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part && part.toLowerCase() !== (none ?? "none"))
    .map((part) => fromGraphEnum(enumObj, part, unknown));
}
