import { Hono } from "hono";
import type { AppEnv } from "../context";
import { requireAuth } from "../services/access";
import { addReply, commentView, resolveComment } from "../services/comments";
import { readJsonObject, requireString } from "../validate";
import { invalid } from "../errors";

export const commentRoutes = new Hono<AppEnv>()
  .post("/:id/replies", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    const reply = await addReply(c.var.services, c.req.param("id"), auth, requireString(body, "body"));
    return c.json({ reply }, 201);
  })
  .post("/:id/resolve", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    if (typeof body.resolved !== "boolean") throw invalid("resolved", '"resolved" must be true or false.');
    const { access, comment } = await resolveComment(c.var.services, c.req.param("id"), auth, body.resolved);
    return c.json({ comment: await commentView(c.var.services.database.db, access, auth.user.id, comment.id, access.doc.head_revision) });
  });
