import { errors } from "../wire/errors/graph.js";

/** What a filterable property reads from a stored record. */
export type FilterValue = string | number | boolean | null | undefined;

/** The Backup Storage pages name no number for "too many filters" (FilterLengthExceeded); we allow 20 comparisons. */
export const MAX_FILTER_COMPARISONS = 20;

type Literal = string | number | boolean | null;
type Node =
  | { op: "and" | "or"; left: Node; right: Node }
  | { op: "not"; operand: Node }
  | { op: "cmp"; field: string; cmp: "eq" | "ne" | "gt" | "ge" | "lt" | "le"; value: Literal }
  | { op: "in"; field: string; values: Literal[] };

// Quoted strings ('' escapes a quote), unquoted ISO instants, numbers, names and punctuation.
const TOKEN =
  /\s*(?:('(?:[^']|'')*')|(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)|(-?\d+(?:\.\d+)?)(?![\w-])|([A-Za-z_][\w.]*)|([(),]))/y;

/**
 * Compiles an OData `$filter` over the given properties: eq, ne, gt, ge, lt, le, in (...), and, or, not and
 * parentheses, with string, ISO date-time (quoted or not), number, true/false/null literals — the forms the Backup
 * Storage docs use (`status eq 'protected'`, `protectionDateTime lt 2024-01-01T00:00:00Z`). Functions such as
 * startswith are refused with a 400, so a client never silently gets an unfiltered list.
 */
export function compileFilter<T>(
  filter: string,
  fields: Readonly<Record<string, (item: T) => FilterValue>>,
): (item: T) => boolean {
  const hint = `Supported: eq, ne, gt, ge, lt, le, in (...), and, or, not, parentheses on ${Object.keys(fields).join(", ")}.`;
  const fail = () => errors.unsupportedFilter(filter, hint);
  const tokens = tokenize(filter, fail);
  const byName = new Map(Object.entries(fields).map(([name, read]) => [name.toLowerCase(), read]));
  let pos = 0;
  let comparisons = 0;
  const peek = () => tokens[pos]?.toLowerCase();
  const expect = (t: string) => {
    if (peek() !== t) throw fail();
    pos++;
  };
  const literal = (): Literal => {
    const t = tokens[pos++];
    if (t === undefined) throw fail();
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d{4}-/.test(t)) return t;
    if (/^-?\d/.test(t)) return Number(t);
    const word = t.toLowerCase();
    if (word === "true" || word === "false") return word === "true";
    if (word === "null") return null;
    throw fail();
  };
  const primary = (): Node => {
    if (peek() === "(") {
      pos++;
      const inner = or();
      expect(")");
      return inner;
    }
    if (peek() === "not") {
      pos++;
      return { op: "not", operand: primary() };
    }
    const field = peek();
    if (field === undefined || !byName.has(field)) throw fail();
    pos++;
    if (++comparisons > MAX_FILTER_COMPARISONS) {
      throw errors.tooManyFilterComparisons(MAX_FILTER_COMPARISONS);
    }
    const cmp = peek();
    pos++;
    if (cmp === "in") {
      expect("(");
      const values = [literal()];
      while (peek() === ",") {
        pos++;
        values.push(literal());
      }
      expect(")");
      return { op: "in", field, values };
    }
    if (cmp !== "eq" && cmp !== "ne" && cmp !== "gt" && cmp !== "ge" && cmp !== "lt" && cmp !== "le") throw fail();
    return { op: "cmp", field, cmp, value: literal() };
  };
  const and = (): Node => {
    let n = primary();
    while (peek() === "and") {
      pos++;
      n = { op: "and", left: n, right: primary() };
    }
    return n;
  };
  const or = (): Node => {
    let n = and();
    while (peek() === "or") {
      pos++;
      n = { op: "or", left: n, right: and() };
    }
    return n;
  };
  const tree = or();
  if (pos !== tokens.length) throw fail();
  const evaluate = (node: Node, item: T): boolean => {
    switch (node.op) {
      case "and":
        return evaluate(node.left, item) && evaluate(node.right, item);
      case "or":
        return evaluate(node.left, item) || evaluate(node.right, item);
      case "not":
        return !evaluate(node.operand, item);
      case "in": {
        const v = byName.get(node.field)!(item);
        return node.values.some((l) => compare(v, l) === 0);
      }
      case "cmp":
        return test(node.cmp, compare(byName.get(node.field)!(item), node.value));
    }
  };
  return (item) => evaluate(tree, item);
}

function tokenize(filter: string, fail: () => Error): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < filter.length) {
    if (filter.slice(TOKEN.lastIndex).trim() === "") break;
    const m = TOKEN.exec(filter);
    if (!m) throw fail();
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!);
  }
  if (tokens.length === 0) throw fail();
  return tokens;
}

/** -1/0/1, or NaN when incomparable (null against a value). Dates compare as instants, strings ignoring case. */
function compare(value: FilterValue, literal: Literal): number {
  const v = value ?? null;
  if (v === null || literal === null) return v === literal ? 0 : Number.NaN;
  if (typeof v === "string" && typeof literal === "string") {
    const [a, b] = [Date.parse(v), Date.parse(literal)];
    if (/^\d{4}-\d{2}-\d{2}T/.test(v) && /^\d{4}-\d{2}-\d{2}T/.test(literal) && !Number.isNaN(a) && !Number.isNaN(b))
      return Math.sign(a - b);
    const [x, y] = [v.toLowerCase(), literal.toLowerCase()];
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (typeof v === "number" && typeof literal === "number") return Math.sign(v - literal);
  if (typeof v === "boolean" && typeof literal === "boolean") return v === literal ? 0 : Number.NaN;
  return String(v).toLowerCase() === String(literal).toLowerCase() ? 0 : Number.NaN;
}

function test(cmp: "eq" | "ne" | "gt" | "ge" | "lt" | "le", c: number): boolean {
  switch (cmp) {
    case "eq":
      return c === 0;
    case "ne":
      return c !== 0;
    case "gt":
      return c > 0;
    case "ge":
      return c >= 0;
    case "lt":
      return c < 0;
    case "le":
      return c <= 0;
  }
}
