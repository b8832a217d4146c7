import { WORKLOAD_KEYS, WORKLOAD_NAMES } from "../../msgraph/models.js";
import { betaDelta } from "../metadata/beta.js";
import { modelOf } from "../metadata/model.js";
import { graphError } from "../wire/errors/factory.js";
import { isPlainObject, jsonBody, type ApiRequest, type EmuResponse } from "../wire/request.js";

/*
 * What only beta has (reference §3.8 and §10), read from the beta delta of the emulator's model (metadata/beta.ts,
 * the same table /beta/$metadata is written from): the routes serve beta's shapes on both versions and the pipeline
 * keeps v1.0 to v1.0's model — refusing beta-only path segments and body properties, and stripping beta-only
 * properties and enum members from every v1.0 answer.
 */

const G = "microsoft.graph.";
const unqualified = (type: string) => type.replace(/^graph\./, "").replace(/^Collection\((.*)\)$/, "$1");

/**
 * Navigation segments v1.0 does not have: the beta delta's navigation properties (exclusion units and their bulk
 * jobs), and beta's root navigation the emulator does not serve (activity logs, reports, the polymorphic exclusions).
 */
export const BETA_ONLY_SEGMENTS: readonly string[] = [
  ...new Set([
    ...Object.values(betaDelta.navigation).flatMap((navs) => navs.map((n) => n.name)),
    "exclusionUnits",
    "activityLogs",
    "reports",
  ]),
];

/** Beta-only properties (navigation ones included) by the qualified type that declares them. */
export const BETA_ONLY_PROPERTIES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(betaDelta.properties), ...Object.keys(betaDelta.navigation)])].map((type) => [
    `${G}${type}`,
    [...(betaDelta.properties[type] ?? []), ...(betaDelta.navigation[type] ?? [])].map((p) => p.name),
  ]),
);

const BETA_MODEL = modelOf("beta");
const BASE_OF: Record<string, string> = Object.fromEntries(
  BETA_MODEL.types.filter((t) => t.base !== undefined).map((t) => [`${G}${t.name}`, `${G}${unqualified(t.base!)}`]),
);

/** Enum members only beta declares, by type and property using the enum: v1.0 reads them as unknownFutureValue. */
export const BETA_ONLY_MEMBERS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  Object.fromEntries(
    BETA_MODEL.types
      .map((t) => {
        const members = t.properties
          .filter((p) => betaDelta.members[unqualified(p.type)] !== undefined)
          .map((p) => [p.name, betaDelta.members[unqualified(p.type)]!.split(/\s+/).filter(Boolean)] as const);
        return [`${G}${t.name}`, Object.fromEntries(members)] as const;
      })
      .filter(([, members]) => Object.keys(members).length > 0),
  );

/** Entity-set segments by the type of what they hold (a create or update body is checked against that type). */
const SET_TYPE: Record<string, string> = {
  protectionpolicies: `${G}protectionPolicyBase`,
  protectionunits: `${G}protectionUnitBase`,
};
for (const key of WORKLOAD_KEYS) {
  const names = WORKLOAD_NAMES[key];
  SET_TYPE[names.policyCollection.toLowerCase()] = names.policyType;
  SET_TYPE[names.unitCollection.toLowerCase()] = names.unitType;
}
/** Untyped complex values the answers nest, by the property that holds them. */
const NESTED_TYPE: Record<string, string> = { serviceStatus: `${G}serviceStatus` };

/** A type and its bases, most derived first. */
function lineage(type: string): string[] {
  const chain = [type];
  for (let t = BASE_OF[type]; t !== undefined && !chain.includes(t); t = BASE_OF[t]) chain.push(t);
  return chain;
}

/** Every beta-only property of a type, its base's included. */
export function betaOnlyPropertiesOf(type: string): string[] {
  return lineage(type).flatMap((t) => BETA_ONLY_PROPERTIES[t] ?? []);
}

const SEGMENTS = new Set(BETA_ONLY_SEGMENTS.map((s) => s.toLowerCase()));

/** True when a path (or a route pattern) goes through a segment only beta has. */
export const isBetaOnlyPath = (path: string): boolean => path.split("/").some((s) => SEGMENTS.has(s.toLowerCase()));

