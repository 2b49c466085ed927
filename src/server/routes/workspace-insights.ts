import { Hono } from "hono";
import type { AppEnv } from "../context";
import { invalid } from "../errors";
import { eventStream } from "../events/sse";
import { eventVisibleTo } from "../events/visibility";
import { requireAuth, requireRole, workspaceAccess } from "../services/access";
import { auditEntriesVisibleTo } from "../services/audit";
import { portfolioOf } from "../services/portfolio";
import { refOf, userRefs } from "../services/views";

/** Read-mostly views over a whole workspace: the portfolio, the audit log and its live events. */
export const workspaceInsightRoutes = new Hono<AppEnv>()
  .get("/:ws/portfolio", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const { workspace } = await workspaceAccess(db, c.req.param("ws"), auth.user.id);
    return c.json(await portfolioOf(db, workspace.id, auth.user.id));
  })
  .get("/:ws/audit", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await workspaceAccess(db, c.req.param("ws"), auth.user.id);
    requireRole(access, "owner", "read the audit log");
    const limitText = c.req.query("limit") ?? "100";
    const beforeText = c.req.query("before");
    if (!/^\d{1,4}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 1000) throw invalid("limit", "limit must be between 1 and 1000.");
    if (beforeText !== undefined && !/^\d{1,12}$/.test(beforeText)) throw invalid("before", "before must be the `next` value of a previous page.");
    const limit = Number(limitText);
    let query = db.selectFrom("audit_log").selectAll().where("workspace_id", "=", access.workspace.id).orderBy("id", "desc").limit(limit + 1);
    if (beforeText !== undefined) query = query.where("id", "<", Number(beforeText));
    const rows = await query.execute();
    const page = await auditEntriesVisibleTo(db, rows.slice(0, limit), auth.user.id);
    const refs = await userRefs(
      db,
      page.map((r) => r.actor_id),
    );
    return c.json({
      entries: page.map((r) => ({
        id: Number(r.id),
        at: r.at,
        actor: r.actor_id ? refOf(refs, r.actor_id) : null,
        action: r.action,
        target: r.target_type && r.target_id ? { type: r.target_type, id: r.target_id } : null,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
      })),
      next: rows.length > limit ? String(rows[limit - 1].id) : null,
    });
  })
  .get("/:ws/events", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const { workspace } = await workspaceAccess(db, c.req.param("ws"), auth.user.id);
    return eventStream(c, {
      workspaceId: workspace.id,
      documentId: null,
      maySee: async (event) => {
        if (!event.documentId && !(await workspaceAccess(db, workspace.id, auth.user.id).then(() => true, () => false))) return false;
        return eventVisibleTo(db, event, auth.user.id);
      },
    });
  });
