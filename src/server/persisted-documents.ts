// Persisted documents: the operations a frontend ships, written to a manifest at build time (`npm run
// persisted:manifest`), loaded once at start-up. With PERSISTED_DOCUMENTS_ONLY nothing else runs: a public gateway
// then executes only queries its own developers wrote, whatever an attacker sends.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";

export const APOLLO_MANIFEST_FORMAT = "apollo-persisted-query-manifest";

export interface ManifestOperation {
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export interface ApolloManifest {
  format: typeof APOLLO_MANIFEST_FORMAT;
  version: 1;
  operations: ManifestOperation[];
}

/** Ids as clients send them: hex digests (any case), optionally `sha256:`-prefixed (GraphQL over HTTP's documentId). */
const ID = /^(?:sha256:)?[\w.-]{1,128}$/i;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The key a document is filed under: `sha256:` dropped, hex lower-cased; undefined when it cannot be an id. */
export function normaliseDocumentId(id: unknown): string | undefined {
  if (typeof id !== "string" || !ID.test(id)) return undefined;
  const bare = id.replace(/^sha256:/i, "");
  return /^[0-9a-f]+$/i.test(bare) ? bare.toLowerCase() : bare;
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

/**
 * Reads a manifest: Apollo's persisted query manifest, or a plain map of id to document (GraphQL Yoga's trusted
 * documents, Relay's persisted queries). Every document must parse; ids must look like ids.
 */
export function parseManifest(json: unknown, source = "the manifest"): ReadonlyMap<string, string> {
  const entries: Array<[unknown, unknown]> = [];
  if (
    json &&
    typeof json === "object" &&
    !Array.isArray(json) &&
    (json as { format?: unknown }).format === APOLLO_MANIFEST_FORMAT
  ) {
    const { version, operations } = json as { version?: unknown; operations?: unknown };
    if (version !== 1 || !Array.isArray(operations))
      throw new ManifestError(`${source}: an ${APOLLO_MANIFEST_FORMAT} must have version 1 and an operations array`);
    for (const op of operations) entries.push([(op as { id?: unknown })?.id, (op as { body?: unknown })?.body]);
  } else if (json && typeof json === "object" && !Array.isArray(json)) {
    entries.push(...Object.entries(json));
  } else {
    throw new ManifestError(`${source} must be an ${APOLLO_MANIFEST_FORMAT} or an object of id to document`);
  }
  const documents = new Map<string, string>();
  for (const [rawId, body] of entries) {
    const id = normaliseDocumentId(rawId);
    if (id === undefined)
      throw new ManifestError(`${source}: ${JSON.stringify(String(rawId)).slice(0, 80)} is not a document id`);
    if (typeof body !== "string" || body.trim() === "")
      throw new ManifestError(`${source}: the document of ${id} is not a string`);
    try {
      parse(body, { noLocation: true });
    } catch (error) {
      throw new ManifestError(`${source}: the document of ${id} does not parse: ${(error as Error).message}`);
    }
    documents.set(id, body);
  }
  return documents;
}

export async function loadManifest(path: string): Promise<ReadonlyMap<string, string>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ManifestError(
      `PERSISTED_DOCUMENTS: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ManifestError(`PERSISTED_DOCUMENTS: ${path} is not JSON`);
  }
  return parseManifest(json, `PERSISTED_DOCUMENTS ${path}`);
}

function fragmentsUsed(
  root: DefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const seen = new Map<string, FragmentDefinitionNode>();
  const pending: DefinitionNode[] = [root];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(fragment.name.value)) return;
        seen.set(fragment.name.value, fragment);
        pending.push(fragment);
      },
    });
  }
  return [...seen.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

/**
 * One manifest entry per named operation of the given documents, each body the operation printed with the fragments
 * it uses (what Apollo's generate-persisted-query-manifest does), its id the sha256 of that body, so an Apollo client
 * hashing the same printed operation names it.
 */
export function manifestFromDocuments(documents: readonly DocumentNode[]): ApolloManifest {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    }
  }
  const names = new Set<string>();
  const entries = operations.map((operation): ManifestOperation => {
    const name = operation.name?.value;
    if (!name) throw new ManifestError("every operation in a persisted-documents manifest needs a name");
    if (names.has(name)) throw new ManifestError(`two operations are named ${name}`);
    names.add(name);
    const body = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsed(operation, fragments)] });
    return { id: sha256Hex(body), name, type: operation.operation, body };
  });
  return {
    format: APOLLO_MANIFEST_FORMAT,
    version: 1,
    operations: entries.sort((a, b) => a.name.localeCompare(b.name)),
  };
}
