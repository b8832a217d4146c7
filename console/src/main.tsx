// Entry: reads how callers sign in (/console/config.json, served by the gateway), signs in with MSAL when the gateway
// wants Entra ID tokens, then renders the console with an Apollo Client that sends the token.
import { StrictMode, useState, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { App } from "./App";
import { createClient } from "./apollo";
import "./styles.css";

interface Settings {
  auth: "none" | "entra";
  clientId?: string | null;
  authority?: string;
  scopes?: string[];
}

function Shell({ children }: { children: ReactNode }) {
  return <main className="signin">{children}</main>;
}

function SignIn({ signIn }: { signIn: () => Promise<void> }) {
  const [failed, setFailed] = useState<string>();
  return (
    <Shell>
      <h1>Microsoft 365 Backup console</h1>
      <p>This gateway asks for a Microsoft Entra ID sign-in.</p>
      <button type="button" onClick={() => signIn().catch((e: unknown) => setFailed(String(e)))}>
        Sign in
      </button>
      {failed && <p role="alert">Sign-in failed: {failed}</p>}
    </Shell>
  );
}

// A failed mutation or lazy query also rejects the promise its button handler dropped; the screen already shows the
// error from the hook's state, so only those are kept out of the console's unhandled-rejection noise.
window.addEventListener("unhandledrejection", (event) => {
  if (CombinedGraphQLErrors.is(event.reason) || ServerError.is(event.reason)) event.preventDefault();
});

async function start() {
  const root = createRoot(document.getElementById("root")!);
  const settings = (await fetch("/console/config.json")
    .then((r) => r.json())
    .catch(() => ({ auth: "none" }))) as Settings;
  const render = (client: ReturnType<typeof createClient>) =>
    root.render(
      <StrictMode>
        <ApolloProvider client={client}>
          <App />
        </ApolloProvider>
      </StrictMode>,
    );
  if (settings.auth !== "entra") return render(createClient());
  if (!settings.clientId) {
    root.render(
      <Shell>
        <h1>Sign-in is not configured</h1>
        <p>The gateway requires Entra ID tokens, but CONSOLE_CLIENT_ID names no app registration for the console.</p>
      </Shell>,
    );
    return;
  }
  // Loaded only when a sign-in is needed: the development console stays small.
  const { PublicClientApplication } = await import("@azure/msal-browser");
  const msal = new PublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority ?? "",
      redirectUri: window.location.origin + "/",
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  await msal.initialize();
  const redirect = await msal.handleRedirectPromise();
  const scopes = settings.scopes ?? [];
  const account = redirect?.account ?? msal.getAllAccounts()[0];
  if (!account) {
    root.render(<SignIn signIn={() => msal.loginRedirect({ scopes })} />);
    return;
  }
  msal.setActiveAccount(account);
  render(
    createClient(async () => {
      try {
        return (await msal.acquireTokenSilent({ scopes, account })).accessToken;
      } catch {
        await msal.acquireTokenRedirect({ scopes, account });
        return undefined;
      }
    }),
  );
}

void start();
