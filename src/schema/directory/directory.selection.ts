// $select pushdown: read the whole operation once and tell the loaders (and the pickers) which Graph properties of
// DirectoryObject, Site, User and Group it selects anywhere.
import {
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from "graphql";
import type { Context } from "../context.js";

/** GraphQL field → the Graph properties it needs (state, id and protectionUnits need none beyond id). */
const GRAPH_PROPERTIES: Record<string, Record<string, string[]>> = {
  DirectoryObject: { displayName: ["displayName"], mail: ["mail"], userPrincipalName: ["userPrincipalName"] },
  Site: { displayName: ["displayName", "name"], webUrl: ["webUrl"] },
  ProtectionRuleGroup: { displayName: ["displayName"], mail: ["mail"] },
  User: { displayName: ["displayName"], mail: ["mail"], userPrincipalName: ["userPrincipalName"] },
  Group: {
    displayName: ["displayName"],
    mail: ["mail"],
    description: ["description"],
    securityEnabled: ["securityEnabled"],
    mailEnabled: ["mailEnabled"],
  },
};

type Wanted = Record<string, Set<string>>;

// One walk per parsed operation: a cached document is read once, whatever the number of requests.
const walked = new WeakMap<OperationDefinitionNode, Wanted>();
const done = new WeakSet<object>();

function wantedOf(info: GraphQLResolveInfo): Wanted {
  const known = walked.get(info.operation);
  if (known) return known;
  const wanted: Wanted = Object.fromEntries(Object.keys(GRAPH_PROPERTIES).map((t) => [t, new Set<string>()]));
  const typeInfo = new TypeInfo(info.schema);
  for (const node of [info.operation, ...Object.values(info.fragments)]) {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType()?.name;
          const properties = parent ? GRAPH_PROPERTIES[parent]?.[field.name.value] : undefined;
          if (parent && properties) properties.forEach((p) => wanted[parent]!.add(p));
        },
      }),
    );
  }
  walked.set(info.operation, wanted);
  return wanted;
}

/** Before the first directory or site lookup of a request: the lookups' $select. */
export function pushDownSelections(ctx: Context, info: GraphQLResolveInfo): void {
  if (done.has(ctx.loaders)) return;
  done.add(ctx.loaders);
  const wanted = wantedOf(info);
  ctx.loaders.directorySelection.add([...wanted.DirectoryObject!, ...wanted.ProtectionRuleGroup!]);
  ctx.loaders.siteSelection.add([...wanted.Site!]);
}

/** A picker's $select: id and what the operation selects of `type` anywhere. */
export function selectOf(info: GraphQLResolveInfo, type: "User" | "Group" | "Site"): string {
  return ["id", ...[...wantedOf(info)[type]!].sort()].join(",");
}
