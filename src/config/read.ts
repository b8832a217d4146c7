// Small typed readers over an environment object (never process.env itself: index.ts passes it in).
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function readStr(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readStr(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * One of `allowed`, or undefined when unset. `lowercase` reads the value in lower case first, for names such as log
 * levels that people write in capitals.
 */
export function readOneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  lowercase = false,
): T | undefined {
  const raw = lowercase ? readStr(env, name)?.toLowerCase() : readStr(env, name);
  if (raw !== undefined && !(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T | undefined;
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = readStr(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (["true", "1", "yes", "on"].includes(raw)) return true;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function readList(env: Env, name: string, fallback: string[]): string[] {
  const raw = readStr(env, name);
  return raw === undefined
    ? fallback
    : raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
}

export function readUrl(
  env: Env,
  name: string,
  fallback: string | undefined,
  protocols: string[] = ["https:"],
): string | undefined {
  const raw = readStr(env, name) ?? fallback;
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol))
    throw new ConfigError(`${name} must use ${protocols.join(" or ")}, got "${raw}"`);
  return url.href;
}
