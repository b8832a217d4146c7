// A small reader and validator for the v1.0 CSDL extract beside the clone (../shared/graph-backup-api): conformance
// tests resolve the type a URL answers with from the CSDL itself and check every property name and value against
// it, so no property list is kept by hand. Regex parsing is enough: the extract is flat, machine-written XML.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface PropertyDef {
  name: string;
  type: string;
  nullable: boolean;
}
export interface TypeDef {
  name: string;
  kind: "entity" | "complex";
  baseType?: string;
  open: boolean;
  properties: Map<string, PropertyDef>;
  navigation: Map<string, PropertyDef>;
}
export interface EnumDef {
  name: string;
  flags: boolean;
  members: string[];
}
export interface OperationDef {
  name: string;
  binding: string;
  returns?: string;
}
export interface CsdlModel {
  types: Map<string, TypeDef>;
  enums: Map<string, EnumDef>;
  operations: OperationDef[];
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CSDL_PATH = resolve(REPO_ROOT, "../shared/graph-backup-api/csdl-v1.0-backup.xml");

/** The parsed CSDL, or undefined when ../shared is not beside the clone (the suites then skip). */
export function loadCsdl(path = CSDL_PATH): CsdlModel | undefined {
  return existsSync(path) ? parseCsdl(readFileSync(path, "utf8")) : undefined;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
/** "graph.x", "microsoft.graph.x" and "#microsoft.graph.x" all name type x. */
export const short = (type: string) => type.replace(/^#/, "").replace(/^(microsoft\.)?graph\./, "");

export function parseCsdl(xml: string): CsdlModel {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const types = new Map<string, TypeDef>();
  const enums = new Map<string, EnumDef>();
  const operations: OperationDef[] = [];
  for (const m of body.matchAll(/<EnumType\b([^>]*)>([\s\S]*?)<\/EnumType>/g)) {
    const members = [...m[2]!.matchAll(/<Member\b([^>]*)\/>/g)].map((x) => attr(x[1]!, "Name")!);
    enums.set(attr(m[1]!, "Name")!, { name: attr(m[1]!, "Name")!, flags: attr(m[1]!, "IsFlags") === "true", members });
  }
  for (const m of body.matchAll(/<(EntityType|ComplexType)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g)) {
    const head = m[2]!;
    const props = (tag: string) =>
      new Map(
        [...(m[4] ?? "").matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, "g"))].map((p) => {
          const name = attr(p[1]!, "Name")!;
          return [name, { name, type: attr(p[1]!, "Type")!, nullable: attr(p[1]!, "Nullable") !== "false" }] as const;
        }),
      );
    const base = attr(head, "BaseType");
    types.set(attr(head, "Name")!, {
      name: attr(head, "Name")!,
      kind: m[1] === "EntityType" ? "entity" : "complex",
      open: attr(head, "OpenType") === "true",
      properties: props("Property"),
      navigation: props("NavigationProperty"),
      ...(base ? { baseType: short(base) } : {}),
    });
  }
  for (const m of body.matchAll(/<(Action|Function)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const binding = /<Parameter\b[^>]*Name="bindingParameter"[^>]*Type="([^"]*)"/.exec(m[3]!)?.[1];
    const returns = /<ReturnType\b[^>]*Type="([^"]*)"/.exec(m[3]!)?.[1];
    if (binding) operations.push({ name: attr(m[2]!, "Name")!, binding, ...(returns ? { returns } : {}) });
  }
  return { types, enums, operations };
}

const collectionOf = (type: string) => /^Collection\((.+)\)$/.exec(type)?.[1];

/** The type chain of `name`, most derived first. */
export function chain(model: CsdlModel, name: string): TypeDef[] {
  const out: TypeDef[] = [];
  for (let t = model.types.get(short(name)); t; t = t.baseType ? model.types.get(t.baseType) : undefined) out.push(t);
  return out;
}

const isSubtype = (model: CsdlModel, derived: string, base: string) =>
  chain(model, derived).some((t) => t.name === short(base));

function member(model: CsdlModel, type: string, name: string): PropertyDef | undefined {
  for (const t of chain(model, type)) {
    const p = t.properties.get(name) ?? t.navigation.get(name);
    if (p) return p;
  }
  return undefined;
}

/**
 * The type a URL path below /solutions/backupRestore answers with, following navigation properties, keys, type
 * casts and bound operations from backupRestoreRoot; e.g. "Collection(graph.mailboxProtectionRule)".
 */
