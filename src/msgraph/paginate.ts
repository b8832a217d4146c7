// Collection paging: follow `@odata.nextLink` exactly as Graph sends it, one page at a time, only as far as
// the consumer reads (breaking out of `for await` sends no further request).
import type { GraphCollection } from "./models.js";

export type PageFetcher<O> = <T>(pathOrNextLink: string, options?: O) => Promise<GraphCollection<T>>;

export async function* iterateItems<T, O extends { query?: unknown }>(
  fetchPage: PageFetcher<O>,
  path: string,
  options?: O,
): AsyncGenerator<T, void, undefined> {
  let link: string | undefined = path;
  let pageOptions = options;
  while (link !== undefined) {
    const page: GraphCollection<T> = await fetchPage<T>(link, pageOptions);
    // The nextLink already carries the query (and the skip token); sending ours again would double it.
    pageOptions = options === undefined ? undefined : { ...options, query: undefined };
    yield* page.value ?? [];
    const next: string | undefined = page["@odata.nextLink"];
    // A nextLink that points at itself would loop forever against a buggy upstream.
    if (next !== undefined && next === link) throw new Error("Graph returned a nextLink equal to the page just read");
    link = next;
  }
}
