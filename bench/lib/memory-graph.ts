// A GraphClient over a map of path → Graph answer, for the bare graphql-js baseline: the same schema and loaders
// as the gateway, with every upstream read answered from memory at once.
import type { BatchRequest, BatchResult, GraphClient } from "../../src/msgraph/client.js";
import { GraphRequestError } from "../../src/msgraph/errors.js";

export function memoryGraph(
  answers: Readonly<Record<string, unknown>>,
  baseUrl = "http://memory.invalid/v1.0",
): GraphClient {
  const read = (path: string): unknown => {
    if (path in answers) return answers[path];
    throw new GraphRequestError(`No answer for ${path}`, { status: 404, code: "NotFound", method: "GET", path });
  };
  const refuse = async (): Promise<never> => {
    throw new Error("the bare baseline only reads");
  };
  const client: GraphClient = {
    baseUrl,
    get: async <T>(path: string) => read(path) as T,
    page: async (path: string) => read(path) as never,
    list: () => {
      throw new Error("not used by the baseline");
    },
    post: refuse,
    patch: refuse,
    delete: refuse,
    batch: async <T>(requests: BatchRequest[]) =>
      requests.map((r): BatchResult<T> => {
        try {
          return { ok: true, status: 200, body: read(r.path) as T };
        } catch (error) {
          return { ok: false, error: error as GraphRequestError };
        }
      }),
    retryAfterMs: () => 0,
    scoped: () => client,
    close: async () => undefined,
  };
  return client;
}
