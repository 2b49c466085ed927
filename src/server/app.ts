import { Hono } from "hono";
import type { AppEnv, Services } from "./context";
import { HttpError } from "./errors";
import { logFailure } from "./log";
import { requestSizeLimit } from "./middleware/body-limit";
import { csrfProtection } from "./middleware/csrf";
import { securityHeaders } from "./middleware/security-headers";
import { rejectNulInUrl } from "./middleware/url-text";
import { sessionLoader } from "./middleware/session";
import { commentRoutes } from "./routes/comments";
import { documentRoutes } from "./routes/documents";
import { documentActivityRoutes } from "./routes/document-activity";
import { healthRoutes } from "./routes/health";
import { exportRoutes } from "./routes/exports";
import { invitationRoutes } from "./routes/invitations";
import { reviewRequestRoutes } from "./routes/review-requests";
import { reviewRoutes } from "./routes/reviews";
import { sessionRoutes } from "./routes/session";
import { workspaceInsightRoutes } from "./routes/workspace-insights";
import { workspaceRoutes } from "./routes/workspaces";
import { webApp } from "./web/static";

/**
 * The whole HTTP surface: a web-standard Hono app, so it can be driven
 * in-process by tests (`app.request(...)`) as well as served on Node.
 */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use("*", securityHeaders());
  app.use("*", async (c, next) => {
    c.set("services", services);
    await next();
  });
  app.use("*", rejectNulInUrl());
  app.use("*", requestSizeLimit(services.settings.limits.bodyBytes));
  app.use("*", sessionLoader());
  app.use("/api/*", csrfProtection());

  const api = new Hono<AppEnv>();
  api.route("/", healthRoutes);
  api.route("/", sessionRoutes);
  api.route("/invitations", invitationRoutes);
  api.route("/workspaces", workspaceRoutes);
  api.route("/workspaces", workspaceInsightRoutes);
  api.route("/workspaces", reviewRequestRoutes);
  api.route("/documents", documentRoutes);
  api.route("/documents", documentActivityRoutes);
  api.route("/documents", exportRoutes);
  api.route("/reviews", reviewRoutes);
  api.route("/comments", commentRoutes);
  app.route("/api", api);

  app.use("*", webApp());

  app.notFound((c) => c.json({ error: { code: "not_found", message: `No API route ${c.req.method} ${c.req.path}.` } }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) {
      for (const [name, value] of Object.entries(err.options.headers ?? {})) c.header(name, value);
      return c.json(err.toBody(), err.status);
    }
    logFailure(`${c.req.method} ${c.req.path} failed`, err);
    return c.json({ error: { code: "internal", message: "Something went wrong on the server. It has been logged; please try again." } }, 500);
  });
  return app;
}
