// client-request-id values for the upstream calls of one GraphQL request. Graph accepts only GUIDs there, and
// support asks for them, so every id must be a GUID that leads back to the GraphQL request id:
// - the request id itself when it is a GUID (the gateway mints GUIDs), else a name-based GUID derived from it
//   (SHA-1, RFC 4122 version 5 layout), so a caller's own non-GUID x-request-id still maps to one stable value;
// - call n (0-based) of the request: that GUID with its last block XOR n. Call 0 is the request id itself, the
//   first four blocks are shared by every call of the request (grep Graph's logs by prefix), ids never repeat
//   within a request, and the mapping is deterministic (a test or an operator can recompute it).
import { createHash } from "node:crypto";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A fixed namespace of our own for the version 5 derivation.
const NAMESPACE = Buffer.from("6b1f8f52a7c34c0e9d0e3b5f2a1c7d40", "hex");

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** `value` when it is a GUID (lower-cased), else the version 5 GUID of it. */
export function guidFor(value: string): string {
  if (isGuid(value)) return value.toLowerCase();
  const hash = createHash("sha1").update(NAMESPACE).update(value, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The client-request-id of call `n` of the request whose id is `correlationId`. */
export function clientRequestIdFor(correlationId: string, n: number): string {
  const base = guidFor(correlationId);
  if (n === 0) return base;
  const last = BigInt(`0x${base.slice(24)}`) ^ BigInt(n);
  return `${base.slice(0, 24)}${last.toString(16).padStart(12, "0")}`;
}

/** A counter over {@link clientRequestIdFor}: each call of the request takes the next id. */
export function clientRequestIds(correlationId: string): () => string {
  let n = 0;
  return () => clientRequestIdFor(correlationId, n++);
}
