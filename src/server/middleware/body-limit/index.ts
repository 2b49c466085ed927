import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../context";
import { HttpError } from "../../errors";

/** 413 for bodies over the limit, checked while reading, so a lying Content-Length doesn't get past it. */
export function requestSizeLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, "too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
    },
  });
}
