// Wire → GraphQL mapping of the small shared shapes.
import type { GraphArtifactCount, GraphIdentity, GraphIdentitySet, GraphPublicError, GraphRetentionSetting } from "../../msgraph/models.js";
import { ArtifactCount, Identity, IdentitySet, PublicError, RetentionSetting } from "./types.js";

function identity(raw: GraphIdentity | null | undefined): Identity | null {
  // The docs also show identities as "" or {}; treat anything without an id or name as absent.
  if (!raw || typeof raw !== "object" || (!raw.id && !raw.displayName)) return null;
  return Object.assign(new Identity(), { id: raw.id ?? null, displayName: raw.displayName ?? null });
}

export function mapIdentitySet(raw: GraphIdentitySet | string | null | undefined): IdentitySet | null {
  if (!raw || typeof raw !== "object") return null;
  const set = Object.assign(new IdentitySet(), {
    user: identity(raw.user),
    application: identity(raw.application),
    device: identity(raw.device),
  });
  return set.user || set.application || set.device ? set : null;
}

export function mapRetention(raw: GraphRetentionSetting[] | null | undefined): RetentionSetting[] {
  return (raw ?? [])
    .filter((r): r is { interval: string; period: string } => Boolean(r?.interval && r.period))
    .map((r) => Object.assign(new RetentionSetting(), { interval: r.interval, period: r.period }));
}

export function mapArtifactCount(raw: GraphArtifactCount | null | undefined): ArtifactCount | null {
  if (!raw) return null;
  return Object.assign(new ArtifactCount(), {
    total: raw.total ?? 0,
    completed: raw.completed ?? 0,
    inProgress: raw.inProgress ?? 0,
    failed: raw.failed ?? 0,
  });
}

export function mapPublicError(raw: GraphPublicError | null | undefined): PublicError | null {
  // Graph sends `error: {}` and `error: null` for "no error".
  if (!raw || typeof raw !== "object" || (!raw.code && !raw.message)) return null;
  return Object.assign(new PublicError(), { code: raw.code ?? null, message: raw.message ?? null, target: raw.target ?? null });
}
