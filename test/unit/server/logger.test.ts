// Redaction: credentials never reach a log line, whether as a field, a header or text inside an error.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, scrubText } from "../../../src/server/logger.js";

const CANARY = "CANARY-7d1f";
const JWT = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIke0NBTkFSWX0ifQ.${CANARY}-sig`;

function capture() {
  const lines: string[] = [];
  const logger = createLogger(
    "trace",
    new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }),
  );
  return { logger, text: () => lines.join("") };
}

describe("log redaction", () => {
  it("blanks authorization headers, tokens, secrets and certificate material at the top level and one level down", () => {
    const { logger, text } = capture();
    const fields = [
      "authorization",
      "cookie",
      "token",
      "accessToken",
      "access_token",
      "refreshToken",
      "idToken",
      "assertion",
      "clientAssertion",
      "secret",
      "clientSecret",
      "client_secret",
      "password",
      "privateKey",
      "certificate",
      "pem",
    ];
    for (const field of fields) {
      logger.info({ [field]: CANARY }, "top level");
      logger.info({ credential: { [field]: CANARY } }, "nested");
    }
    logger.info({ req: { headers: { authorization: `Bearer ${CANARY}`, cookie: CANARY } } }, "request");
    logger.info({ headers: { authorization: `Bearer ${CANARY}`, "set-cookie": CANARY } }, "headers");
    expect(text()).toContain("[redacted]");
    expect(text()).not.toContain(CANARY);
  });

  it("scrubs tokens, PEM blocks and secret parameters out of logged errors, causes included", () => {
    const { logger, text } = capture();
    const cause = new Error(`AADSTS50013: assertion ${JWT} rejected; client_secret=${CANARY}`);
    logger.error({ err: new Error(`request failed with Authorization: Bearer ${CANARY}`, { cause }) }, "failed");
    logger.error(
      { err: new Error(`bad key -----BEGIN PRIVATE KEY-----\nMII${CANARY}\n-----END PRIVATE KEY-----`) },
      "failed",
    );
    expect(text()).toContain("AADSTS50013");
    expect(text()).not.toContain(CANARY);
  });

  it("leaves ordinary text alone", () => {
    expect(scrubText("GET /solutions/backupRestore/protectionPolicies answered 503")).toBe(
      "GET /solutions/backupRestore/protectionPolicies answered 503",
    );
  });
});
