// The query Apollo Sandbox opens with in development: the README's first query (Quick start), so a new user's first
// click answers something. test/unit/server/sandbox-document.test.ts holds the two texts equal.
export const SANDBOX_DOCUMENT = `query {
  backupRestore { serviceStatus { status } }
  protectionPolicies(filter: { workload: EXCHANGE }) {
    nodes {
      __typename id displayName status
      protectionUnits(first: 20) { nodes { id status ... on MailboxProtectionUnit { directoryObjectId email } } }
    }
  }
}
`;
