// App-only credentials for Graph, all through @azure/identity: client secret, client certificate (PEM),
// managed identity, workload identity (federated token file) and DefaultAzureCredential.
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
  type TokenCredentialOptions,
} from "@azure/identity";
import { cachedTokenProvider, DEFAULT_GRAPH_SCOPE, scrubAuthError, type TokenProvider } from "./auth.js";

export type AppCredentialSpec =
  | { kind: "secret"; tenantId: string; clientId: string; clientSecret: string }
  /** PEM file holding the certificate and its private key. */
  | { kind: "certificate"; tenantId: string; clientId: string; certificatePath: string }
  /** System-assigned, or user-assigned when clientId is set. */
  | { kind: "managedIdentity"; clientId?: string }
  | { kind: "workloadIdentity"; tenantId: string; clientId: string; tokenFilePath: string }
  /** DefaultAzureCredential: its own chain, configured by the standard AZURE_* variables. */
  | { kind: "default" };

export type AppCredentialKind = AppCredentialSpec["kind"];

/**
 * Options passed to every credential: `authorityHost` (a sovereign cloud, or a test's token endpoint),
 * `disableInstanceDiscovery`, and pipeline options such as `tlsOptions`/`agent` (a test's CA).
 */
export type IdentityOptions = TokenCredentialOptions & { disableInstanceDiscovery?: boolean };

export function createAppCredential(spec: AppCredentialSpec, identity: IdentityOptions = {}): TokenCredential {
  switch (spec.kind) {
    case "secret":
      return new ClientSecretCredential(spec.tenantId, spec.clientId, spec.clientSecret, identity);
    case "certificate":
      return new ClientCertificateCredential(
        spec.tenantId,
        spec.clientId,
        { certificatePath: spec.certificatePath },
        identity,
      );
    case "managedIdentity":
      return new ManagedIdentityCredential({ ...identity, ...(spec.clientId ? { clientId: spec.clientId } : {}) });
    case "workloadIdentity":
      return new WorkloadIdentityCredential({
        ...identity,
        tenantId: spec.tenantId,
        clientId: spec.clientId,
        tokenFilePath: spec.tokenFilePath,
      });
    case "default":
      return new DefaultAzureCredential(identity);
  }
}

/**
 * A credential's tokens for `scope`, cached until shortly before they expire, one refresh at a time. With `secrets`
 * (the app's own: its client secret), a failure is rethrown reduced by {@link scrubAuthError}, so the reason that
 * reaches logs and /readyz can never quote them; without, as the library threw it (obo.ts classifies it first).
 */
export function credentialTokenProvider(
  credential: TokenCredential,
  scope: string = DEFAULT_GRAPH_SCOPE,
  now: () => number = Date.now,
  secrets?: readonly (string | undefined)[],
): TokenProvider {
  return cachedTokenProvider(async () => {
    let token: Awaited<ReturnType<TokenCredential["getToken"]>>;
    try {
      token = await credential.getToken(scope);
    } catch (err) {
      throw secrets ? scrubAuthError(err, secrets) : err;
    }
    if (!token) throw new Error(`${credential.constructor.name} returned no token`);
    const { token: value, expiresOnTimestamp, refreshAfterTimestamp } = token;
    return {
      token: value,
      expiresOnTimestamp,
      ...(refreshAfterTimestamp !== undefined ? { refreshAfterTimestamp } : {}),
    };
  }, now);
}

/** The secrets of a credential spec that an error text must never quote. */
export function credentialSecrets(spec: AppCredentialSpec): string[] {
  return spec.kind === "secret" ? [spec.clientSecret] : [];
}
