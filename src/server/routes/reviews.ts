import { Hono } from "hono";
import type { AppEnv } from "../context";
import { requireAuth } from "../services/access";
import { changePhase, giveVerdict, markRead, reviewAccess, reviewView } from "../services/reviews";
import { optionalString, readJsonObject, requireOneOf } from "../validate";

export const reviewRoutes = new Hono<AppEnv>()
  .get("/:id", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const { review } = await reviewAccess(db, c.req.param("id"), auth.user.id);
    return c.json({ review: await reviewView(db, review.id, auth.user.id) });
  })
  .post("/:id/read", async (c) => {
    const auth = requireAuth(c.var.auth);
    await markRead(c.var.services, c.req.param("id"), auth);
    return c.json({ review: await reviewView(c.var.services.database.db, c.req.param("id"), auth.user.id) });
  })
  .post("/:id/phase", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    const phase = requireOneOf(body, "phase", ["discussion", "closed"] as const);
    await changePhase(c.var.services, c.req.param("id"), auth, phase);
    return c.json({ review: await reviewView(c.var.services.database.db, c.req.param("id"), auth.user.id) });
  })
  .put("/:id/verdict", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    const verdict = requireOneOf(body, "verdict", ["proceed", "revise", "kill"] as const);
    const note = optionalString(body, "note", { trim: true, max: 10_000 });
    await giveVerdict(c.var.services, c.req.param("id"), auth, verdict, note);
    return c.json({ review: await reviewView(c.var.services.database.db, c.req.param("id"), auth.user.id) });
  });
