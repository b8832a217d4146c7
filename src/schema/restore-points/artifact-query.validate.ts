// The mail query grammar of restorePoints/search's artifactQuery, as the search page's examples write it, checked
// before the search is sent. Accepted: clauses `subject|sender|recipient -eq|-like|-contains '<text>'`,
// `hasAttachment -eq true|false` (quoted or not) and `pitrDumpsterActionTriggeredTime -gt|-ge|-lt|-le '<ISO>'`,
// property names in any case, each in parentheses or not, joined by -and / -or and grouped by parentheses.
// Refused: other properties or operators, unquoted text, typographic quotes (‘…’, as one docs example prints them:
// Graph reads only '), unbalanced parentheses, more than 2,048 characters or 20 clauses.
import { badInput } from "../shared/errors.codes.js";

export const ARTIFACT_QUERY_LIMITS = Object.freeze({ maxLength: 2048, maxClauses: 20 });

const TOKEN = /\s*(\(|\)|-[a-z]+|'[^']*'|[a-z][a-z0-9]*)/iy;
const TEXT_PROPERTIES = new Set(["subject", "sender", "recipient"]);
const TEXT_OPERATORS = new Set(["-eq", "-like", "-contains"]);
const TIME_OPERATORS = new Set(["-gt", "-ge", "-lt", "-le"]);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

class Refused extends Error {}

/** The expression, trimmed, when it is in the grammar; BAD_USER_INPUT on `field` naming the problem otherwise. */
export function requireArtifactQuery(field: string, expression: string): string {
  const text = expression.trim();
  try {
    if (text === "" || text.length > ARTIFACT_QUERY_LIMITS.maxLength)
      throw new Refused(`must be 1 to ${ARTIFACT_QUERY_LIMITS.maxLength} characters`);
    const p = { tokens: tokenize(text), at: 0, clauses: 0 };
    readJoined(p, "-or");
    if (p.at < p.tokens.length) throw new Refused(`has '${p.tokens[p.at]}' where -and, -or or the end belongs`);
  } catch (error) {
    if (error instanceof Refused) throw badInput(field, `${field} ${error.message}`);
    throw error;
  }
  return text;
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      const c = text.slice(start).trimStart()[0] ?? "";
      const hint = c === "'" ? "a quote is not closed" : `'${c}' is not part of the grammar${/[‘’“”"]/.test(c) ? " (use straight single quotes)" : ""}`;
      throw new Refused(`at character ${text.length - text.slice(start).trimStart().length + 1}: ${hint}`);
    }
    tokens.push(match[1]!);
  }
  return tokens;
}

interface Parser {
  tokens: string[];
  at: number;
  clauses: number;
}

const peek = (p: Parser, ahead = 0) => p.tokens[p.at + ahead]?.toLowerCase();

function readJoined(p: Parser, join: "-and" | "-or"): void {
  const next = () => (join === "-or" ? readJoined(p, "-and") : readPrimary(p));
  next();
  while (peek(p) === join) {
    p.at++;
    next();
  }
}

function readPrimary(p: Parser): void {
  if (peek(p) === "(") {
    p.at++;
    readJoined(p, "-or");
    if (peek(p) !== ")") throw new Refused("has a parenthesis that is not closed");
    p.at++;
    return;
  }
  const [property, op, value] = [peek(p), peek(p, 1), p.tokens[p.at + 2]];
  if (property === undefined || !/^[a-z]/.test(property) || op === undefined || value === undefined)
    throw new Refused("needs clauses such as (subject -contains 'report')");
  p.at += 3;
  if (++p.clauses > ARTIFACT_QUERY_LIMITS.maxClauses)
    throw new Refused(`has more than ${ARTIFACT_QUERY_LIMITS.maxClauses} clauses`);
  checkClause(property, op, value);
}

function checkClause(property: string, op: string, raw: string): void {
  const quoted = raw.startsWith("'");
  const value = quoted ? raw.slice(1, -1) : raw;
  if (TEXT_PROPERTIES.has(property)) {
    if (!TEXT_OPERATORS.has(op) || !quoted) throw new Refused(`is outside the grammar: ${property} takes -eq, -like or -contains and a quoted text`);
    if (value.length > 255) throw new Refused(`is outside the grammar: a ${property} text is at most 255 characters`);
  } else if (property === "hasattachment") {
    if (op !== "-eq" || !/^(true|false)$/i.test(value)) throw new Refused("is outside the grammar: hasAttachment takes -eq true or -eq false");
  } else if (property === "pitrdumpsteractiontriggeredtime") {
    if (!TIME_OPERATORS.has(op) || !quoted || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))
      throw new Refused("is outside the grammar: pitrDumpsterActionTriggeredTime takes -gt, -ge, -lt or -le and a quoted ISO date-time");
  } else {
    throw new Refused(
      `names '${property}'; the properties are subject, sender, recipient, hasAttachment and pitrDumpsterActionTriggeredTime`,
    );
  }
}
