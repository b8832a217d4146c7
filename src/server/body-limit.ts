// Two request body limits. Every request gets the general one (GRAPHQL_MAX_BODY_BYTES). A bulk submission of up to
// 50,000 entries is megabytes of JSON in `variables`, so it may use the larger bulk limit — but only a POSTed JSON
// body from a caller already allowed to write is ever read that far, and what was read is accepted only when it
// proves to be one bulk submission mutation. Everything else oversized stays a 413 that reaches no resolver.
import type { IncomingMessage } from "node:http";
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, OperationTypeNode } from "graphql";

/**
 * The root mutations whose input lists may run to tens of thousands of entries (Graph's ceilings: 50,000 per job,
 * 10,000 per bulk restore request, enforced by the resolvers). A test checks each name against the schema.
 */
export const BULK_SUBMISSION_MUTATIONS: ReadonlySet<string> = new Set([
  "submitMailboxProtectionUnitsBulkAdditionJob",
  "submitDriveProtectionUnitsBulkAdditionJob",
  "submitSiteProtectionUnitsBulkAdditionJob",
  "submitMailboxRestoreArtifactsBulkAdditionRequest",
  "submitDriveRestoreArtifactsBulkAdditionRequest",
  "submitSiteRestoreArtifactsBulkAdditionRequest",
]);

export class BodyTooLarge extends Error {
  override readonly name = "BodyTooLarge";
}

export interface ReadBody {
  text: string;
  bytes: number;
}

/**
 * Reads the body counting bytes as they arrive, and stops at the first chunk beyond `limit`. The rest is left unread
 * rather than destroyed, so the 413 still reaches a client that is mid-upload; the answer closes the connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  // The caller may have gone while it was being authenticated; no event would come.
  if (req.destroyed) return Promise.reject(new Error("The request closed before its body was read"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const stop = () => {
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limit) return void chunks.push(chunk);
      stop();
      req.pause();
      chunks.length = 0;
      reject(new BodyTooLarge());
    };
    const onEnd = () => {
      stop();
      resolve({ text: Buffer.concat(chunks).toString("utf8"), bytes });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => onError(new Error("The request closed before its body was read"));
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
}

/** Only plain JSON may be read beyond the general limit (not a form post, not `text/json` lookalikes). */
export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? "");
}

export interface BulkCheck {
  /** The general body limit; the `query` string alone must fit in it. */
  maxQueryBytes: number;
  /** Parser token limit (GRAPHQL_MAX_TOKENS), so this early parse costs no more than Apollo's own. */
  maxTokens: number;
}

function singleOperation(document: DocumentNode): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * True when a parsed JSON body is one bulk submission: a single request (no array batching) whose `query` fits the
 * general limit and holds exactly one operation, a mutation, every root selection of which is a plain field in
 * BULK_SUBMISSION_MUTATIONS (no fragments at the root, which could smuggle in other mutations).
 */
export function isBulkSubmission(body: unknown, check: BulkCheck): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const query = (body as { query?: unknown }).query;
  if (typeof query !== "string" || Buffer.byteLength(query) > check.maxQueryBytes) return false;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: check.maxTokens });
  } catch {
    return false;
  }
  const operation = singleOperation(document);
  if (operation?.operation !== OperationTypeNode.MUTATION) return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && BULK_SUBMISSION_MUTATIONS.has(s.name.value),
  );
}
