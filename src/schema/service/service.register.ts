// Registers a controller app and, when asked, activates it: two Graph calls made safe together. The registration is
// what the idempotencyKey remembers, so a retry never registers a second app; an activation that failed is reported
// next to the registered app (the payload's activationError) and is done by the next attempt with the same key.
import { isGraphRequestError } from "../../msgraph/errors.js";
import type { GraphServiceApp } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { PublicError } from "../shared/common.type.js";
import { badInput } from "../shared/errors.codes.js";
import { findAll } from "../shared/idempotency.recover.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { requireGuid } from "../shared/input.validate.js";
import type { RegisterServiceAppInput } from "./service.input.js";
import { mapServiceApp } from "./service.map.js";
import { ServiceAppPayload } from "./service.payload.js";

/** How far in the past effectiveDateTime may lie: "now" as the client saw it, a slow request, clocks a little apart. */
export const EFFECTIVE_DATE_SKEW_MS = 5 * 60_000;

type Activation = { effectiveDateTime: string } | undefined;

export async function registerServiceApp(ctx: Context, input: RegisterServiceAppInput): Promise<ServiceAppPayload> {
  const applicationId = requireGuid("input.applicationId", input.applicationId);
  const effective = input.effectiveDateTime ?? null;
  if (effective && effective.getTime() < Date.now() - EFFECTIVE_DATE_SKEW_MS) {
    throw badInput("input.effectiveDateTime", "effectiveDateTime must not lie more than 5 minutes in the past");
  }
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const path = paths.serviceApps();
  const body = { application: { id: applicationId } };
  const activation: Activation = effective ? { effectiveDateTime: effective.toISOString() } : undefined;
  return runIdempotent(ctx, idem, {
    operation: "registerServiceApp",
    request: { path, body, activation },
    async create() {
      const raw = await ctx.graph.post<GraphServiceApp>(path, body);
      return { ref: { id: raw.id }, result: await activate(ctx, raw, applicationId, activation) };
    },
    async recover() {
      // Graph keeps one serviceApp per application: the one naming it is what the lost attempt registered.
      const wanted = applicationId.toLowerCase();
      const found = await findAll<GraphServiceApp>(ctx, path, (app) => app.application?.id?.toLowerCase() === wanted);
      return found.length === 1 ? { id: found[0]!.id } : undefined;
    },
    async replay(ref) {
      const raw = await ctx.graph.get<GraphServiceApp>(paths.serviceApp(ref.id ?? ""));
      // Registered by the first attempt but never activated (its activation failed): finish the job now.
      const unactivated = activation && raw.status === "inactive" && !raw.effectiveDateTime;
      return unactivated ? activate(ctx, raw, applicationId, activation) : payloadOf(raw);
    },
  });
}

/** Activates a just-registered app; a failure is reported beside the app, which stays registered either way. */
async function activate(
  ctx: Context,
  registered: GraphServiceApp,
  applicationId: string,
  activation: Activation,
): Promise<ServiceAppPayload> {
  if (!activation) return payloadOf(registered);
  // Graph documents an empty create body and registers the calling app: never make another app the controller.
  const registeredId = registered.application?.id;
  if (registeredId && registeredId.toLowerCase() !== applicationId.toLowerCase()) {
    const message = `Graph registered application ${registeredId} (the caller), not ${applicationId}; it was not activated`;
    return payloadOf(registered, publicError("ApplicationMismatch", message));
  }
  try {
    return payloadOf(await ctx.graph.post<GraphServiceApp>(paths.serviceAppAction(registered.id, "activate"), activation));
  } catch (error) {
    if (!isGraphRequestError(error)) throw error;
    ctx.logger.warn({ err: error, serviceAppId: registered.id }, "registered a service app but could not activate it");
    return payloadOf(registered, publicError(error.code, error.message, error.target));
  }
}

function payloadOf(raw: GraphServiceApp, activationError: PublicError | null = null): ServiceAppPayload {
  return Object.assign(new ServiceAppPayload(), { serviceApp: mapServiceApp(raw), activationError });
}

function publicError(code: string, message: string, target: string | null = null): PublicError {
  return Object.assign(new PublicError(), { code, message, target, details: [] });
}
