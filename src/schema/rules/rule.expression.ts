// Graph's inclusion-rule expressions (the reference's §3.3, from the resource pages mailboxprotectionrule.md,
// driveprotectionrule.md and siteprotectionrule.md), checked before any upstream call: the group grammar here, the
// site grammar in rule.expression.site.ts, and the client-facing checks of both. Parsing is one pass over the tokens
// of rule.expression.scan.ts, so its cost is linear in the input's length (a Meter counts the steps for the tests).
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { isGuid } from "../shared/input.validate.js";
import { ExpressionError, scan, TokenCursor, type Meter } from "./rule.expression.scan.js";
import { parseSiteExpression } from "./rule.expression.site.js";

/**
 * Group ids in one mailbox or drive expression: Graph answers 413 InvalidRuleExpressionGroupLimitExceeded beyond
 * 100 (Graph's error-code page, concepts/backup-storage-error-codes.md, create and update of an inclusion rule).
 */
export const MAX_RULE_GROUPS = 100;
/**
 * The gateway's own ceiling on an expression's length (Graph states none): 100 quoted GUIDs or 10 keywords of 255
 * characters with their clauses fit well inside it.
 */
export const MAX_EXPRESSION_LENGTH = 8_192;

/**
 * Reads `(memberOf -any (group.id -in ['<groupId>', ...]))` (keywords in any case, free spacing) and returns the
 * group ids, each a GUID named once, 1 to MAX_RULE_GROUPS of them.
 */
export function parseGroupExpression(text: string, meter: Meter = { steps: 0 }): string[] {
  const cursor = new TokenCursor(scan(text, meter), text.length + 1, meter);
  cursor.expect("(");
  cursor.expect("word", "memberOf");
  cursor.expect("operator", "-any");
  cursor.expect("(");
  cursor.expect("word", "group.id");
  cursor.expect("operator", "-in");
  cursor.expect("[");
  const ids: string[] = [];
  const seen = new Set<string>();
  do {
    const token = cursor.expect("string");
    const id = token.text.trim();
    if (id.length > 36 || !isGuid(id)) throw new ExpressionError(`group id '${id.slice(0, 40)}' is not a GUID`, token.position);
    if (seen.has(id.toLowerCase())) throw new ExpressionError(`group id '${id}' is named more than once`, token.position);
    if (ids.length === MAX_RULE_GROUPS) {
      throw new ExpressionError(`an expression names at most ${MAX_RULE_GROUPS} groups`, token.position);
    }
    seen.add(id.toLowerCase());
    ids.push(id);
  } while (cursor.peek()?.kind === "," && cursor.next(","));
  cursor.expect("]");
  cursor.expect(")");
  cursor.expect(")");
  if (!cursor.done()) throw new ExpressionError("unexpected text after the expression", cursor.position);
  return ids;
}

/** A refused expression as the client sees it: BAD_USER_INPUT naming the field, the reason and the position. */
export function expressionError(field: string, error: ExpressionError) {
  return gatewayError(GatewayErrorCode.BAD_USER_INPUT, `${field}: ${error.reason} (at character ${error.position})`, {
    field,
    reason: error.reason,
    position: error.position,
  });
}

function checked<T>(field: string, text: string, parse: (text: string) => T): { expression: string; parsed: T } {
  const expression = text.trim();
  if (expression === "") throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, `${field} must not be empty`, { field });
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, `${field} is longer than ${MAX_EXPRESSION_LENGTH} characters`, { field });
  }
  try {
    // The untrimmed text is parsed so that positions count from the client's first character.
    return { expression, parsed: parse(text) };
  } catch (error) {
    if (error instanceof ExpressionError) throw expressionError(field, error);
    throw error;
  }
}

/** A client's mailbox or drive expression, trimmed, once it parses; BAD_USER_INPUT naming `field` otherwise. */
export function requireGroupExpression(field: string, text: string): { expression: string; groupIds: string[] } {
  const { expression, parsed } = checked(field, text, (t) => parseGroupExpression(t));
  return { expression, groupIds: parsed };
}

/** A client's site expression, trimmed, once it parses; BAD_USER_INPUT naming `field` otherwise. */
export function requireSiteExpression(field: string, text: string): string {
  return checked(field, text, (t) => parseSiteExpression(t)).expression;
}
