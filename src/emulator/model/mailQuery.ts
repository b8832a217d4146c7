/**
 * The mail grammar of restorePoints/search's `artifactQuery.queryExpression` (artifactType `message`), as the
 * search page's examples write it: clauses `subject|sender|recipient -eq|-like|-contains '<text>'`,
 * `hasAttachment -eq true|false` (quoted or not) and `pitrDumpsterActionTriggeredTime -gt|-ge|-lt|-le '<ISO>'`,
 * property names in any case, each clause in parentheses or not, joined by `-and` (binds tighter) and `-or`.
 * `-like` takes `*` wildcards. Parsing is one pass over the text; matching a message needs only its own fields.
 */
export type MailCondition =
  | { kind: "text"; property: "subject" | "sender" | "recipient"; op: "eq" | "like" | "contains"; value: string }
  | { kind: "attachment"; value: boolean }
  | { kind: "deleted"; op: "gt" | "ge" | "lt" | "le"; time: number }
  | { kind: "and" | "or"; operands: MailCondition[] };

export interface MailFacts {
  subject: string;
  sender: string;
  recipient: string;
  hasAttachment: boolean;
  /** When the item went to the recoverable items (dumpster); undefined when it never did. */
  deletedAt: number | undefined;
}

export const MAIL_QUERY_LIMITS = Object.freeze({ maxLength: 2048, maxClauses: 20 });

export class MailQueryError extends Error {}

const TOKEN = /\s*(\(|\)|-[a-z]+|'[^']*'|[a-z][a-z0-9]*)/iy;
const TEXT_PROPERTIES = ["subject", "sender", "recipient"] as const;

/** Parses a query expression; throws MailQueryError with the reason when it is not in the grammar. */
export function parseMailQuery(expression: string): MailCondition {
  if (expression.trim() === "" || expression.length > MAIL_QUERY_LIMITS.maxLength)
    throw new MailQueryError(`queryExpression must be 1 to ${MAIL_QUERY_LIMITS.maxLength} characters.`);
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match) {
      if (expression.slice(start).trim() === "") break;
      throw new MailQueryError(`unexpected text at character ${start + 1}.`);
    }
    tokens.push(match[1]!);
  }
  const p = { tokens, at: 0, clauses: 0 };
  const tree = readJoined(p, "or");
  if (p.at < tokens.length) throw new MailQueryError(`unexpected '${tokens[p.at]}'; join clauses with -and or -or.`);
  return tree;
}

interface Parser {
  tokens: string[];
  at: number;
  clauses: number;
}

const peek = (p: Parser) => p.tokens[p.at]?.toLowerCase();

function readJoined(p: Parser, kind: "and" | "or"): MailCondition {
  const next = () => (kind === "or" ? readJoined(p, "and") : readPrimary(p));
  const operands = [next()];
  while (peek(p) === `-${kind}`) {
    p.at++;
    operands.push(next());
  }
  return operands.length === 1 ? operands[0]! : { kind, operands };
}

function readPrimary(p: Parser): MailCondition {
  if (peek(p) === "(") {
    p.at++;
    const inner = readJoined(p, "or");
    if (peek(p) !== ")") throw new MailQueryError("a parenthesis is not closed.");
    p.at++;
    return inner;
  }
  const [property, op, value] = [p.tokens[p.at], p.tokens[p.at + 1]?.toLowerCase(), p.tokens[p.at + 2]];
  if (property === undefined || op === undefined || value === undefined || !/^[a-z]/i.test(property))
    throw new MailQueryError("expected a clause such as (subject -contains 'report').");
  p.at += 3;
  if (++p.clauses > MAIL_QUERY_LIMITS.maxClauses)
    throw new MailQueryError(`at most ${MAIL_QUERY_LIMITS.maxClauses} clauses are allowed.`);
  return toCondition(property.toLowerCase(), op, value);
}

function toCondition(property: string, op: string, raw: string): MailCondition {
  const quoted = raw.startsWith("'");
  const value = quoted ? raw.slice(1, -1) : raw;
  const text = TEXT_PROPERTIES.find((name) => name === property);
  if (text) {
    if (!quoted || !["-eq", "-like", "-contains"].includes(op))
      throw new MailQueryError(`${property} takes -eq, -like or -contains and a quoted text.`);
    return { kind: "text", property: text, op: op.slice(1) as "eq" | "like" | "contains", value };
  }
  if (property === "hasattachment") {
    if (op !== "-eq" || !/^(true|false)$/i.test(value))
      throw new MailQueryError("hasAttachment takes -eq true or false.");
    return { kind: "attachment", value: value.toLowerCase() === "true" };
  }
  if (property === "pitrdumpsteractiontriggeredtime") {
    const time = Date.parse(value);
    if (!quoted || !["-gt", "-ge", "-lt", "-le"].includes(op) || Number.isNaN(time))
      throw new MailQueryError(`${property} takes -gt, -ge, -lt or -le and a quoted date-time.`);
    return { kind: "deleted", op: op.slice(1) as "gt" | "ge" | "lt" | "le", time };
  }
  throw new MailQueryError(
    `unknown property '${property}'; use subject, sender, recipient, hasAttachment or pitrDumpsterActionTriggeredTime.`,
  );
}

/** `*` matches any run of characters; everything else literally, ignoring case. */
function like(text: string, pattern: string): boolean {
  const parts = pattern.toLowerCase().split("*");
  let at = 0;
  const lower = text.toLowerCase();
  for (const [i, part] of parts.entries()) {
    const found = i === 0 ? (lower.startsWith(part) ? 0 : -1) : lower.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return parts.length > 1 ? parts.at(-1) === "" || lower.endsWith(parts.at(-1)!) : lower === parts[0];
}

/** Whether a message meets the conditions; text comparisons ignore case, as Exchange search does. */
export function mailMatches(condition: MailCondition, mail: MailFacts): boolean {
  switch (condition.kind) {
    case "text": {
      const field = mail[condition.property].toLowerCase();
      const value = condition.value.toLowerCase();
      if (condition.op === "eq") return field === value;
      return condition.op === "contains" ? field.includes(value) : like(field, value);
    }
    case "attachment":
      return mail.hasAttachment === condition.value;
    case "deleted": {
      const at = mail.deletedAt;
      if (at === undefined) return false;
      const { op, time } = condition;
      return op === "gt" ? at > time : op === "ge" ? at >= time : op === "lt" ? at < time : at <= time;
    }
    case "and":
      return condition.operands.every((c) => mailMatches(c, mail));
    case "or":
      return condition.operands.some((c) => mailMatches(c, mail));
  }
}
