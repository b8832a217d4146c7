// Writes a model table as CSDL XML (OData 4.0), the document `GET /{version}/$metadata` answers with.
import { typeRef, type ModelDecl, type OperationDecl, type StructuredDecl } from "./types.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const attrs = (a: Record<string, string | boolean | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");

function structured(t: StructuredDecl, pad: string): string[] {
  const tag = t.kind === "entity" ? "EntityType" : "ComplexType";
  const head = `${pad}<${tag}${attrs({ Name: t.name, BaseType: t.base, Abstract: t.abstract, OpenType: t.open })}`;
  const body = [
    ...(t.kind === "entity" && !t.base && t.properties.some((p) => p.name === "id")
      ? [`${pad}  <Key>`, `${pad}    <PropertyRef Name="id" />`, `${pad}  </Key>`]
      : []),
    ...t.properties.map(
      (p) =>
        `${pad}  <Property${attrs({ Name: p.name, Type: typeRef(p), Nullable: p.nullable ? undefined : "false" })} />`,
    ),
    ...t.navigation.map(
      (n) => `${pad}  <NavigationProperty${attrs({ Name: n.name, Type: typeRef(n), ContainsTarget: n.contains })} />`,
    ),
  ];
  return body.length === 0 ? [`${head} />`] : [`${head}>`, ...body, `${pad}</${tag}>`];
}

function op(o: OperationDecl, pad: string): string[] {
  const tag = o.kind === "action" ? "Action" : "Function";
  return [
    `${pad}<${tag}${attrs({ Name: o.name, IsBound: "true" })}>`,
    `${pad}  <Parameter Name="bindingParameter"${attrs({ Type: o.binding })} />`,
    ...o.parameters.map((p) => `${pad}  <Parameter${attrs({ Name: p.name, Type: p.type })} />`),
    ...(o.returns ? [`${pad}  <ReturnType${attrs({ Type: o.returns })} />`] : []),
    `${pad}</${tag}>`,
  ];
}

/** The whole document: one microsoft.graph schema (alias graph) with its entity container. */
export function writeCsdl(model: ModelDecl): string {
  const pad = "      ";
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">`,
    `  <edmx:DataServices>`,
    `    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">`,
    ...model.enums.flatMap((e) => [
      `${pad}<EnumType${attrs({ Name: e.name, IsFlags: e.flags })}>`,
      ...e.members.map((m) => `${pad}  <Member${attrs({ Name: m.name, Value: String(m.value) })} />`),
      `${pad}</EnumType>`,
    ]),
    ...model.types.flatMap((t) => structured(t, pad)),
    ...model.operations.flatMap((o) => op(o, pad)),
    `${pad}<EntityContainer Name="GraphService">`,
    ...model.entitySets.map((s) => `${pad}  <EntitySet${attrs({ Name: s.name, EntityType: s.type })} />`),
    ...model.singletons.map((s) => `${pad}  <Singleton${attrs({ Name: s.name, Type: s.type })} />`),
    `${pad}</EntityContainer>`,
    `    </Schema>`,
    `  </edmx:DataServices>`,
    `</edmx:Edmx>`,
  ];
  return lines.join("\n") + "\n";
}
