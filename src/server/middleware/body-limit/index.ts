import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../context";
import { HttpError } from "../../errors";

/**
 * 413 for bodies over the limit, checked while reading, so a lying
 * Content-Length doesn't get past it. The rest of the body is never read, so
 * the connection can't carry another request: the answer says it closes,
 * rather than leaving the client to send its next request into a socket
 * that the server then drops.
 */
export function requestSizeLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, "too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`, { headers: { Connection: "close" } });
    },
  });
}