/**
 * On /v1.0, before routing: a beta-only segment is refused as Graph refuses any segment its v1.0 model lacks, and a
 * create or update body naming a beta-only property of the addressed type as OData refuses an undeclared property.
 */
export function checkVersion(req: ApiRequest): void {
  if (req.version === "beta") return;
  const segment = req.segments.find((s) => SEGMENTS.has(s.toLowerCase()));
  if (segment !== undefined) throw segmentNotFound(segment);
  const type = addressedType(req.segments);
  if (type === undefined) return;
  const select = (req.query.get("$select") ?? "").split(",").map((p) => p.trim());
  const selected = select.find((p) => betaOnlyPropertiesOf(type).some((b) => b.toLowerCase() === p.toLowerCase()));
  if (selected !== undefined) throw selectNotFound(selected, type);
  if (req.method !== "POST" && req.method !== "PATCH" && req.method !== "PUT") return;
  const body = jsonBody(req);
  if (!isPlainObject(body)) return;
  const bodyType = typeof body["@odata.type"] === "string" ? body["@odata.type"].replace(/^#/, "") : type;
  const betaOnly = new Set(betaOnlyPropertiesOf(bodyType));
  const named = Object.keys(body).find((k) => !k.startsWith("@") && betaOnly.has(k.split("@")[0]!));
  if (named !== undefined) throw propertyNotFound(named.split("@")[0]!, bodyType);
}

/**
 * The entity type a path addresses when it ends in an entity set (`.../{set}`, a create or a list), one of its
 * members (`.../{set}/{id}`, an update or a read) or a type cast; none for actions and the rest.
 */
function addressedType(segments: readonly string[]): string | undefined {
  const last = segments.at(-1) ?? "";
  if (last.toLowerCase().startsWith(G.toLowerCase())) return last;
  const at = (i: number) => SET_TYPE[(segments.at(i) ?? "").toLowerCase()];
  return at(-1) ?? at(-2);
}

export const segmentNotFound = (segment: string) =>
  graphError(400, "BadRequest", `Resource not found for the segment '${segment}'.`);

export const selectNotFound = (property: string, type: string) =>
  graphError(400, "BadRequest", `Could not find a property named '${property}' on type '${type}'.`);

export const propertyNotFound = (property: string, type: string) =>
  graphError(
    400,
    "BadRequest",
    `The property '${property}' does not exist on type '${type}'. Make sure to only use property names that are ` +
      "defined by the type or mark the type as open type.",
  );

/** A /v1.0 answer carries v1.0's model only: beta-only properties dropped, beta-only members as unknownFutureValue. */
export function forVersion(res: EmuResponse, version: ApiRequest["version"]): EmuResponse {
  if (version === "beta" || res.body === undefined || res.status >= 400) return res;
  return { ...res, body: toV1(res.body, undefined) };
}

function toV1(value: unknown, hinted: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => toV1(v, hinted));
  if (!isPlainObject(value)) return value;
  const odataType = value["@odata.type"];
  const type = typeof odataType === "string" ? odataType.replace(/^#/, "") : hinted;
  const dropped = new Set(type === undefined ? [] : betaOnlyPropertiesOf(type));
  const members = type === undefined ? [] : lineage(type).map((t) => BETA_ONLY_MEMBERS[t] ?? {});
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (dropped.has(key.split("@")[0]!)) continue;
    const betaMembers = members.flatMap((m) => m[key] ?? []);
    out[key] = typeof v === "string" && betaMembers.length > 0 ? v1Member(v, betaMembers) : toV1(v, NESTED_TYPE[key]);
  }
  return out;
}

/** An enum value (or a flags value "a, b") with its beta-only members read as unknownFutureValue. */
function v1Member(value: string, betaMembers: readonly string[]): string {
  const parts = value.split(",").map((p) => p.trim());
  if (!parts.some((p) => betaMembers.includes(p))) return value;
  return [...new Set(parts.map((p) => (betaMembers.includes(p) ? "unknownFutureValue" : p)))].join(", ");
}
