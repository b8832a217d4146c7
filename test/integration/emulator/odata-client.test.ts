// A generic OData client against the emulator: from the service root alone it reads $metadata, finds where the
// protection policies and units live by walking the entity container's singletons and navigation properties, lists
// policies following every @odata.nextLink (a page size of 2), reads a unit by its key and checks each answer's
// properties against the types the metadata declares. No path below the service root is written here.
//
// The CSDL is read by the small XML walk in test/helpers (csdl.ts + odata-metadata.ts): the npm OData CSDL parser
// that fits Node 20 (@sap-ux/edmx-parser) drops BaseType, Abstract and OpenType and reads IsFlags="true" as false,
// so it can check neither derived types nor flags enums, both of which Graph's backupRestore model rests on.
import { describe, expect, it } from "vitest";
import { chain, short } from "../../helpers/csdl.js";
import { checkBody, parseMetadata, resolveContext, type ServiceMetadata } from "../../helpers/odata-metadata.js";
import { useEmulator, type Json } from "./http.js";

const { emulator } = useEmulator({ pageSize: 2 });

const collectionOf = (type: string) => /^Collection\((.+)\)$/.exec(type)?.[1];

/** The shortest path from the entity container to a navigation that is a collection of `itemType`. */
function findCollection(meta: ServiceMetadata, itemType: string): string[] | undefined {
  const queue: { path: string[]; type: string }[] = [
    ...[...meta.singletons].map(([name, type]) => ({ path: [name], type })),
    ...[...meta.entitySets].map(([name, type]) => ({ path: [name], type: `Collection(${type})` })),
  ];
  const seen = new Set<string>();
  for (let node = queue.shift(); node; node = queue.shift()) {
    if (collectionOf(node.type) === undefined && !seen.has(node.type)) {
      seen.add(node.type);
      for (const nav of chain(meta, node.type).flatMap((t) => [...t.navigation.values()])) {
        if (short(collectionOf(nav.type) ?? "") === itemType) return [...node.path, nav.name];
        queue.push({ path: [...node.path, nav.name], type: nav.type });
      }
    } else if (short(collectionOf(node.type) ?? "") === itemType) return node.path;
  }
  return undefined;
}

/** The key property of an entity type (declared on it or inherited). */
function keyOf(xml: string, meta: ServiceMetadata, type: string): string | undefined {
  for (const t of chain(meta, type)) {
    const block = new RegExp(`<EntityType Name="${t.name}"[^>]*>([\\s\\S]*?)</EntityType>`).exec(xml)?.[1] ?? "";
    const key = /<PropertyRef Name="([^"]+)"/.exec(block)?.[1];
    if (key) return key;
  }
  return undefined;
}

async function get(url: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  return { status: res.status, body: await res.json() };
}

/** The answer's type from its @odata.context, and every mismatch of the body with it. */
function check(meta: ServiceMetadata, body: Json): { type: string | undefined; problems: string[] } {
  const type = resolveContext(meta, body["@odata.context"] ?? "");
  return {
    type,
    problems: type ? checkBody(meta, body, type, true) : [`context ${body["@odata.context"]} unresolved`],
  };
}

describe("a generic OData client pointed at the emulator", () => {
  it("lists policies across nextLinks and reads a unit by key, knowing only the service root and the metadata", async () => {
    const root = `${emulator.origin}/v1.0`;
    const xml = await (await fetch(`${root}/$metadata`)).text();
    const meta = parseMetadata(xml);

    const policies = findCollection(meta, "protectionPolicyBase");
    const units = findCollection(meta, "protectionUnitBase");
    expect(policies).toEqual(["solutions", "backupRestore", "protectionPolicies"]);
    expect(units).toBeDefined();

    // Every page, through @odata.nextLink, until the service stops giving one.
    const seen: Json[] = [];
    let pages = 0;
    for (let next: string | undefined = `${root}/${policies!.join("/")}`; next !== undefined; pages++) {
      const page = await get(next);
      expect(page.status).toBe(200);
      const { type, problems } = check(meta, page.body);
      expect(type).toBe("Collection(graph.protectionPolicyBase)");
      expect(problems).toEqual([]);
      seen.push(...page.body.value);
      next = page.body["@odata.nextLink"];
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
    for (const policy of seen) {
      const declared = short(policy["@odata.type"]);
      expect(chain(meta, declared).map((t) => t.name)).toContain("protectionPolicyBase");
    }

    const list = await get(`${root}/${units!.join("/")}`);
    expect(check(meta, list.body).problems).toEqual([]);
    const key = keyOf(xml, meta, "protectionUnitBase");
    expect(key).toBe("id");
    const first = list.body.value[0];
    const unit = await get(`${root}/${units!.join("/")}/${encodeURIComponent(first[key!])}`);
    expect(unit.status).toBe(200);
    const { type, problems } = check(meta, unit.body);
    expect(problems).toEqual([]);
    expect(chain(meta, type!).map((t) => t.name)).toContain("protectionUnitBase");
    expect(unit.body).toMatchObject({ [key!]: first[key!], "@odata.type": first["@odata.type"] });
  });
});
