import { Hono } from "hono";
import type { AppEnv } from "../context";
import { requireAuth, workspaceAccess } from "../services/access";
import { reviewsWaitingOn } from "../services/review-requests";

/**
 * The reviewer's inbox: reviews asked of you that wait on you. Starting a
 * review with named reviewers is the request; the workspace's event stream
 * tells the inbox when to look again.
 */
export const reviewRequestRoutes = new Hono<AppEnv>().get("/:ws/inbox", async (c) => {
  const auth = requireAuth(c.var.auth);
  const { db } = c.var.services.database;
  const { workspace } = await workspaceAccess(db, c.req.param("ws"), auth.user.id);
  return c.json({ requests: await reviewsWaitingOn(db, workspace.id, auth.user.id) });
});
