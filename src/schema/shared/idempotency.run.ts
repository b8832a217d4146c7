// Runs a create or submit at most once per idempotencyKey: the first request with a key does the work, a
// concurrent one with the same key waits for it, a later one gets the first result (read again from Graph). When
// the first attempt's outcome was unknown (the connection broke after the request was sent), the next attempt
// first looks for what it may have created, and creates only when nothing is found.
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { isGraphRequestError } from "../../msgraph/errors.js";
import type { IdempotentRef, LostAttempt } from "../../stores/idempotency.js";
import type { Context } from "../context.js";
import { badInput, GatewayErrorCode, gatewayError } from "./errors.codes.js";

export const IDEMPOTENCY_KEY_FIELD = "input.idempotencyKey";
const MAX_KEY_LENGTH = 255;
/** How long a duplicate waits for the first request at most when the request carries no deadline. */
const DEFAULT_WAIT_MS = 25_000;

export interface IdempotencyKey {
  /** The key as stored: a hash of the caller's tenant and subject and the client's key (keys are per caller). */
  storeKey: string;
  /** A short suffix derived from storeKey for display names, so a lost attempt's object can be found again. */
  marker: string;
}

/** Validates and scopes a client's idempotencyKey; undefined when none was given. */
export function readIdempotencyKey(ctx: Context, raw: string | null | undefined): IdempotencyKey | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (raw.length < 1 || raw.length > MAX_KEY_LENGTH || /[\u0000-\u001f\u007f]/.test(raw)) {
    throw badInput(IDEMPOTENCY_KEY_FIELD, `idempotencyKey must be 1 to ${MAX_KEY_LENGTH} printable characters`);
  }
  const scope = `${ctx.caller?.tenantId ?? ""}\u0000${ctx.caller?.subject ?? ""}\u0000${raw}`;
  const storeKey = createHash("sha256").update(scope).digest("hex");
  return { storeKey, marker: ` [idem:${storeKey.slice(0, 12)}]` };
}

export interface IdempotentCreate<R> {
  /** The mutation's name; with `request` it makes the fingerprint a reused key is checked against. */
  operation: string;
  /** What would be sent upstream (path and body): the same key with a different request is refused. */
  request: unknown;
  /**
   * Checks that need Graph (the parent's workload and state), run only when this request will create: a replay
   * returns the first result even though the parent has changed since (e.g. now holds what was created).
   */
  check?(): Promise<void>;
  /** Sends the create; returns what to remember and what to answer. */
  create(): Promise<{ ref: IdempotentRef; result: R }>;
  /** Looks for the object a lost attempt may have created; undefined when there is none. */
  recover(lost: LostAttempt): Promise<IdempotentRef | undefined>;
  /** The answer for a remembered result (reads the object again). */
  replay(ref: IdempotentRef): Promise<R>;
}

/** True when Graph may have applied a write that failed: a reply lost after sending, or a 5xx. */
export function outcomeUnknown(error: unknown): boolean {
  if (!isGraphRequestError(error)) return false;
  return error.code === "OutcomeUnknown" || error.code === "Timeout" || error.status === 0 || error.status >= 500;
}

export async function runIdempotent<R>(ctx: Context, key: IdempotencyKey | undefined, spec: IdempotentCreate<R>): Promise<R> {
  if (!key) {
    await spec.check?.();
    return (await spec.create()).result;
  }
  const store = ctx.idempotency;
  if (!store) throw gatewayError(GatewayErrorCode.INTERNAL_SERVER_ERROR, "No idempotency store is configured");
  const fingerprint = createHash("sha256").update(`${spec.operation}\n${JSON.stringify(spec.request)}`).digest("hex");
  const waitUntil = ctx.graph.scope?.deadlineAt ?? Date.now() + DEFAULT_WAIT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    const claim = await store.claim(key.storeKey, fingerprint);
    if (claim.status === "mismatch") {
      throw badInput(IDEMPOTENCY_KEY_FIELD, "This idempotencyKey was already used for a different request; use a new key");
    }
    if (claim.status === "done") return spec.replay(claim.ref);
    if (claim.status === "claimed") return attempt(ctx, key.storeKey, spec, claim.lost);
    // Another request holds the key: wait for its outcome rather than create a second object.
    if (Date.now() + pause > waitUntil) {
      throw gatewayError(GatewayErrorCode.CONFLICT, "A request with the same idempotencyKey is still running; retry shortly", {
        field: IDEMPOTENCY_KEY_FIELD,
      });
    }
    await sleep(pause);
  }
}

async function attempt<R>(ctx: Context, storeKey: string, spec: IdempotentCreate<R>, lost: LostAttempt | undefined): Promise<R> {
  const store = ctx.idempotency!;
  const startedAt = Date.now();
  let sent = false;
  try {
    if (lost) {
      const found = await spec.recover(lost);
      if (found) {
        ctx.logger.info({ idempotency: "recovered", ref: found }, "found the object of an attempt whose outcome was unknown");
        await store.complete(storeKey, found);
        return await spec.replay(found);
      }
    }
    await spec.check?.();
    sent = true;
    const { ref, result } = await spec.create();
    // If the store fails now, the key stays pending: its lease runs out and the next claim looks before creating.
    await store.complete(storeKey, ref).catch((e: unknown) => ctx.logger.warn({ err: e }, "could not record an idempotency result"));
    return result;
  } catch (error) {
    // Before sending, nothing changed (keep what was known); after a definite failure, nothing was created
    // (forget the key); after an unknown outcome, remember when it ran so the next attempt looks first.
    const keep = !sent ? lost : outcomeUnknown(error) ? { startedAt: lost?.startedAt ?? startedAt, endedAt: Date.now() } : undefined;
    await store.release(storeKey, keep).catch((e: unknown) => ctx.logger.warn({ err: e }, "could not release an idempotency key"));
    throw error;
  }
}
