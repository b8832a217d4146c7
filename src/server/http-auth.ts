// The authentication step: before any parsing, so an anonymous caller learns nothing about the schema.
import {
  AuthenticationError,
  SigningKeysUnavailableError,
  type Authenticator,
  type Caller,
} from "./auth/authenticate.js";
import type { Exchange } from "./http-exchange.js";
import { sendError, unauthorized } from "./http-replies.js";
import type { Logger } from "./logger.js";

/** A fresh anonymous caller (the Sandbox page is served without a token). */
export const anonymous = (): Caller => ({ authenticated: false, permissions: new Set() });

/** The caller, or undefined once the request has been refused (401, or 503 when the signing keys are unavailable). */
export async function authenticateCaller(
  exchange: Exchange,
  authenticator: Authenticator,
  logger: Logger,
): Promise<Caller | undefined> {
  const { req, res, requestId, rejected, refuse } = exchange;
  try {
    return await authenticator.authenticate(req);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      rejected(401, error.reason);
      refuse(() => unauthorized(res, requestId, error.reason));
      return undefined;
    }
    if (error instanceof SigningKeysUnavailableError) {
      logger.warn({ requestId, err: error.cause }, "caller token not checked: the signing keys are unavailable");
      rejected(503, "signing keys unavailable");
      refuse(() =>
        sendError(res, 503, "UPSTREAM_UNAVAILABLE", "Caller tokens cannot be checked right now; retry later", {
          "retry-after": "30",
          "x-request-id": requestId,
        }),
      );
      return undefined;
    }
    throw error;
  }
}
