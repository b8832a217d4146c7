import { hostname } from "node:os";

/** The Content-Type of Graph's JSON answers (OData minimal metadata, streamed, numbers as JSON numbers). */
export const ODATA_JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export const ODATA_VERSION = "4.0";

/** Graph's `x-ms-ags-diagnostic`: which front end served the call, as JSON. */
const DIAGNOSTIC = JSON.stringify({
  ServerInfo: {
    DataCenter: "Emulator",
    Slice: "E",
    Ring: "5",
    ScaleUnit: "000",
    RoleInstance: hostname().slice(0, 15).toUpperCase() || "EMULATOR",
  },
});

/**
 * The headers Graph puts on every answer of the API (request-id and client-request-id come from the pipeline,
 * Date from node:http): OData-Version, x-ms-ags-diagnostic, and the OData JSON Content-Type when there is a body.
 */
export function graphAnswerHeaders(hasBody: boolean): Record<string, string> {
  return {
    "OData-Version": ODATA_VERSION,
    "x-ms-ags-diagnostic": DIAGNOSTIC,
    ...(hasBody ? { "Content-Type": ODATA_JSON_CONTENT_TYPE } : {}),
  };
}

/** The headers of one $batch item's answer, lower-cased as the batch prints them. */
export function batchItemHeaders(hasBody: boolean): Record<string, string> {
  return {
    "odata-version": ODATA_VERSION,
    ...(hasBody ? { "content-type": ODATA_JSON_CONTENT_TYPE } : {}),
  };
}
