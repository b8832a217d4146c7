import { writeCsdl } from "../../metadata/csdl.js";
import { modelOf } from "../../metadata/model.js";
import { ok } from "../../wire/request.js";
import type { Route } from "../router.js";

const documents = new Map<string, string>();

/** The CSDL of what the emulator serves on the called version, written once from its model tables. */
function documentOf(version: "v1.0" | "beta"): string {
  let xml = documents.get(version);
  if (xml === undefined) documents.set(version, (xml = writeCsdl(modelOf(version))));
  return xml;
}

/** `GET /v1.0/$metadata` and `GET /beta/$metadata`: the service document every `@odata.context` resolves against. */
export function metadataRoutes(): Route[] {
  return [
    {
      method: "GET",
      pattern: "/$metadata",
      handler: (req) => ok(documentOf(req.version), 200, { "Content-Type": "application/xml;charset=utf-8" }),
    },
  ];
}
