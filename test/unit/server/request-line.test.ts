// The per-request log line: written without redaction, so it must be safe by construction — only expected
// shapes pass, and the redacting logger it derives from keeps redacting.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createUpstreamCost } from "../../../src/msgraph/cost.js";
import { createLogger } from "../../../src/server/logger.js";
import { requestLine, requestLineLogger, UNEXPECTED, type RequestLineInput } from "../../../src/server/request-line.js";

const CANARY = "CANARY-5e1f";
const JWT = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.${CANARY}`;
const GUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

const input = (over: Partial<RequestLineInput> = {}): RequestLineInput => ({
  requestId: "support-case-0001",
  operationName: "Poll",
  durationMs: 3.4,
  status: 200,
  errorCodes: [],
  upstream: createUpstreamCost().toJSON(),
  graphRequestIds: [],
  moreGraphRequestIds: 0,
  ...over,
});

function capture() {
  const lines: string[] = [];
  const logger = createLogger(
    "info",
    new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }),
  );
  return { logger, text: () => lines.join("") };
}

describe("the request line", () => {
  it("keeps ids, codes and the operation name of the expected shapes", () => {
    const line = requestLine(
      input({
        errorCodes: ["NOT_FOUND", "NOT_FOUND", "UPSTREAM_THROTTLED"],
        graphRequestIds: [GUID],
        moreGraphRequestIds: 2,
      }),
    );
    expect(line).toMatchObject({
      requestId: "support-case-0001",
      operationName: "Poll",
      durationMs: 3,
      status: 200,
      errors: 3,
    });
    expect(line.errorCodes).toEqual(["NOT_FOUND", "UPSTREAM_THROTTLED"]);
    expect(line.graphRequestIds).toEqual([GUID]);
    expect(line.moreGraphRequestIds).toBe(2);
    expect(line.upstream?.roundTrips).toBe(0);
  });

  it("replaces values of any other shape, so tokens and free text never reach it", () => {
    const line = requestLine(
      input({
        requestId: `Bearer ${JWT}`,
        operationName: `op ${CANARY}.x`,
        errorCodes: [`code ${CANARY}`, { code: CANARY }],
        graphRequestIds: [JWT, `${GUID}\n${CANARY}`],
      }),
    );
    expect(JSON.stringify(line)).not.toContain(CANARY);
    expect(line).toMatchObject({
      requestId: UNEXPECTED,
      operationName: UNEXPECTED,
      errors: 2,
      errorCodes: ["UNKNOWN"],
      graphRequestIds: [UNEXPECTED, UNEXPECTED],
    });
  });

  it("carries only the numbers of the upstream cost report", () => {
    const upstream = { ...createUpstreamCost().toJSON(), roundTrips: 2, note: CANARY } as RequestLineInput["upstream"];
    const line = requestLine(input({ upstream }));
    expect(line.upstream?.roundTrips).toBe(2);
    expect(JSON.stringify(line)).not.toContain(CANARY);
  });

  it("carries the budget and the upstream failure reasons, one line each with token shapes blanked", () => {
    const line = requestLine(
      input({
        budgetMs: 8000,
        reasons: [
          "ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.",
          `Bearer ${JWT}\nsecond line`,
          "x",
          "fourth",
        ],
      }),
    );
    expect(line.budgetMs).toBe(8000);
    expect(line.upstreamReasons).toHaveLength(3);
    expect(line.upstreamReasons?.[0]).toMatch(/AADSTS7000215/);
    expect(line.upstreamReasons?.[1]).not.toContain("\n");
    expect(JSON.stringify(line)).not.toContain(CANARY);
    expect(requestLine(input())).not.toHaveProperty("upstreamReasons");
  });

  it("leaves out an operation name not yet known and shows an anonymous one as null", () => {
    expect(requestLine(input({ operationName: undefined }))).not.toHaveProperty("operationName");
    expect(requestLine(input({ operationName: null })).operationName).toBeNull();
  });

  it("goes to the gateway's destination, whose other lines are still redacted", () => {
    const { logger, text } = capture();
    requestLineLogger(logger).info(requestLine(input()), "graphql request");
    logger.info({ headers: { authorization: `Bearer ${CANARY}` }, token: CANARY }, "other");
    const [line, other] = text()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(line).toMatchObject({ service: "backup-graphql", requestId: "support-case-0001", msg: "graphql request" });
    expect(other.token).toBe("[redacted]");
    expect(text()).not.toContain(CANARY);
  });
});
