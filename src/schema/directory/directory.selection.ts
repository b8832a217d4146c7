// $select pushdown: before the first directory or site lookup of a request, read the whole operation once
// and tell the loaders which properties of DirectoryObject and Site it selects anywhere.
import { TypeInfo, visit, visitWithTypeInfo, type GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";

/** GraphQL field → the Graph properties it needs (state and id need none beyond id). */
const GRAPH_PROPERTIES: Record<string, Record<string, string[]>> = {
  DirectoryObject: { displayName: ["displayName"], mail: ["mail"], userPrincipalName: ["userPrincipalName"] },
  Site: { displayName: ["displayName", "name"], webUrl: ["webUrl"] },
};

const done = new WeakSet<object>();

export function pushDownSelections(ctx: Context, info: GraphQLResolveInfo): void {
  if (done.has(ctx.loaders)) return;
  done.add(ctx.loaders);
  const wanted: Record<string, Set<string>> = { DirectoryObject: new Set(), Site: new Set() };
  const typeInfo = new TypeInfo(info.schema);
  for (const node of [info.operation, ...Object.values(info.fragments)]) {
    visit(node, visitWithTypeInfo(typeInfo, {
      Field(field) {
        const parent = typeInfo.getParentType()?.name;
        const properties = parent ? GRAPH_PROPERTIES[parent]?.[field.name.value] : undefined;
        if (parent && properties) properties.forEach((p) => wanted[parent]!.add(p));
      },
    }));
  }
  ctx.loaders.directorySelection.add([...wanted.DirectoryObject!]);
  ctx.loaders.siteSelection.add([...wanted.Site!]);
}
