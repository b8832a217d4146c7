// Wire → GraphQL mapping of the small shared shapes.
import type {
  GraphArtifactCount,
  GraphIdentity,
  GraphIdentitySet,
  GraphPublicError,
  GraphRetentionSetting,
  GraphTimePeriod,
} from "../../msgraph/models.js";
import { parseGraphDate } from "./dates.parse.js";
import { ArtifactCount, Identity, IdentitySet, PublicError, PublicErrorDetail, RetentionSetting, TimePeriod } from "./common.type.js";

export function mapIdentity(raw: GraphIdentity | null | undefined): Identity | null {
  // The docs also show identities as "" or {}; treat anything without an id or name as absent.
  if (!raw || typeof raw !== "object" || (!raw.id && !raw.displayName)) return null;
  return Object.assign(new Identity(), { id: raw.id ?? null, displayName: raw.displayName ?? null });
}

export function mapIdentitySet(raw: GraphIdentitySet | string | null | undefined): IdentitySet | null {
  if (!raw || typeof raw !== "object") return null;
  const set = Object.assign(new IdentitySet(), {
    user: mapIdentity(raw.user),
    application: mapIdentity(raw.application),
    device: mapIdentity(raw.device),
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

export function mapPublicError(raw: GraphPublicError | GraphPublicError[] | null | undefined): PublicError | null {
  // The docs show an error array on one list; the first entry carries the meaning.
  const error = Array.isArray(raw) ? raw[0] : raw;
  // Graph sends `error: {}` and `error: null` for "no error", and errors with only `details`.
  if (!error || typeof error !== "object" || (!error.code && !error.message && !error.details?.length)) return null;
  return Object.assign(new PublicError(), {
    code: error.code ?? null,
    message: error.message ?? null,
    target: error.target ?? null,
    details: (error.details ?? []).map((d) =>
      Object.assign(new PublicErrorDetail(), { code: d.code ?? null, message: d.message ?? null, target: d.target ?? null }),
    ),
  });
}

export function mapTimePeriod(raw: GraphTimePeriod | null | undefined): TimePeriod | null {
  if (!raw) return null;
  return Object.assign(new TimePeriod(), { startDateTime: parseGraphDate(raw.startDateTime), endDateTime: parseGraphDate(raw.endDateTime) });
}
