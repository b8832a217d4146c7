import type { GraphErrorEnvelope, GraphPublicErrorDetail } from "../../../msgraph/models.js";

/**
 * Every error the emulator answers with comes from a table of this folder (graph.ts, resources.ts), built by
 * `graphError` below (as Azurite's StorageErrorFactory), so status, code, message and headers stay consistent.
 * Handlers throw them; the pipeline renders Graph's envelope with the request ids of the answer.
 */
export interface EmulatorError extends Error {
  readonly emulatorError: true;
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Extra innerError members (the throttling body carries code/message/status there). */
  readonly inner: Readonly<Record<string, string>>;
  readonly details?: readonly GraphPublicErrorDetail[];
}

interface ErrorExtras {
  headers?: Record<string, string>;
  inner?: Record<string, string>;
  details?: GraphPublicErrorDetail[];
}

/** The one constructor of an emulator error; only the tables of this folder call it. */
export function graphError(status: number, code: string, message: string, extras: ErrorExtras = {}): EmulatorError {
  const { headers = {}, inner = {}, details } = extras;
  return Object.assign(new Error(message), { emulatorError: true as const, status, code, headers, inner, details });
}

export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof Error && (value as Partial<EmulatorError>).emulatorError === true;
}

export interface ErrorIds {
  requestId: string;
  clientRequestId: string;
  /** Graph prints innerError.date without a zone, e.g. 2023-03-03T07:15:31. */
  date: string;
}

export function toEnvelope(error: EmulatorError, ids: ErrorIds): GraphErrorEnvelope {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: [...error.details] } : {}),
      innerError: {
        ...error.inner,
        date: ids.date,
        "request-id": ids.requestId,
        "client-request-id": ids.clientRequestId,
      },
    },
  };
}
