// The backup console's built files (console/dist, made by `vite build` on `npm ci`): index.html at / revalidated on
// every load, the content-hashed files under /assets/ cached for a year as immutable, both under a strict
// Content-Security-Policy (scripts and styles from this origin only, no inline code, no framing), and
// /console/config.json telling the page how callers sign in. Files are read once, at start.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import type { ConsoleConfig } from "../config/console.js";

/** console/dist beside src/ (tsx) or dist/ (the compiled gateway): both sit two folders below the repository. */
export const CONSOLE_DIST = fileURLToPath(new URL("../../console/dist/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

export interface ConsoleAuth {
  mode: "none" | "entra";
}

interface File {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  etag: string;
  cache: string;
}

/** The Content-Security-Policy of every console response; `login` is the sign-in origin with AUTH_MODE=entra. */
export function consolePolicy(login?: string): string {
  const remote = login ? ` ${login}` : "";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${remote}`,
    // MSAL's silent token renewal runs in a hidden frame of the sign-in origin.
    ...(login ? [`frame-src ${login}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join("; ");
}

function file(body: Buffer, name: string, cache: string): File {
  const type = TYPES[extname(name)] ?? "application/octet-stream";
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
  return {
    body,
    ...(compressible ? { gzip: gzipSync(body, { level: 6 }) } : {}),
    type,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    cache,
  };
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backup console not built</title></head>
<body><main><h1>The backup console is not built</h1><p>Run <code>npm run console:build</code> (it runs on
<code>npm ci</code>), then reload. The GraphQL endpoint is at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

/** The built files of `root`, read and compressed once per process (tests start many gateways). */
const loaded = new Map<string, Map<string, File>>();
function builtFiles(root: string): Map<string, File> {
  const cached = loaded.get(root);
  if (cached) return cached;
  const files = new Map<string, File>();
  const built = existsSync(join(root, "index.html"));
  files.set(
    "/",
    file(built ? readFileSync(join(root, "index.html")) : Buffer.from(NOT_BUILT), "index.html", "no-cache"),
  );
  const assets = join(root, "assets");
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      files.set(`/assets/${name}`, file(readFileSync(join(assets, name)), name, "public, max-age=31536000, immutable"));
    }
  }
  // Only a finished build is remembered: one made after this process started is picked up by the next gateway.
  if (built) loaded.set(root, files);
  return files;
}

/**
 * A handler for the console's paths: true when it answered the request, false for any other path. `root` holds
 * index.html and assets/; when index.html is missing / says how to build it.
 */
export function createConsole(
  config: Pick<ConsoleConfig, "clientId" | "authority" | "scopes">,
  auth: ConsoleAuth,
  root: string = CONSOLE_DIST,
): (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean {
  const files = new Map(builtFiles(root));
  const entra = auth.mode === "entra";
  const login = entra ? new URL(config.authority).origin : undefined;
  const settings = entra
    ? { auth: "entra", clientId: config.clientId ?? null, authority: config.authority, scopes: config.scopes }
    : { auth: "none" };
  files.set("/console/config.json", file(Buffer.from(JSON.stringify(settings)), "config.json", "no-cache"));
  const policy = consolePolicy(login);

  return (req, res, pathname) => {
    const found = files.get(pathname === "/index.html" ? "/" : pathname);
    if (!found) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    const headers: Record<string, string> = {
      "content-type": found.type,
      "cache-control": found.cache,
      etag: found.etag,
      vary: "accept-encoding",
      "content-security-policy": policy,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cross-origin-opener-policy": entra ? "same-origin-allow-popups" : "same-origin",
    };
    if (req.headers["if-none-match"] === found.etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    const gzip = found.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? found.gzip : undefined;
    const body = gzip ?? found.body;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
