import { Hono } from "hono";
import type { AppEnv } from "../context";
import { startSession } from "../middleware/session";
import { acceptInvitation, previewInvitation } from "../services/invitations";
import { readJsonObject, requireString } from "../validate";
import { clientAddress, sessionBody } from "./session";

/**
 * What the holder of an invitation link can do: see what it invites to, and
 * accept it. The token travels in the body, not the URL, so it stays out of
 * logs.
 */
export const invitationRoutes = new Hono<AppEnv>()
  .post("/preview", async (c) => {
    const body = await readJsonObject(c);
    return c.json(await previewInvitation(c.var.services.database.db, requireString(body, "token", { max: 200 })));
  })
  .post("/accept", async (c) => {
    const body = await readJsonObject(c);
    const token = requireString(body, "token", { max: 200 });
    const { database } = c.var.services;
    const accepted = await acceptInvitation(c.var.services, token, c.var.auth);
    if (c.var.auth) return c.json({ ...(await sessionBody(database.db, c.var.auth)), workspaceId: accepted.workspaceId });
    const { csrfToken } = await startSession(c, accepted.user.id, { method: "invitation", ip: clientAddress(c) });
    const user = { id: accepted.user.id, name: accepted.user.name, email: accepted.user.email, hasPassword: accepted.user.password_hash !== null, needsName: accepted.user.name_pending === 1 };
    return c.json({ ...(await sessionBody(database.db, { user, csrfToken })), workspaceId: accepted.workspaceId });
  });
