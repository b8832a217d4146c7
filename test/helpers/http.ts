// Raw HTTP against the gateway, for tests that send what no GraphQL client would.
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
export function postQuery(url: string, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<RawResponse> {
  return send(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, ...(variables ? { variables } : {}) }) });
}

/** A tiny seeded PRNG (mulberry32), so generated inputs are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
