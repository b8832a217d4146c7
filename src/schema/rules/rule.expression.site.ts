// The site-rule grammar: clauses `(displayName -contains 'x')`, `(webUrl -contains 'x')` and
// `(lastModifiedDateTime -ge '<ISO 8601>')`, joined by `-and` / `-or`, grouped by parentheses, with Graph's keyword
// bounds. A recursive descent over the scanned tokens, its depth capped, each token consumed once.
import { ExpressionError, scan, TokenCursor, type Meter } from "./rule.expression.scan.js";

/** Keywords (name or URL fragments) in one site rule, each 3 to 255 characters (resource page protectionrulebase.md). */
export const MAX_SITE_KEYWORDS = 10;
export const MIN_KEYWORD_LENGTH = 3;
export const MAX_KEYWORD_LENGTH = 255;
/** Parentheses nest at most this deep in a site expression (the gateway's ceiling; Graph states none). */
export const MAX_NESTING = 8;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface SiteExpressionSummary {
  /** displayName / webUrl keywords the expression holds. */
  keywords: number;
  /** lastModifiedDateTime clauses. */
  dates: number;
}

/** Reads a site expression and counts its keywords and date clauses. */
export function parseSiteExpression(text: string, meter: Meter = { steps: 0 }): SiteExpressionSummary {
  const cursor = new TokenCursor(scan(text, meter), text.length + 1, meter);
  const summary: SiteExpressionSummary = { keywords: 0, dates: 0 };
  siteTerms(cursor, summary, 0);
  if (!cursor.done()) throw new ExpressionError("expected -and or -or between clauses", cursor.position);
  return summary;
}

/** term (( -and | -or ) term)* — stops at a ")" or the end, which the caller checks. */
function siteTerms(cursor: TokenCursor, summary: SiteExpressionSummary, depth: number): void {
  for (;;) {
    siteTerm(cursor, summary, depth);
    const join = cursor.peek();
    if (join?.kind !== "operator") return;
    const op = join.text.toLowerCase();
    if (op !== "-and" && op !== "-or") throw new ExpressionError(`expected -and or -or, found '${join.text}'`, join.position);
    cursor.next("-and or -or");
  }
}

/** "(" clause ")" or "(" terms ")". */
function siteTerm(cursor: TokenCursor, summary: SiteExpressionSummary, depth: number): void {
  const open = cursor.expect("(");
  if (cursor.peek()?.kind === "(") {
    if (depth + 1 >= MAX_NESTING) throw new ExpressionError(`parentheses nest deeper than ${MAX_NESTING}`, open.position);
    siteTerms(cursor, summary, depth + 1);
  } else {
    siteClause(cursor, summary);
  }
  cursor.expect(")");
}

function siteClause(cursor: TokenCursor, summary: SiteExpressionSummary): void {
  const field = cursor.expect("word");
  const name = field.text.toLowerCase();
  if (name === "displayname" || name === "weburl") {
    cursor.expect("operator", "-contains");
    const keyword = cursor.expect("string");
    const problem = keywordProblem(keyword.text);
    if (problem) throw new ExpressionError(problem, keyword.position);
    if (++summary.keywords > MAX_SITE_KEYWORDS) {
      throw new ExpressionError(`a site rule holds at most ${MAX_SITE_KEYWORDS} keywords`, keyword.position);
    }
  } else if (name === "lastmodifieddatetime") {
    cursor.expect("operator", "-ge");
    const date = cursor.expect("string");
    if (!isIsoDate(date.text)) throw new ExpressionError(`'${date.text.slice(0, 40)}' is not an ISO 8601 date and time`, date.position);
    summary.dates++;
  } else {
    throw new ExpressionError(`expected displayName, webUrl or lastModifiedDateTime, found '${field.text.slice(0, 40)}'`, field.position);
  }
}

/** Why a site keyword is refused, or undefined. Quotes are refused: Graph documents no escape inside a string. */
export function keywordProblem(keyword: string): string | undefined {
  if (keyword.length < MIN_KEYWORD_LENGTH || keyword.length > MAX_KEYWORD_LENGTH) {
    return `a keyword must be ${MIN_KEYWORD_LENGTH} to ${MAX_KEYWORD_LENGTH} characters (this one has ${keyword.length})`;
  }
  if (keyword.trim() === "") return "a keyword must not be blank";
  for (let i = 0; i < keyword.length; i++) {
    const code = keyword.charCodeAt(i);
    if (code === 39) return "a keyword cannot hold a single quote (Graph's rule grammar has no escape for it)";
    if (code < 32 || code === 127) return "a keyword cannot hold control characters";
  }
  return undefined;
}

export function isIsoDate(text: string): boolean {
  return text.length <= 40 && ISO_DATE.test(text) && !Number.isNaN(Date.parse(text));
}