export function resolvePath(model: CsdlModel, segments: readonly string[]): string | undefined {
  let type = "graph.backupRestoreRoot";
  for (const segment of segments) {
    const item = collectionOf(type);
    const cast = /^microsoft\.graph\.(\w+)$/.exec(segment)?.[1];
    // A bound operation: collection-bound on a collection, entity-bound on (a subtype of) its binding type.
    const op = model.operations.find((o) => {
      const boundItem = collectionOf(o.binding);
      if (o.name !== segment) return false;
      return item
        ? boundItem !== undefined && isSubtype(model, item, boundItem)
        : boundItem === undefined && isSubtype(model, type, o.binding);
    });
    if (op) {
      if (!op.returns) return undefined;
      type = op.returns;
      continue;
    }
    if (cast && model.types.has(cast)) {
      type = item ? `Collection(graph.${cast})` : `graph.${cast}`;
      continue;
    }
    if (item) {
      type = item;
      continue;
    } // a key
    const next = member(model, type, segment);
    if (!next) return undefined;
    type = next.type;
  }
  return type;
}

/** Every mismatch between `value` and CSDL type `type` ("" when none), with JSON-path-like locations. */
export function validate(model: CsdlModel, value: unknown, type: string, at = "$"): string[] {
  if (value === null) return [];
  const item = collectionOf(type);
  if (item) {
    if (!Array.isArray(value)) return [`${at}: expected an array for ${type}`];
    return value.flatMap((v, i) =>
      v === null ? [`${at}[${i}]: null in a collection`] : validate(model, v, item, `${at}[${i}]`),
    );
  }
  const name = short(type);
  const edm = checkEdm(name, value);
  if (edm !== undefined) return edm ? [] : [`${at}: ${JSON.stringify(value)} is not an ${name}`];
  const enumDef = model.enums.get(name);
  if (enumDef) {
    const parts = typeof value === "string" ? (enumDef.flags ? value.split(",").map((s) => s.trim()) : [value]) : [];
    return parts.length > 0 && parts.every((p) => enumDef.members.includes(p))
      ? []
      : [`${at}: ${JSON.stringify(value)} is not a ${name} member`];
  }
  if (!model.types.has(name)) return [`${at}: unknown type ${type}`];
  if (typeof value !== "object" || Array.isArray(value)) return [`${at}: expected an object for ${name}`];
  const record = value as Record<string, unknown>;
  const declared = typeof record["@odata.type"] === "string" ? short(record["@odata.type"]) : name;
  if (!isSubtype(model, declared, name)) return [`${at}: @odata.type ${declared} is not ${name} or derived from it`];
  const open = chain(model, declared).some((t) => t.open);
  const problems: string[] = [];
  for (const [key, v] of Object.entries(record)) {
    if (key.startsWith("@")) continue; // instance annotations (@odata.type, @odata.context, ...)
    const annotated = key.includes("@") ? key.slice(0, key.indexOf("@")) : undefined;
    const prop = member(model, declared, annotated ?? key);
    if (!prop) {
      if (!open) problems.push(`${at}.${key}: not a property of ${declared}`);
      continue;
    }
    if (annotated) continue; // property annotations such as units@delta carry their own shapes
    if (v === null && !prop.nullable) problems.push(`${at}.${key}: null, but ${declared}.${key} is not nullable`);
    problems.push(...validate(model, v, prop.type, `${at}.${key}`));
  }
  return problems;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** true/false for Edm primitives, undefined for anything else. */
function checkEdm(name: string, v: unknown): boolean | undefined {
  switch (name) {
    case "Edm.String":
      return typeof v === "string";
    case "Edm.Boolean":
      return typeof v === "boolean";
    case "Edm.Int32":
      return Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31;
    case "Edm.Int64":
      return Number.isInteger(v) || (typeof v === "string" && /^-?\d+$/.test(v));
    case "Edm.Double":
      return typeof v === "number";
    case "Edm.Guid":
      return typeof v === "string" && /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(v);
    case "Edm.DateTimeOffset":
      return typeof v === "string" && ISO.test(v) && !Number.isNaN(Date.parse(v));
    case "Edm.Duration":
      return typeof v === "string" && DURATION.test(v);
    default:
      return name.startsWith("Edm.") ? false : undefined;
  }
}

/** Checks an HTTP answer body: a collection envelope ({ value }) or one entity / complex value. */
export function validateAnswer(model: CsdlModel, body: unknown, type: string): string[] {
  const item = collectionOf(type);
  if (!item) return validate(model, body, type);
  if (typeof body !== "object" || body === null || !Array.isArray((body as { value?: unknown }).value))
    return ["$: expected { value: [...] }"];
  const extra = Object.keys(body).filter((k) => k !== "value" && !k.startsWith("@odata."));
  return [
    ...extra.map((k) => `$.${k}: not part of a collection answer`),
    ...validate(model, (body as { value: unknown[] }).value, type, "$.value"),
  ];
}
