// Refusing a request whose body has not been (fully) read. Closing a socket with unread input makes the kernel answer
// the client's next bytes with a reset, and a client that uploads everything before it reads (Python's http.client,
// many scripts) then sees ECONNRESET instead of the 401 or 413. So the answer goes first, then the connection is
// half-closed while the rest of the upload is read and thrown away, for a bounded time, and only then closed.
import type { IncomingMessage, ServerResponse } from "node:http";

/** How long a refused upload may keep its connection after the answer. */
export const LINGER_MS = 5000;

/**
 * `send` writes the answer (with `connection: close`); meanwhile the request's remaining body is discarded. The
 * socket is closed when the client closes its side or after `lingerMs`, whichever comes first.
 */
export function refuseUnread(req: IncomingMessage, res: ServerResponse, send: () => void, lingerMs = LINGER_MS): void {
  const socket = req.socket;
  const timer = setTimeout(() => socket.destroy(), lingerMs);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
  // Node closes a `connection: close` socket as soon as the answer is flushed (destroySoon). Half-close instead: the
  // client reads a clean end of stream after the answer, and its remaining upload is still taken in.
  (socket as { destroySoon?: () => void }).destroySoon = () => {
    if (socket.writable) socket.end();
  };
  res.shouldKeepAlive = false;
  send();
  // Whatever is left of the body flows into nothing (no data listener), paused readers included.
  req.removeAllListeners("data");
  req.resume();
}
