// The console's Apollo Client: one HTTP link to the gateway's /graphql on this origin, and a cache whose objects are
// keyed by __typename and id, so a mutation's payload updates every screen that shows the object without a refetch.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** Interfaces and their implementations in schema/schema.graphql, for fragments on interfaces. */
export const possibleTypes = {
  GranularRestoreArtifact: ["GranularDriveRestoreArtifact", "GranularSiteRestoreArtifact"],
  ProtectionPolicy: [
    "ExchangeProtectionPolicy",
    "OneDriveForBusinessProtectionPolicy",
    "SharePointProtectionPolicy",
    "UnknownProtectionPolicy",
  ],
  ProtectionRule: ["DriveProtectionRule", "MailboxProtectionRule", "SiteProtectionRule"],
  ProtectionUnit: ["DriveProtectionUnit", "MailboxProtectionUnit", "SiteProtectionUnit", "UnknownProtectionUnit"],
  ProtectionUnitsBulkAdditionJob: [
    "DriveProtectionUnitsBulkAdditionJob",
    "MailboxProtectionUnitsBulkAdditionJob",
    "SiteProtectionUnitsBulkAdditionJob",
  ],
  RestoreArtifact: [
    "DriveRestoreArtifact",
    "GranularMailboxRestoreArtifact",
    "MailboxRestoreArtifact",
    "SiteRestoreArtifact",
  ],
  RestoreSession: [
    "ExchangeRestoreSession",
    "OneDriveForBusinessRestoreSession",
    "SharePointRestoreSession",
    "UnknownRestoreSession",
  ],
};

/** `token` (AUTH_MODE=entra) gives the bearer token to send; without it requests go unauthenticated. */
export function createClient(token?: () => Promise<string | undefined>): ApolloClient {
  const link = new HttpLink({
    uri: "/graphql",
    fetch: async (input, init) => {
      const bearer = token ? await token() : undefined;
      const headers = new Headers(init?.headers);
      if (bearer) headers.set("authorization", `Bearer ${bearer}`);
      return fetch(input, { ...init, headers });
    },
  });
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      possibleTypes,
      // Every object is stored once under __typename:id (the concrete type), whatever screen fetched it; the
      // supertypes' policies apply to their implementations through possibleTypes.
      typePolicies: {
        ProtectionPolicy: { keyFields: ["id"] },
        ProtectionUnit: { keyFields: ["id"] },
        ProtectionRule: { keyFields: ["id"] },
        ProtectionUnitsBulkAdditionJob: { keyFields: ["id"] },
        RestoreSession: { keyFields: ["id"] },
        RestoreArtifact: { keyFields: ["id"] },
      },
    }),
  });
}
