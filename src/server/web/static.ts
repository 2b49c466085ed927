import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { Context, MiddlewareHandler } from "hono";
import { redeemSignInToken } from "../auth/sessions";
import type { AppEnv } from "../context";
import { HTML_CSP } from "../middleware/security-headers";
import { startSession } from "../middleware/session";
import { HttpError } from "../errors";
import { userByEmail } from "../services/accounts";
import { acceptInvitation, usableInvitation } from "../services/invitations";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>prfaq workspace</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The prfaq workspace is running</h1>
<p>The web app isn't built yet, so there is nothing to show here. Build it with <code>npm run build</code> and reload this page.</p>
<p>The JSON API is up: see <a href="/api/health">/api/health</a> and <code>docs/api.md</code>.</p>
</body></html>`;

/** A file under root for a URL path, or null; never escapes root (no `..`). */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    return statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function htmlResponse(c: Context<AppEnv>, html: string | Buffer, status: 200 = 200) {
  c.header("Content-Security-Policy", HTML_CSP);
  c.header("Cache-Control", "no-cache");
  return c.body(typeof html === "string" ? html : new Uint8Array(html), status, { "Content-Type": "text/html; charset=utf-8" });
}

/**
 * An invitation link. For an address with no account, opening it in a
 * browser that is not signed in makes the account, joins the one workspace
 * and signs in. Otherwise it changes nothing: the app asks the invited
 * account to sign in and accept (a plain GET must not join anyone to anything).
 */
async function invitationLink(c: Context<AppEnv>, token: string) {
  const { db } = c.var.services.database;
  c.header("Cache-Control", "no-store");
  const invitation = await usableInvitation(db, token).catch(() => null);
  if (!invitation) return c.redirect("/?signin=failed", 303);
  if (c.var.auth || (await userByEmail(db, invitation.email))) return c.redirect(`/?invitation=${encodeURIComponent(token)}`, 303);
  try {
    const accepted = await acceptInvitation(c.var.services, token, null);
    await startSession(c, accepted.user.id, { method: "invitation" });
    return c.redirect("/", 303);
  } catch (err) {
    if (err instanceof HttpError && err.status === 409) return c.redirect(`/?invitation=${encodeURIComponent(token)}`, 303);
    if (err instanceof HttpError) return c.redirect("/?signin=failed", 303);
    throw err;
  }
}

/**
 * Everything outside /api: one-time sign-in links (`/?token=…`), the built
 * web app from dist/web, and index.html for client-side routes.
 */
export function webApp(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith("/api/") || c.req.path === "/api" || (c.req.method !== "GET" && c.req.method !== "HEAD")) return next();
    const url = new URL(c.req.url);
    const token = url.searchParams.get("token");
    if (token) {
      const { db } = c.var.services.database;
      const userId = await redeemSignInToken(db, token);
      url.searchParams.delete("token");
      if (!userId) return invitationLink(c, token);
      await startSession(c, userId, { method: "link" });
      c.header("Cache-Control", "no-store");
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const root = c.var.services.settings.webRoot;
    const index = root ? join(root, "index.html") : null;
    if (!root || !index || !existsSync(index)) return htmlResponse(c, NOT_BUILT_PAGE);
    const file = c.req.path === "/" ? null : fileUnder(root, c.req.path);
    if (!file || extname(file) === ".html") return htmlResponse(c, readFileSync(file ?? index));
    const type = MIME[extname(file)] ?? "application/octet-stream";
    // Vite puts content hashes in asset names, so those can be cached for good.
    const cache = c.req.path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(new Uint8Array(readFileSync(file)), 200, { "Content-Type": type, "Cache-Control": cache });
  };
}
