/** One Graph API call, from the wire or from inside a $batch: what routes and the pipeline work on. */
export interface ApiRequest {
  method: string;
  /** Path after /v1.0 or /beta, still percent-encoded, without the query (e.g. "/users/abc"). */
  path: string;
  /** Decoded, non-empty path segments. */
  segments: string[];
  query: URLSearchParams;
  /** The raw query as received ("" or "?..."), for the request log. */
  search: string;
  /** Header names lower-cased. */
  headers: Readonly<Record<string, string>>;
  /** The raw body text ("" when none). Routes parse it and choose their own "malformed" error. */
  bodyText: string;
  /** A JSON $batch item may carry an already parsed body. */
  parsedBody?: unknown;
  version: "v1.0" | "beta";
  /** "http://host:port" from the Host header, so absolute links point where the client called. */
  origin: string;
  requestId: string;
  clientRequestId: string;
  /** Emulated epoch ms when the request is handled. */
  now: number;
}

export interface EmuResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): EmuResponse => ({
  status,
  body,
  headers,
});

export const noContent = (): EmuResponse => ({ status: 204 });

export const baseUrlOf = (req: ApiRequest): string => `${req.origin}/${req.version}`;

/** `Prefer: include-unknown-enum-members` opts into evolvable enum members (after unknownFutureValue). */
export function includesUnknownEnumMembers(req: ApiRequest): boolean {
  return (req.headers["prefer"] ?? "")
    .split(",")
    .some((p) => p.trim().toLowerCase() === "include-unknown-enum-members");
}

/** The JSON body, or `undefined` when absent or malformed: the route then answers its documented 400. */
export function jsonBody(req: ApiRequest): unknown {
  if (req.parsedBody !== undefined) return req.parsedBody;
  if (req.bodyText.trim() === "") return undefined;
  try {
    return JSON.parse(req.bodyText) as unknown;
  } catch {
    return undefined;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A decoded path segment; a malformed escape is kept as is (it then simply matches no route). */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A wire body as it arrives: the contract's field names (from msgraph/models.ts), every value still to be checked. */
export type Unchecked<T> = { [K in keyof T]?: unknown };
