// The tokens of Graph's inclusion-rule expressions, read in one pass with no regular expression: every character
// is looked at once, so the scan (and the parse over its tokens) takes time linear in the input whatever it holds.

export type TokenKind = "(" | ")" | "[" | "]" | "," | "word" | "operator" | "string";

export interface Token {
  kind: TokenKind;
  /** The word or operator as written (operators with their "-"), or a string literal without its quotes. */
  text: string;
  /** 1-based character position of the token's first character. */
  position: number;
}

/** Counts the work done, so a test can tell that a hostile input costs steps in proportion to its length. */
export interface Meter {
  steps: number;
}

/** A place where the expression leaves the grammar: what was wrong and at which character (1-based). */
export class ExpressionError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(reason);
  }
}

const PUNCTUATION = new Set(["(", ")", "[", "]", ","]);

const isLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
const isWordChar = (c: string) => isLetter(c) || (c >= "0" && c <= "9") || c === ".";
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * Splits an expression into punctuation, words (`memberOf`, `group.id`, `displayName`), operators (`-any`, `-in`,
 * `-contains`, `-ge`, `-and`, `-or`) and single-quoted strings. Graph documents no escape for a quote inside a
 * string, so a string ends at the next quote.
 */
export function scan(text: string, meter: Meter = { steps: 0 }): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    meter.steps++;
    const c = text[i]!;
    const position = i + 1;
    if (isSpace(c)) {
      i++;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ kind: c as TokenKind, text: c, position });
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new ExpressionError("a quoted string is not closed", position);
      meter.steps += end - i;
      tokens.push({ kind: "string", text: text.slice(i + 1, end), position });
      i = end + 1;
    } else if (c === "-" || isLetter(c)) {
      let end = i + 1;
      while (end < text.length && (c === "-" ? isLetter(text[end]!) : isWordChar(text[end]!))) end++;
      meter.steps += end - i - 1;
      if (c === "-" && end === i + 1) throw new ExpressionError("'-' must start an operator such as -or", position);
      tokens.push({ kind: c === "-" ? "operator" : "word", text: text.slice(i, end), position });
      i = end;
    } else {
      throw new ExpressionError(`unexpected character '${c}'`, position);
    }
  }
  return tokens;
}

/** Walks the tokens one at a time; `end` is the position just past the text, for "ended too early" errors. */
export class TokenCursor {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly end: number,
    private readonly meter: Meter,
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  get position(): number {
    return this.peek()?.position ?? this.end;
  }

  next(expected: string): Token {
    const token = this.tokens[this.index];
    if (!token) throw new ExpressionError(`the expression ends where ${expected} was expected`, this.end);
    this.meter.steps++;
    this.index++;
    return token;
  }

  /** The next token, which must be of `kind` (and, for words and operators, spelled `text`, ignoring case). */
  expect(kind: TokenKind, text?: string): Token {
    const what = text ?? (kind === "string" ? "a quoted string" : `'${kind}'`);
    const token = this.next(what);
    if (token.kind !== kind || (text !== undefined && token.text.toLowerCase() !== text.toLowerCase())) {
      throw new ExpressionError(`expected ${what}, found ${describe(token)}`, token.position);
    }
    return token;
  }

  done(): boolean {
    return this.index >= this.tokens.length;
  }
}

export function describe(token: Token): string {
  return token.kind === "string" ? `the string '${token.text.slice(0, 40)}'` : `'${token.text.slice(0, 40)}'`;
}
