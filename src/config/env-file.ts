// The `.env` file: the dotenv syntax that Node's --env-file, docker compose's env_file and the dotenv package share,
// parsed strictly. Node's own parser (util.parseEnv) skips a line without `=` by gluing it to the next one's name,
// so a typo would silently drop the following variable; here it stops start-up instead, naming the line but never
// echoing it (it may hold a secret).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError, readStr, type Env } from "./read.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const QUOTES = new Set(['"', "'", "`"]);

/**
 * NAME=value lines; blank lines and `#` comments are skipped, `export ` before a name is allowed. A value may be
 * quoted with ", ' or ` (then it may span lines; in double quotes \n is a newline), else it ends at a `#`.
 * `source` names the file in errors.
 */
export function parseEnvFile(text: string, source: string): Env {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out: Env = {};
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    const name =
      eq < 0
        ? ""
        : line
            .slice(0, eq)
            .trim()
            .replace(/^export\s+/, "");
    if (!NAME.test(name))
      throw new ConfigError(
        `${source} line ${first} is not NAME=value (a name is letters, digits and _, not starting with a digit)`,
      );
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if (quote !== undefined && QUOTES.has(quote)) {
      // The value runs to the matching quote, possibly lines further down.
      let body = value.slice(1);
      let close = body.indexOf(quote);
      while (close < 0 && i + 1 < lines.length) {
        body += `\n${lines[++i]!}`;
        close = body.indexOf(quote);
      }
      if (close < 0)
        throw new ConfigError(`${source} line ${first}: the value of ${name} opens a ${quote} quote that never closes`);
      const rest = body.slice(close + 1).trim();
      if (rest !== "" && !rest.startsWith("#"))
        throw new ConfigError(`${source} line ${first}: the value of ${name} has text after its closing quote`);
      value = body.slice(0, close);
      if (quote === '"') value = value.replace(/\\n/g, "\n");
    } else {
      // As Node's --env-file and dotenv read it: an unquoted value ends at the first #, so quote a value holding one.
      value = value.replace(/#.*$/, "").trim();
    }
    out[name] = value;
  }
  return out;
}

/**
 * The environment main.ts configures from: `env` (default process.env) over the variables of a dotenv file, which
 * is ENV_FILE when set (it must exist) or `.env` in the working directory when there is one. A variable set in the
 * environment wins over the file's, even when empty, as with dotenv and Node's --env-file. `file` is the path read.
 */
export function loadEnvironment(
  env: Env = process.env,
  cwd: string = process.cwd(),
): { env: Env; file: string | undefined } {
  const named = readStr(env, "ENV_FILE");
  const file = resolve(cwd, named ?? ".env");
  if (named === undefined && !existsSync(file)) return { env, file: undefined };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(
      `${named === undefined ? ".env" : "ENV_FILE"}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return { env: { ...parseEnvFile(text, named === undefined ? ".env" : `ENV_FILE ${named}`), ...env }, file };
}
