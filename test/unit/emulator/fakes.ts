import type { ApiRequest } from "../../../src/emulator/wire/request.js";

/** A request as the pipeline would hand it to a route, without any socket. */
export function fakeRequest(pathAndQuery: string, overrides: Partial<ApiRequest> = {}): ApiRequest {
  const url = new URL(pathAndQuery, "http://emulator.test");
  return {
    method: "GET",
    path: url.pathname,
    segments: url.pathname.split("/").filter(Boolean),
    query: url.searchParams,
    search: url.search,
    headers: {},
    bodyText: "",
    version: "v1.0",
    origin: "http://emulator.test",
    requestId: "00000000-0000-0000-0000-000000000001",
    clientRequestId: "00000000-0000-0000-0000-000000000002",
    now: 0,
    ...overrides,
  };
}
