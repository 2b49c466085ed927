import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../context";

/** Headers every response carries: no MIME sniffing of JSON into HTML, no leaking paths in Referer. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    c.res.headers.set("Referrer-Policy", "same-origin");
    if (c.req.path.startsWith("/api/")) c.res.headers.set("Cache-Control", "no-store");
  };
}

export const HTML_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
