// A stand-in for Entra ID on https://127.0.0.1:<port>: OpenID discovery, instance discovery and the OAuth2
// token endpoint (client credentials with a secret or a signed assertion, and On-Behalf-Of). Every token
// request is recorded; each answer is a fresh token from `issue`. No network beyond loopback.
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { constants, verify } from "node:crypto";
import type { TestPki } from "./pki.js";

export interface TokenRequest {
  tenant: string;
  grantType: string;
  clientId: string;
  /** How the app proved itself: a secret, or an assertion whose signature checked out against the test key. */
  clientAuth: "secret" | "assertion-valid" | "assertion-invalid" | "none";
  clientSecret?: string;
  /** The caller's token, for On-Behalf-Of. */
  assertion?: string;
  /** The app's signed assertion (certificate, workload identity). */
  clientAssertion?: string;
  scope: string;
}

export interface TokenServer {
  /** https://127.0.0.1:<port> — the authorityHost. */
  origin: string;
  requests: TokenRequest[];
  close(): Promise<void>;
}

export interface TokenAnswer {
  token: string;
  expiresInSeconds: number;
}

export type Issue = (
  req: TokenRequest,
  n: number,
) => TokenAnswer | { error: string; description: string; status?: number };

function verifyAssertion(jwt: string, pki: TestPki): boolean {
  const [h, p, s] = jwt.split(".");
  if (!h || !p || !s) return false;
  const { alg } = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg?: string };
  const key =
    alg === "PS256" ? { key: pki.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } : pki.publicKey;
  return verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s, "base64url"));
}

export async function startTokenServer(pki: TestPki, issue: Issue): Promise<TokenServer> {
  const requests: TokenRequest[] = [];
  let origin = "";
  const server: Server = createServer({ cert: pki.certPem, key: pki.keyPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", origin);
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      const tenant = url.pathname.split("/")[1] ?? "";
      if (url.pathname.endsWith("/.well-known/openid-configuration")) {
        return send(200, {
          token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
          issuer: `${origin}/${tenant}/v2.0`,
          response_types_supported: ["code", "id_token", "token"],
        });
      }
      if (url.pathname.endsWith("/discovery/instance")) {
        const host = url.host;
        return send(200, {
          tenant_discovery_endpoint: `${origin}/${tenant}/v2.0/.well-known/openid-configuration`,
          "api-version": "1.1",
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        });
      }
      if (req.method === "POST" && url.pathname.endsWith("/oauth2/v2.0/token")) {
        const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
        const clientAssertion = form.get("client_assertion");
        const clientSecret = form.get("client_secret") ?? undefined;
        const recorded: TokenRequest = {
          tenant,
          grantType: form.get("grant_type") ?? "",
          clientId: form.get("client_id") ?? "",
          clientAuth: clientSecret
            ? "secret"
            : clientAssertion
              ? verifyAssertion(clientAssertion, pki)
                ? "assertion-valid"
                : "assertion-invalid"
              : "none",
          ...(clientSecret ? { clientSecret } : {}),
          ...(form.get("assertion") ? { assertion: form.get("assertion")! } : {}),
          ...(clientAssertion ? { clientAssertion } : {}),
          scope: form.get("scope") ?? "",
        };
        requests.push(recorded);
        const answer = issue(recorded, requests.length - 1);
        if ("error" in answer)
          return send(answer.status ?? 400, {
            error: answer.error,
            error_description: answer.description,
            error_codes: [50013],
          });
        return send(200, {
          token_type: "Bearer",
          expires_in: answer.expiresInSeconds,
          ext_expires_in: answer.expiresInSeconds,
          access_token: answer.token,
        });
      }
      send(404, { error: "not_found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
