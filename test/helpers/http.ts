// Raw HTTP against the gateway, for tests that send what no GraphQL client would.
import { request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, when it was JSON. */
  json?: any;
}

export async function send(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** POST of a JSON GraphQL request with the given headers. */
export function postQuery(
  url: string,
  query: string,
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
): Promise<RawResponse> {
  return send(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
}

/** A tiny seeded PRNG, so generated inputs are the same on every run: the emulator's own fault generator. */
export { mulberry32 as seeded } from "../../src/emulator/http/faults.js";

/**
 * POSTs `prefix` and then filler bytes, chunk by chunk without a declared length, and never ends the upload: it
 * stops when the gateway answers or closes the connection. Either proves the gateway stopped reading, and `sent`
 * tells how far it let the upload get. `status` is "closed" when the connection went before the answer could be read
 * (the answer races the client's next write: a real client reading while it uploads, like curl, sees the 413).
 */
export function uploadUntilAnswered(
  url: string,
  headers: Record<string, string>,
  prefix: string,
  maxBytes: number,
): Promise<{ status: number | "closed"; sent: number }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let over = false;
    const finish = (status: number | "closed") => {
      if (over) return;
      over = true;
      resolve({ status, sent });
      req.destroy();
    };
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers },
      (res) => {
        res.resume();
        res.on("end", () => finish(res.statusCode ?? 0));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ECONNRESET") finish("closed");
      else if (!over) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, "x");
    const pump = () => {
      if (over) return;
      if (sent >= maxBytes) return reject(new Error(`no answer after ${sent} bytes`));
      sent += chunk.length;
      // A pause between chunks lets the gateway read (or refuse) each one before the next is sent.
      req.write(chunk, () => setTimeout(pump, 1));
    };
    sent += Buffer.byteLength(prefix);
    req.write(prefix, pump);
  });
}
