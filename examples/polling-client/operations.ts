// The GraphQL operations the example sends, as plain strings (no client library, no build step).
// test/unit/docs/frontend-docs.test.ts validates each of them against schema/schema.graphql.

/** Protected mailboxes to restore, found through the Exchange policies. */
export const PROTECTED_MAILBOXES = `query ProtectedMailboxes {
  protectionPolicies(filter: { workload: EXCHANGE }) {
    nodes { status protectionUnits(first: 20) { nodes { status ... on MailboxProtectionUnit { owner { mail } } } } }
  }
}`;

export const CREATE_RESTORE_SESSION = `mutation CreateRestoreSession($workload: Workload!, $key: String) {
  createRestoreSession(input: { workload: $workload, idempotencyKey: $key }) { session { __typename id status workload } }
}`;

export const SUBMIT_MAILBOX_RESTORE_REQUEST = `mutation SubmitMailboxRestoreRequest($sessionId: ID!, $name: String!, $mailboxes: [String!], $period: TimePeriodInput, $key: String) {
  submitMailboxRestoreArtifactsBulkAdditionRequest(
    input: { sessionId: $sessionId, displayName: $name, mailboxes: $mailboxes, protectionTimePeriod: $period,
             destinationType: NEW, tags: [FAST_RESTORE], restorePointPreference: LATEST, idempotencyKey: $key }
  ) {
    request { __typename id status displayName destinationType restorePointPreference tags protectionTimePeriod { startDateTime endDateTime } }
  }
}`;

export const ACTIVATE_RESTORE_SESSION = `mutation ActivateRestoreSession($id: ID!) {
  activateRestoreSession(id: $id) { session { id status } }
}`;

/** What every poll asks: the session's status and progress, its bulk request and its first artifacts. */
export const POLL_RESTORE_SESSION = `query PollRestoreSession($id: ID!) {
  restoreSession(id: $id) {
    __typename id status isTerminal pollAfterSeconds
    artifactCount { total completed inProgress failed }
    bulkAdditionRequests(first: 10) { nodes { id status } }
    artifacts(first: 50) { nodes { id status restorePoint { id protectionDateTime } } }
  }
}`;
