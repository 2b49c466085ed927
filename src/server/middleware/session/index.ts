import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { createSession, loadSession, SESSION_COOKIE, SESSION_TTL_MS } from "../../auth/sessions";
import type { AppEnv } from "../../context";
import { audit } from "../../services/audit";

/** Loads the signed-in user (if any) from the session cookie; the session itself lives in the database. */
export function sessionLoader(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set("auth", token ? await loadSession(c.var.services.database.db, token) : null);
    await next();
  };
}

/** Whether the browser reached us over HTTPS, directly or through a trusted proxy. */
export function isHttps(c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  const settings = c.var.services.settings;
  if (settings.trustProxy && c.req.header("x-forwarded-proto")?.split(",")[0].trim() === "https") return true;
  return settings.publicUrl.startsWith("https:");
}

/** Creates a session (and its audit entry, in one transaction) and sets the cookie. */
export async function startSession(c: Context<AppEnv>, userId: string, detail: Record<string, unknown>): Promise<{ csrfToken: string }> {
  const { token, csrfToken } = await c.var.services.database.transaction(async (trx) => {
    const created = await createSession(trx, userId);
    await audit(trx, { workspaceId: null, actorId: userId, action: "session.create", detail });
    return created;
  });
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", path: "/", secure: isHttps(c), maxAge: Math.floor(SESSION_TTL_MS / 1000) });
  return { csrfToken };
}

export function endSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}
