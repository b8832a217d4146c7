// The pickers' `search` argument, checked before any call. Graph's directory `$search` puts the text inside
// `"property:text"` clauses, where a double quote would end the clause and a backslash escape the next character, so
// both are refused (not escaped): a name or address never holds them, and a refusal cannot be misread by Graph.
import { badInput } from "../shared/errors.codes.js";

export const MAX_SEARCH_LENGTH = 100;

/** The trimmed search text, or undefined for none (null or absent: the plain list). */
export function requireSearchTerm(field: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const term = typeof value === "string" ? value.trim() : "";
  if (term.length < 1 || term.length > MAX_SEARCH_LENGTH)
    throw badInput(field, `${field} must be 1 to ${MAX_SEARCH_LENGTH} characters (omit it to list everything)`);
  if (/["\\]/.test(term)) throw badInput(field, `${field} must not hold a double quote or a backslash`);
  if (/[\u0000-\u001f\u007f-\u009f]/.test(term)) throw badInput(field, `${field} must not hold control characters`);
  return term;
}
