// GET /v1.0/$metadata and /beta/$metadata: the emulator's CSDL, written from its own model tables, read back as an
// OData client reads it, held against Graph's v1.0 extract where that is beside the clone.
import { describe, expect, it } from "vitest";
import { CSDL_PATH, loadCsdl, short } from "../../helpers/csdl.js";
import { parseMetadata, resolveContext, type ServiceMetadata } from "../../helpers/odata-metadata.js";
import { useEmulator } from "./http.js";

const graph = loadCsdl();
if (!graph) console.warn(`[metadata] Graph comparison skipped: ${CSDL_PATH} is absent`);

const { emulator } = useEmulator();

async function metadata(version: "v1.0" | "beta"): Promise<{ res: Response; xml: string; meta: ServiceMetadata }> {
  const res = await fetch(`${emulator.origin}/${version}/$metadata`);
  const xml = await res.text();
  return { res, xml, meta: parseMetadata(xml) };
}

/** Directory types the backupRestore extract does not cover (their names and types are Graph's all the same). */
const OUTSIDE_EXTRACT = new Set(["directoryObject", "user", "group", "directory", "baseItem", "site", "solutionsRoot"]);

describe("the emulator's $metadata", () => {
  it("is CSDL XML with the solutions singleton and the directory entity sets", async () => {
    const { res, xml, meta } = await metadata("v1.0");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<edmx:Edmx Version="4.0"/);
    expect(Object.fromEntries(meta.singletons)).toMatchObject({ solutions: "graph.solutionsRoot" });
    expect(Object.fromEntries(meta.entitySets)).toMatchObject({
      users: "graph.user",
      groups: "graph.group",
      sites: "graph.site",
      directoryObjects: "graph.directoryObject",
    });
    expect(meta.types.get("solutionsRoot")!.navigation.get("backupRestore")).toMatchObject({
      type: "graph.backupRestoreRoot",
    });
    expect(meta.enums.get("protectionSource")).toMatchObject({ flags: true });
    expect(meta.operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["activate", "deactivate", "enable", "run", "deleteAndUnprotect", "offboard"]),
    );
    expect(meta.operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["cancelOffboard", "search", "browse", "getByIds"]),
    );
  });

  it.each([
    ["/v1.0/$metadata#solutions/backupRestore/protectionPolicies", "Collection(graph.protectionPolicyBase)"],
    ["/v1.0/$metadata#solutions/backupRestore/protectionPolicies/$entity", "graph.protectionPolicyBase"],
    [
      "/v1.0/$metadata#solutions/backupRestore/exchangeProtectionPolicies('p1')/mailboxInclusionRules",
      "Collection(graph.mailboxProtectionRule)",
    ],
    [
      "/v1.0/$metadata#solutions/backupRestore/protectionUnits/microsoft.graph.siteProtectionUnit",
      "Collection(graph.siteProtectionUnit)",
    ],
    ["/v1.0/$metadata#solutions/backupRestore/serviceApps(id,status)", "Collection(graph.serviceApp)"],
    [
      "/v1.0/$metadata#Collection(microsoft.graph.browseQueryResponseItem)",
      "Collection(graph.browseQueryResponseItem)",
    ],
    ["/v1.0/$metadata#microsoft.graph.serviceStatus", "graph.serviceStatus"],
    ["/v1.0/$metadata#users/$entity", "graph.user"],
    ["/v1.0/$metadata#directoryObjects", "Collection(graph.directoryObject)"],
    ["/v1.0/solutions/backupRestore/$metadata#restoreSessions/$entity", "graph.restoreSessionBase"],
    ["/v1.0/$metadata#solutions/backupRestore/nowhere", undefined],
    ["/v1.0/$metadata#microsoft.graph.nothing", undefined],
  ])("resolves the context %s", async (context, type) => {
    const { meta } = await metadata("v1.0");
    expect(resolveContext(meta, `https://graph.example${context}`)).toBe(type);
  });

  it("on /beta declares everything /v1.0 does and the beta-only exclusion units, members and properties", async () => {
    const v1 = (await metadata("v1.0")).meta;
    const beta = (await metadata("beta")).meta;
    for (const [name, type] of v1.types) {
      const betaType = beta.types.get(name);
      expect.soft(betaType, name).toBeDefined();
      for (const p of type.properties.keys()) expect.soft(betaType?.properties.has(p), `${name}.${p}`).toBe(true);
    }
    for (const [name, e] of v1.enums)
      expect.soft(beta.enums.get(name)?.members).toEqual(expect.arrayContaining(e.members));
    expect(v1.types.has("mailboxExclusionUnit")).toBe(false);
    expect(beta.types.get("mailboxExclusionUnit")?.baseType).toBe("exclusionUnitBase");
    expect(beta.types.get("exchangeProtectionPolicy")?.navigation.has("mailboxExclusionUnits")).toBe(true);
    expect(beta.types.get("protectionUnitBase")?.properties.has("billingPolicyId")).toBe(true);
    expect(v1.types.get("protectionUnitBase")?.properties.has("billingPolicyId")).toBe(false);
    expect(beta.enums.get("protectionPolicyStatus")?.members).toContain("offboardRequested");
  });
});

