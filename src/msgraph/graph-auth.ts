// Which token goes to Graph, per deployment (GRAPH_AUTH_MODE):
// - none: no Authorization header (the emulator);
// - app: the app's own token (app-only permissions) from one of the credentials.ts kinds;
// - obo: a token On-Behalf-Of each caller, exchanged from the caller's bearer token (obo.ts);
// - passthrough: the caller's bearer token is already a Graph token and goes to Graph as is.
// In obo and passthrough the server hands the caller's token to `forCaller` and scopes the client with it.
// credentials.ts and obo.ts load @azure/identity (with MSAL, some 20 MB of RSS), so they are imported only by
// the modes that need a token from Entra ID: a gateway on the emulator or in passthrough never loads them.
import { noAuth, staticToken, type TokenProvider } from "./auth.js";
import type { AppCredentialSpec, IdentityOptions } from "./credentials.js";

export const GRAPH_AUTH_MODES = ["none", "app", "obo", "passthrough"] as const;
export type GraphAuthMode = (typeof GRAPH_AUTH_MODES)[number];

export interface GraphAuthSpec {
  mode: GraphAuthMode;
  /** app: any kind; obo: secret or certificate (the app's proof in the exchange). */
  credential?: AppCredentialSpec;
  /** obo: distinct caller tokens whose credentials are kept. */
  oboCacheSize?: number;
  /** Default "https://graph.microsoft.com/.default". */
  scope?: string;
}

export interface GraphAuth {
  mode: GraphAuthMode;
  /** The process's own token source (noAuth outside app mode). */
  app: TokenProvider;
  /** Set in obo and passthrough: the token source for a caller's bearer token. */
  forCaller?: (bearer: string) => TokenProvider;
}

export async function createGraphAuth(spec: GraphAuthSpec, identity: IdentityOptions = {}): Promise<GraphAuth> {
  switch (spec.mode) {
    case "none":
      return { mode: "none", app: noAuth };
    case "app": {
      if (!spec.credential) throw new Error("GRAPH_AUTH_MODE=app needs a credential");
      const { createAppCredential, credentialSecrets, credentialTokenProvider } = await import("./credentials.js");
      const credential = createAppCredential(spec.credential, identity);
      return {
        mode: "app",
        app: credentialTokenProvider(credential, spec.scope, Date.now, credentialSecrets(spec.credential)),
      };
    }
    case "obo": {
      const c = spec.credential;
      if (c?.kind !== "secret" && c?.kind !== "certificate")
        throw new Error("GRAPH_AUTH_MODE=obo needs a client secret or certificate");
      const { createOboTokenProviders } = await import("./obo.js");
      const callers = createOboTokenProviders({
        tenantId: c.tenantId,
        clientId: c.clientId,
        ...(c.kind === "secret" ? { clientSecret: c.clientSecret } : { certificatePath: c.certificatePath }),
        ...(spec.scope ? { scope: spec.scope } : {}),
        ...(spec.oboCacheSize ? { maxEntries: spec.oboCacheSize } : {}),
        identity,
      });
      return { mode: "obo", app: noAuth, forCaller: (bearer) => callers.forBearer(bearer) };
    }
    case "passthrough":
      return { mode: "passthrough", app: noAuth, forCaller: staticToken };
  }
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+([^\s,]+)\s*$/i.exec(value ?? "");
  return match?.[1];
}
