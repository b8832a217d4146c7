// A listener that cannot bind is a setting to change, not a bug: one line naming the variables, instead of a stack
// trace an operator has to read for the errno.

/** Start-up stopped by where it was told to listen; the message names the variables to change. */
export class ListenError extends Error {
  override readonly name = "ListenError";
  /** The errno code behind it (EADDRINUSE, ENOTFOUND, …), kept for callers that branch on it. */
  readonly code: string;
  constructor(message: string, code: string, cause: unknown) {
    super(message, { cause });
    this.code = code;
  }
}

/** The names of the settings behind one listener (the gateway's PORT/HOST, the embedded emulator's own). */
export interface ListenSettings {
  port: number;
  host: string;
  portName: string;
  hostName: string;
}

/** A ListenError for the bind and resolve failures a setting causes; anything else is returned as it came. */
export function explainListenError(error: unknown, s: ListenSettings): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = `${s.portName}=${s.port} on ${s.hostName}=${s.host}`;
  switch (code) {
    case "EADDRINUSE":
      return new ListenError(
        `${at}: the port is already in use (EADDRINUSE); stop what holds it or choose another ${s.portName} (0 = any free port)`,
        code,
        error,
      );
    case "EACCES":
      return new ListenError(
        `${at}: not permitted (EACCES); ports below 1024 need privileges, choose a ${s.portName} from 1024`,
        code,
        error,
      );
    case "EADDRNOTAVAIL":
      return new ListenError(
        `${s.hostName}=${s.host} is not an address of this machine (EADDRNOTAVAIL); use one of its interfaces, 127.0.0.1 or 0.0.0.0`,
        code,
        error,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_FAIL":
    case "EAI_NONAME":
      return new ListenError(
        `${s.hostName}=${s.host} does not resolve (${code}); use an address of this machine, 127.0.0.1 or 0.0.0.0`,
        code,
        error,
      );
    default:
      return error;
  }
}
