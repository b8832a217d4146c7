// One pino logger per gateway. Redaction covers every place a credential could ride along.
import { pino, type Logger as PinoLogger } from "pino";
import type { LogLevel } from "../config.js";

export type Logger = PinoLogger;

export const REDACTED_PATHS = [
  "req.headers.authorization",
  "headers.authorization",
  "authorization",
  "*.authorization",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "clientSecret",
  "*.clientSecret",
];

export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" }, base: { service: "backup-graphql" } },
    destination as never,
  );
}
