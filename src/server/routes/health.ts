import { Hono } from "hono";
import type { AppEnv } from "../context";
import { SERVER_VERSION } from "../paths";

export const healthRoutes = new Hono<AppEnv>().get("/health", async (c) => {
  const { database } = c.var.services;
  return c.json({ status: "ok", database: database.kind, schemaVersion: await database.schemaVersion(), version: SERVER_VERSION });
});
