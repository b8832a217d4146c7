// The emulator's model as small tables: each type with the properties the emulator writes, in a compact notation
// ("name:Type" with `*` for a collection, `!` for non-nullable, `+` on a navigation for containment). Types starting
// with an upper-case letter are Edm primitives (String → Edm.String), the others live in microsoft.graph.

export interface PropertyDecl {
  name: string;
  /** Qualified: "Edm.String", "graph.identitySet". */
  type: string;
  collection: boolean;
  nullable: boolean;
}

export interface NavigationDecl {
  name: string;
  type: string;
  collection: boolean;
  contains: boolean;
}

export interface StructuredDecl {
  kind: "entity" | "complex";
  name: string;
  base?: string;
  abstract?: boolean;
  open?: boolean;
  properties: PropertyDecl[];
  navigation: NavigationDecl[];
}

export interface EnumDecl {
  name: string;
  flags: boolean;
  members: { name: string; value: number }[];
}

export interface OperationDecl {
  kind: "action" | "function";
  name: string;
  /** The binding parameter's type, "Collection(graph.x)" for a collection-bound operation. */
  binding: string;
  parameters: { name: string; type: string }[];
  returns?: string;
}

export interface ModelDecl {
  enums: EnumDecl[];
  types: StructuredDecl[];
  operations: OperationDecl[];
  singletons: { name: string; type: string }[];
  entitySets: { name: string; type: string }[];
}

/** "String" → "Edm.String", "identitySet" → "graph.identitySet". */
export const qualify = (type: string): string => (/^[A-Z]/.test(type) ? `Edm.${type}` : `graph.${type}`);

/** A declared type as CSDL writes it: "Collection(graph.x)" for a collection. */
export const typeRef = (d: { type: string; collection: boolean }): string =>
  d.collection ? `Collection(${d.type})` : d.type;

function parseItems(spec: string): { name: string; type: string; collection: boolean; flags: string }[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const [name = "", raw = ""] = item.split(":");
      const m = /^([A-Za-z0-9]+)([*!+]*)$/.exec(raw);
      if (!m) throw new Error(`metadata: cannot read "${item}"`);
      return { name, type: qualify(m[1]!), collection: m[2]!.includes("*"), flags: m[2]! };
    });
}

export const props = (spec: string): PropertyDecl[] =>
  parseItems(spec).map(({ name, type, collection, flags }) => ({
    name,
    type,
    collection,
    nullable: !flags.includes("!"),
  }));

export const navs = (spec: string): NavigationDecl[] =>
  parseItems(spec).map(({ name, type, collection, flags }) => ({
    name,
    type,
    collection,
    contains: flags.includes("+"),
  }));

export const entity = (
  name: string,
  base: string | undefined,
  properties = "",
  navigation = "",
  opts: { abstract?: boolean; open?: boolean } = {},
): StructuredDecl => ({
  kind: "entity",
  name,
  ...(base ? { base: qualify(base) } : {}),
  ...opts,
  properties: props(properties),
  navigation: navs(navigation),
});

export const complex = (
  name: string,
  properties: string,
  opts: { base?: string; open?: boolean; navigation?: string } = {},
): StructuredDecl => ({
  kind: "complex",
  name,
  ...(opts.base ? { base: qualify(opts.base) } : {}),
  ...(opts.open ? { open: true } : {}),
  properties: props(properties),
  navigation: navs(opts.navigation ?? ""),
});

/** Members in declared order; values count up (flags: 0, 1, 2, 4, ...) unless written as `name=value`. */
export const enumOf = (name: string, members: string, flags = false): EnumDecl => ({
  name,
  flags,
  members: members
    .split(/\s+/)
    .filter(Boolean)
    .map((member, i) => {
      const [memberName = "", value] = member.split("=");
      return { name: memberName, value: value !== undefined ? Number(value) : flags && i > 0 ? 2 ** (i - 1) : i };
    }),
});

/** `action("activate", "protectionPolicyBase", "protectionPolicyBase")`; a binding or return ending in `*` is a collection. */
export function operation(
  kind: OperationDecl["kind"],
  name: string,
  binding: string,
  returns: string | undefined,
  parameters = "",
): OperationDecl {
  const ref = (t: string) => (t.endsWith("*") ? `Collection(${qualify(t.slice(0, -1))})` : qualify(t));
  return {
    kind,
    name,
    binding: ref(binding),
    parameters: parseItems(parameters).map((p) => ({ name: p.name, type: typeRef(p) })),
    ...(returns ? { returns: ref(returns) } : {}),
  };
}
