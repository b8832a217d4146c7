// One pino logger per gateway. Redaction covers every place a credential could ride along: header objects,
// token and secret fields (top level and one level down), certificate material, and token-shaped text inside
// logged errors (an auth library may quote what it refused).
import { pino, stdSerializers, type Logger as PinoLogger } from "pino";
import type { LogLevel } from "../config/index.js";

export type Logger = PinoLogger;

const SECRET_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "idToken",
  "id_token",
  "assertion",
  "clientAssertion",
  "client_assertion",
  "secret",
  "clientSecret",
  "client_secret",
  "password",
  "privateKey",
  "private_key",
  "certificate",
  "pem",
];

export const REDACTED_PATHS = [
  ...SECRET_KEYS.flatMap((key) => {
    const path = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const child = path.startsWith("[") ? path : `.${path}`;
    return [path, `*${child}`];
  }),
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "headers.cookie",
  'headers["x-ms-client-secret"]',
];

const JWT = /eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[^\s,;"']+/gi;
const PEM = /-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)/g;
const SECRET_PARAM =
  /\b(client_secret|client_assertion|assertion|access_token|refresh_token|id_token|password)=[^&\s"']+/gi;

/** Blanks bearer/JWT tokens, PEM blocks and secret query parameters inside free text. */
export function scrubText(text: string): string {
  return text
    .replace(PEM, "[redacted pem]")
    .replace(BEARER, "$1 [redacted]")
    .replace(JWT, "[redacted jwt]")
    .replace(SECRET_PARAM, "$1=[redacted]");
}

/** pino's error serializer, with token-shaped text scrubbed from the message and stack. */
function errSerializer(err: Error): Record<string, unknown> {
  const out = stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const key of ["message", "stack"]) {
    if (typeof out[key] === "string") out[key] = scrubText(out[key]);
  }
  return out;
}

export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: errSerializer },
      base: { service: "backup-graphql" },
    },
    destination as never,
  );
}
