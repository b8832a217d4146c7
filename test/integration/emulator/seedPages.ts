// Reads the example request/response pair of a seed page (../shared/seeds/NNN_*.txt, the Graph docs pages the
// project started from) at test time, and compares shapes: the pages' JSON has comments, trailing commas and
// docs-only values, so only names, JSON kinds and a few chosen values are compared.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/seeds");

export interface SeedExample {
  method: string;
  version: "v1.0" | "beta";
  /** Path after the version, e.g. /solutions/backupRestore/exchangeProtectionPolicies */
  path: string;
  requestBody?: unknown;
  status: number;
  headers: Record<string, string>;
  responseBody?: unknown;
}

/** The example of seed page `number` ("003"), or undefined when the seeds folder is absent. */
export function readSeed(number: string): SeedExample | undefined {
  if (!existsSync(SEEDS_DIR)) return undefined;
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${number}_`) && f.endsWith(".txt"));
  if (!file) return undefined;
  const text = readFileSync(resolve(SEEDS_DIR, file), "utf8");
  const request = /^(GET|POST|PATCH|DELETE|PUT) https:\/\/graph\.microsoft\.com\/(v1\.0|beta)(\/\S+)/m.exec(text);
  const response = /^HTTP\/1\.1 (\d{3})[^\n]*\n((?:[A-Za-z-]+: [^\n]*\n)*)/m.exec(text);
  if (!request || !response) throw new Error(`${file}: no example request/response found`);
  const requestText = text.slice(request.index + request[0].length, response.index);
  const responseText = text.slice(response.index + response[0].length);
  const headers = Object.fromEntries(
    response[2]!
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf(": ");
        return [line.slice(0, at).toLowerCase(), line.slice(at + 2).trim()];
      }),
  );
  const requestJson = firstJson(requestText);
  const responseJson = firstJson(responseText);
  return {
    method: request[1]!,
    version: request[2] as "v1.0" | "beta",
    path: request[3]!,
    status: Number(response[1]),
    headers,
    ...(requestJson === undefined ? {} : { requestBody: requestJson }),
    ...(responseJson === undefined ? {} : { responseBody: responseJson }),
  };
}

/** The first balanced {...} of `text`, parsed leniently (comments and trailing commas dropped). */
function firstJson(text: string): unknown {
  const start = text.indexOf("{");
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  let out = "";
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
      continue;
    }
    if (c === '"') inString = true;
    if (c === "{" || c === "[") depth++;
    if (c === "}" || c === "]") depth--;
    out += c;
    if (depth === 0) break;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
}

/** Replaces every occurrence of the map's keys (ids, e-mail addresses) in a JSON value. */
export function substitute<T>(value: T, map: Record<string, string>): T {
  let text = JSON.stringify(value);
  for (const [from, to] of Object.entries(map)) text = text.split(from).join(to);
  return JSON.parse(text) as T;
}

/**
 * Differences in shape: every name of the example must be in the answer with the same JSON kind; a null answer
 * stands for any object (the example's identity sets show a user, the emulator is app-only). Arrays are compared
 * element by element; extra names in the answer are fine (the examples are "shortened for readability").
 */
export function shapeDiff(example: unknown, actual: unknown, at = "$"): string[] {
  if (example === null || actual === null) return [];
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array`];
    return example.flatMap((e, i) =>
      i < actual.length ? shapeDiff(e, actual[i], `${at}[${i}]`) : [`${at}[${i}]: missing`],
    );
  }
  if (typeof example === "object") {
    if (typeof actual !== "object" || Array.isArray(actual)) return [`${at}: expected an object`];
    return Object.entries(example as Record<string, unknown>).flatMap(([k, v]) =>
      k in (actual as object)
        ? shapeDiff(v, (actual as Record<string, unknown>)[k], `${at}.${k}`)
        : [`${at}.${k}: missing`],
    );
  }
  return typeof example === typeof actual ? [] : [`${at}: expected a ${typeof example}, got ${JSON.stringify(actual)}`];
}
