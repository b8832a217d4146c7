// Reads a served $metadata document (types through the CSDL reader in csdl.ts, plus its entity container) and
// resolves what an answer must be from its `@odata.context` or its URL: the standard OData form
// `<service root>/$metadata#users`, `#solutions/backupRestore/protectionPolicies/$entity`, `#Collection(graph.x)`,
// keys in parentheses, type casts and $select lists; a context written below the root (`…/solutions/backupRestore/
// $metadata#x`) is read relative to that path.
import { chain, parseCsdl, short, validate, type CsdlModel } from "./csdl.js";

export interface ServiceMetadata extends CsdlModel {
  entitySets: Map<string, string>;
  singletons: Map<string, string>;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const collectionOf = (type: string) => /^Collection\((.+)\)$/.exec(type)?.[1];
const graphName = (type: string) => `graph.${short(type)}`;

export function parseMetadata(xml: string): ServiceMetadata {
  const container = /<EntityContainer\b[\s\S]*?<\/EntityContainer>/.exec(xml)?.[0] ?? "";
  const entitySets = new Map<string, string>();
  const singletons = new Map<string, string>();
  for (const m of container.matchAll(/<EntitySet\b([^>]*)/g))
    entitySets.set(attr(m[1]!, "Name")!, attr(m[1]!, "EntityType")!);
  for (const m of container.matchAll(/<Singleton\b([^>]*)/g))
    singletons.set(attr(m[1]!, "Name")!, attr(m[1]!, "Type")!);
  return { ...parseCsdl(xml), entitySets, singletons };
}

function member(meta: CsdlModel, type: string, name: string) {
  for (const t of chain(meta, type)) {
    const p = t.properties.get(name) ?? t.navigation.get(name);
    if (p) return p;
  }
  return undefined;
}

const isSubtype = (meta: CsdlModel, derived: string, base: string) =>
  chain(meta, derived).some((t) => t.name === short(base));

/** The type a path of segments answers with, from the entity container down; undefined when it leaves the model. */
export function resolveSegments(meta: ServiceMetadata, segments: readonly string[]): string | undefined {
  let type: string | undefined;
  for (const [i, raw] of segments.entries()) {
    const paren = /^([^(]*)\((.*)\)$/.exec(raw);
    const segment = paren ? paren[1]! : raw;
    // `x('id')` or `x(id)` before the end is a key; a trailing unquoted list is a $select.
    const keyed = paren !== null && (paren[2]!.includes("'") || i < segments.length - 1);
    if (type === undefined) {
      const set = meta.entitySets.get(segment);
      const single = meta.singletons.get(segment);
      if (!set && !single) return undefined;
      type = set ? `Collection(${set})` : single!;
    } else {
      const item = collectionOf(type);
      const cast = /^(?:microsoft\.)?graph\.(\w+)$/.exec(segment)?.[1];
      const op = meta.operations.find((o) => {
        const bound = collectionOf(o.binding);
        if (o.name !== segment) return false;
        return item ? bound !== undefined && isSubtype(meta, item, bound) : !bound && isSubtype(meta, type!, o.binding);
      });
      // `$entity` names one entity of a collection (or the single one it follows); the granular `@delta` PATCH
      // answers the session it changed under `…/$delta`.
      if (segment === "$entity" || segment === "$delta") type = item ?? type;
      else if (op) type = op.returns;
      else if (cast && meta.types.has(cast)) type = item ? `Collection(graph.${cast})` : `graph.${cast}`;
      else if (item)
        type = item; // a key segment
      else type = member(meta, type, segment)?.type;
      if (type === undefined) return undefined;
    }
    if (keyed) type = collectionOf(type) ?? type;
  }
  return type;
}

/** The type an `@odata.context` URL names, or undefined when it does not resolve against the metadata. */
export function resolveContext(meta: ServiceMetadata, context: string): string | undefined {
  const at = context.indexOf("$metadata#");
  if (at < 0) return undefined;
  const below = context
    .slice(0, at)
    .replace(/^https?:\/\/[^/]+\/(v1\.0|beta)\/?/i, "")
    .split("/")
    .filter(Boolean);
  const fragment = decodeURIComponent(context.slice(at + "$metadata#".length));
  const single = /^Collection\((.+)\)$/.exec(fragment)?.[1] ?? fragment;
  if (/^(Edm|graph|microsoft\.graph)\.\w+$/.test(single) && below.length === 0) {
    const name = single.startsWith("Edm.") ? single : graphName(single);
    const known = single.startsWith("Edm.") || meta.types.has(short(single)) || meta.enums.has(short(single));
    if (!known) return undefined;
    return single === fragment ? name : `Collection(${name})`;
  }
  return resolveSegments(meta, [...below, ...fragment.split("/").filter(Boolean)]);
}

/** Declared non-nullable properties an object (and the complex values inside it) leaves out. */
export function missingRequired(meta: CsdlModel, value: unknown, type: string, at = "$"): string[] {
  const item = collectionOf(type);
  if (item) return Array.isArray(value) ? value.flatMap((v, i) => missingRequired(meta, v, item, `${at}[${i}]`)) : [];
  if (typeof value !== "object" || value === null || !meta.types.has(short(type))) return [];
  const record = value as Record<string, unknown>;
  const declared = typeof record["@odata.type"] === "string" ? record["@odata.type"] : type;
  const problems: string[] = [];
  for (const t of chain(meta, declared)) {
    for (const p of t.properties.values()) {
      if (!(p.name in record)) {
        if (!p.nullable) problems.push(`${at}.${p.name}: missing, but ${short(declared)}.${p.name} is not nullable`);
      } else problems.push(...missingRequired(meta, record[p.name], p.type, `${at}.${p.name}`));
    }
  }
  return problems;
}

/**
 * Every mismatch between an answer and the type `type` (from its context or URL): names, values, nullability and
 * derived types, and with `complete` the non-nullable properties an unselected answer must carry.
 */
export function checkBody(meta: ServiceMetadata, body: unknown, type: string, complete: boolean): string[] {
  const item = collectionOf(type);
  const record = (body ?? {}) as Record<string, unknown>;
  const payload = item ? record["value"] : body;
  if (item && !Array.isArray(payload)) return ["$: a collection answer without value: [...]"];
  const extra = item ? Object.keys(record).filter((k) => k !== "value" && !k.startsWith("@odata.")) : [];
  const at = item ? "$.value" : "$";
  return [
    ...extra.map((k) => `$.${k}: not part of a collection answer`),
    ...validate(meta, payload, type, at),
    ...(complete ? missingRequired(meta, payload, type, at) : []),
  ];
}
