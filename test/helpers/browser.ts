// A real headless Chromium (Debian's package, driven by playwright-core, which never downloads a browser) and pages
// served from their own loopback origins, for what only a browser enforces: CORS. `.ci/run` installs chromium; in CI
// a missing browser fails the tests, elsewhere they are skipped, saying why.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium binary: CHROMIUM_PATH when set, else the first of the usual Debian/Ubuntu paths that exists. */
export function chromiumPath(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) return named;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Why the browser tests cannot run here, or undefined when they can. Under CI nothing is an excuse: undefined, so the
 * launch itself fails the tests.
 */
export function browserUnavailable(): string | undefined {
  if (process.env.CI || chromiumPath()) return undefined;
  const reason = `no Chromium at ${CANDIDATES.join(", ")} (install the Debian package chromium, or set CHROMIUM_PATH)`;
  console.warn(`Skipping the browser tests: ${reason}`);
  return reason;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error(
      `Chromium is not installed: the browser tests need it (apt-get install -y chromium, or set CHROMIUM_PATH)`,
    );
  // As root (CI containers) Chromium refuses to start with its sandbox; /dev/shm is often tiny in containers.
  const args = ["--disable-dev-shm-usage", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])];
  return chromium.launch({ executablePath, headless: true, args });
}

export interface ServedPage {
  /** http://127.0.0.1:PORT, the page's origin. */
  origin: string;
  /** The page's address. */
  url: string;
  close(): Promise<void>;
}

/** Serves `html` at / from a new loopback port: a different port is a different origin. */
export async function servePage(html: string): Promise<ServedPage> {
  const server = createServer((req, res) => {
    if (req.url === "/") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
