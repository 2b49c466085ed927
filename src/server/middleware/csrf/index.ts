import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../../context";
import { HttpError } from "../../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The origin the browser thinks it is talking to. */
export function requestOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (c.var.services.settings.trustProxy) {
    const proto = c.req.header("x-forwarded-proto")?.split(",")[0].trim();
    const host = c.req.header("x-forwarded-host")?.split(",")[0].trim();
    return `${proto ?? url.protocol.replace(":", "")}://${host ?? url.host}`;
  }
  return url.origin;
}

/**
 * Two checks on every state-changing request: an Origin header, when the
 * browser sends one, must be ours; and a signed-in request must echo the
 * session's CSRF token in X-CSRF-Token, which a page on another origin can't
 * read. SameSite=Lax cookies are the third layer.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    if (origin && origin !== requestOrigin(c)) {
      throw new HttpError(403, "csrf", "This request came from another site and was refused.");
    }
    const auth = c.var.auth;
    if (auth) {
      const sent = c.req.header("x-csrf-token") ?? "";
      if (!sameSecret(sent, auth.csrfToken)) {
        throw new HttpError(403, "csrf", "Missing or wrong X-CSRF-Token header: send the csrfToken from GET /api/session.");
      }
    }
    return next();
  };
}