describe.skipIf(!graph)("the emulator's $metadata against Graph's v1.0 CSDL", () => {
  it("names every type, property, navigation, member and operation as Graph does, with Graph's types", async () => {
    const { meta } = await metadata("v1.0");
    const problems: string[] = [];
    for (const [name, type] of meta.types) {
      const theirs = graph!.types.get(name);
      if (!theirs) {
        if (!OUTSIDE_EXTRACT.has(name)) problems.push(`${name}: not a type of Graph's model`);
        continue;
      }
      if (theirs.kind !== type.kind || theirs.baseType !== type.baseType)
        problems.push(
          `${name}: ${type.kind} based on ${type.baseType}, Graph: ${theirs.kind} based on ${theirs.baseType}`,
        );
      for (const [kind, mine, their] of [
        ["property", type.properties, theirs.properties],
        ["navigation", type.navigation, theirs.navigation],
      ] as const) {
        for (const [p, def] of mine) {
          const g = their.get(p);
          if (!g) problems.push(`${name}.${p}: not a ${kind} of Graph's ${name}`);
          else if (short(g.type) !== short(def.type)) problems.push(`${name}.${p}: ${def.type}, Graph: ${g.type}`);
        }
      }
    }
    for (const [name, e] of meta.enums) {
      const theirs = graph!.enums.get(name);
      if (!theirs) problems.push(`enum ${name}: not in Graph's model`);
      else {
        if (theirs.flags !== e.flags) problems.push(`enum ${name}: IsFlags ${e.flags}, Graph: ${theirs.flags}`);
        const extra = e.members.filter((m) => !theirs.members.includes(m));
        if (extra.length > 0) problems.push(`enum ${name}: ${extra.join(", ")} not Graph's members`);
      }
    }
    for (const op of meta.operations) {
      if (op.name === "getByIds") continue; // bound to directoryObject, outside the extract
      const theirs = graph!.operations.find((o) => o.name === op.name && short(o.binding) === short(op.binding));
      if (!theirs) problems.push(`${op.name}(${op.binding}): not a bound operation of Graph's`);
      else if (short(theirs.returns ?? "") !== short(op.returns ?? ""))
        problems.push(`${op.name}: returns ${op.returns}, Graph: ${theirs.returns}`);
    }
    expect(problems).toEqual([]);
  });

  it("declares every type, enum and bound operation of Graph's backupRestore model", async () => {
    const { meta } = await metadata("v1.0");
    expect([...graph!.types.keys()].filter((t) => !meta.types.has(t))).toEqual([]);
    expect([...graph!.enums.keys()].filter((e) => !meta.enums.has(e))).toEqual([]);
    const ops = (m: typeof meta.operations) => m.map((o) => `${o.name}(${short(o.binding)})`);
    expect(ops(graph!.operations).filter((o) => !ops(meta.operations).includes(o))).toEqual([]);
  });
});
