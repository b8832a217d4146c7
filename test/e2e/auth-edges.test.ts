// The edges of caller authentication the attack run found: a lower-case `bearer` scheme refused; forged tokens with
// unknown kids spending the JWKS refetches so a real key rotation right after was refused; an anonymous 5 MB upload
// answered with a reset instead of a 401 (and an oversized one with a reset instead of a 413); and a read-only
// caller's mutation document validated (messages that map the mutation schema) before the 403.
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery } from "../helpers/http.js";
import { startIssuer } from "../helpers/issuer.js";
import { useStarted } from "../helpers/started.js";

const QUERY = "{ backupRestore { serviceStatus { status } } }";
const READ = { scp: "BackupGateway.Read" };

// Hooks run as a stack: the gateway starts after the issuer and stops before it.
const issuer = useStarted(() => startIssuer());
const t = useGateway(
  () =>
    startEmbedded(
      { NODE_ENV: "production", GRAPH_BASE_URL: "emulator", ...issuer.env() },
      { callerAuth: { now: issuer.now } },
    ),
  { resetRequests: true },
);

/**
 * A client that uploads the whole body before it reads anything, and asks for the connection to close (as Python's
 * urllib does): it sees the answer only if the gateway takes in the rest of the upload instead of resetting.
 */
function blockingUpload(
  url: string,
  headers: Record<string, string>,
  bytes: number,
): Promise<{ status?: number; error?: string }> {
  const target = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(target.port), target.hostname);
    socket.pause();
    let answer = "";
    socket.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    const head = Object.entries({
      host: target.host,
      "content-type": "application/json",
      connection: "close",
      "content-length": String(bytes),
      ...headers,
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("");
    socket.write(`POST ${target.pathname} HTTP/1.1\r\n${head}\r\n`);
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const pump = () => {
      if (sent >= bytes) {
        socket.on("data", (d: Buffer) => (answer += d.toString("latin1")));
        socket.on("end", () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]) }));
        socket.resume();
        return;
      }
      const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
      sent += piece.length;
      socket.write(piece, (error) => (error ? undefined : setImmediate(pump)));
    };
    pump();
  });
}

describe("auth edges", () => {
  it("accepts the bearer scheme in any case (schemes are case-insensitive)", async () => {
    const token = await issuer.sign(READ);
    for (const scheme of ["bearer", "BEARER", "Bearer"]) {
      const res = await postQuery(t.url, QUERY, { authorization: `${scheme} ${token}` });
      expect(res.status, scheme).toBe(200);
    }
  });

  it("99 forged tokens with unknown kids do not stop a real key rotation right after", async () => {
    expect((await postQuery(t.url, QUERY, { authorization: `Bearer ${await issuer.sign(READ)}` })).status).toBe(200);
    const before = issuer.fetches();
    for (let i = 0; i < 99; i++) {
      // Signed properly, but claiming another issuer or audience, or long expired: none is ours.
      const options = [
        { iss: "https://login.microsoftonline.com/22222222-2222-2222-2222-222222222222/v2.0" },
        { aud: "https://graph.microsoft.com" },
        { expiresIn: -7200 },
      ][i % 3]!;
      const forged = await issuer.sign(READ, { ...options, kid: `forged-${i}` });
      expect((await postQuery(t.url, QUERY, { authorization: `Bearer ${forged}` })).status).toBe(401);
    }
    expect(issuer.fetches()).toBe(before);
    await issuer.addKey("rotated");
    const res = await postQuery(t.url, QUERY, {
      authorization: `Bearer ${await issuer.sign(READ, { kid: "rotated" })}`,
    });
    expect(res.status).toBe(200);
    expect(issuer.fetches()).toBe(before + 1);
  });

  it("an anonymous 5 MB upload gets its 401, read by a client that sends everything first", async () => {
    expect(await blockingUpload(t.url, {}, 5 * 1024 * 1024)).toEqual({ status: 401 });
    expect(t.emulator.requests()).toEqual([]);
  });

  it("a reader's 5 MB upload gets its 413 the same way", async () => {
    expect(
      await blockingUpload(t.url, { authorization: `Bearer ${await issuer.sign(READ)}` }, 5 * 1024 * 1024),
    ).toEqual({ status: 413 });
  });

  it.each([
    ["a misspelt mutation field", 'mutation { deleteProtectionPolicie(id: "x") { deleted } }'],
    ["a mutation probing arguments", 'mutation { deleteProtectionPolicy(identifier: "x") { gone } }'],
    [
      "a mutation beside the selected query",
      "query Ok { backupRestore { serviceStatus { status } } } mutation Probe { enableBackupRestor { x } }",
    ],
  ])("a reader's document with %s: 403 before validation, nothing about the mutation schema", async (_name, query) => {
    const res = await postQuery(t.url, query, { authorization: `Bearer ${await issuer.sign(READ)}` }, undefined);
    expect(res.status).toBe(403);
    expect(res.json.errors.map((e: any) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    expect(res.text).not.toMatch(
      /Cannot query|Unknown argument|Did you mean|deleteProtectionPolicy\b|enableBackupRestore/,
    );
    expect(t.emulator.requests()).toEqual([]);
  });
});
