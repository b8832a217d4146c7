// The query limits, checked before Apollo parses and validates the document. Inside Apollo they run as a validation
// rule, after graphql-js's own rules: linear, but a 2 KB fragment bomb still cost ~3 ms of validation there, most of
// what refusing it cost, so a flood of them kept /healthz waiting. Here a refusal costs a parse and one linear walk.
import { createHash } from "node:crypto";
import { parse } from "graphql";
import type { QueryLimits } from "../config/query-limits.js";
import { limitErrors } from "./limits.js";

export interface LimitGuardOptions {
  /** Documents that passed, remembered by hash so a client's repeated document is parsed here once; default 1,000. */
  cacheSize?: number;
}

/**
 * The first limit a document exceeds, as a message; undefined when it is within every limit or does not parse
 * (Apollo then says why, with its own parse under the same token limit).
 */
export function createLimitGuard(
  limits: QueryLimits,
  options: LimitGuardOptions = {},
): (query: string) => string | undefined {
  const size = options.cacheSize ?? 1000;
  const passed = new Set<string>();
  return (query) => {
    const key = createHash("sha256").update(query).digest("base64url");
    if (passed.has(key)) return undefined;
    let errors;
    try {
      errors = limitErrors(parse(query, { noLocation: true, maxTokens: limits.maxTokens }), limits);
    } catch {
      return undefined;
    }
    if (errors.length > 0) return errors[0]!.message;
    if (passed.size >= size) passed.delete(passed.values().next().value!);
    passed.add(key);
    return undefined;
  };
}
