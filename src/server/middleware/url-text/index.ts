import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../context";
import { invalid } from "../../errors";

/**
 * 400 for a NUL character in the path or query (`%00`): as an id or a sign-in
 * token it would reach the database, which PostgreSQL answers with an error.
 * Lone surrogates can't arrive here: percent-encoded, they are not valid
 * UTF-8, so the router leaves them encoded.
 */
export function rejectNulInUrl(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.url;
    const pathAndQuery = raw.slice(raw.indexOf("/", raw.indexOf("//") + 2));
    if (/%00/i.test(pathAndQuery) || pathAndQuery.includes("\u0000")) {
      throw invalid("url", "The address contains a NUL character (%00), which no id, token or parameter can contain.");
    }
    await next();
  };
}
