// Plain fetch against the gateway: POST for mutations, GET for polls (so the gateway's Cache-Control and ETag work:
// a poll whose answer did not change comes back as an empty 304).

export interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class GraphQLClientError extends Error {
  override readonly name = "GraphQLClientError";
}

export interface GraphQLClient {
  /** A POST (mutations, one-off reads); throws on GraphQL errors. */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A GET that sends the last ETag of the same query and variables, and reuses the last data on 304. */
  poll<T>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; notModified: boolean }>;
}

function dataOf<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors?.length || !answer.data) {
    throw new GraphQLClientError(
      answer.errors?.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; ") ?? "no data",
    );
  }
  return answer.data;
}

export function createGraphQLClient(url: string, headers: Record<string, string> = {}): GraphQLClient {
  const last = new Map<string, { etag: string; data: unknown }>();
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return dataOf((await res.json()) as GraphQLAnswer<T>);
    },
    async poll<T>(query: string, variables: Record<string, unknown> = {}) {
      const search = new URLSearchParams({ query, variables: JSON.stringify(variables) }).toString();
      const seen = last.get(search);
      // Apollo refuses simple GETs (CSRF prevention); this header marks ours as a deliberate API call.
      const res = await fetch(`${url}?${search}`, {
        headers: { "apollo-require-preflight": "true", ...headers, ...(seen ? { "if-none-match": seen.etag } : {}) },
      });
      if (res.status === 304 && seen) return { data: seen.data as T, notModified: true };
      const data = dataOf((await res.json()) as GraphQLAnswer<T>);
      const etag = res.headers.get("etag");
      if (etag) last.set(search, { etag, data });
      return { data, notModified: false };
    },
  };
}
