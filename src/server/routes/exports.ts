import { Hono } from "hono";
import type { AppEnv } from "../context";
import { invalid } from "../errors";
import { documentAccess, requireAuth } from "../services/access";
import { EXPORT_FORMATS, exportRevision, type ExportFormat } from "../services/export";
import { positiveIntegerParam } from "../validate";

/** Any revision as Markdown, HTML, Word or PDF, with the decision record and, on request, the comments. */
export const exportRoutes = new Hono<AppEnv>().get("/:id/revisions/:number/export", async (c) => {
  const auth = requireAuth(c.var.auth);
  const { db } = c.var.services.database;
  const access = await documentAccess(db, c.req.param("id"), auth.user.id);
  const format = c.req.query("format") ?? "md";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw invalid("format", `format must be one of ${EXPORT_FORMATS.join(", ")}.`);
  const comments = c.req.query("comments");
  if (comments !== undefined && comments !== "0" && comments !== "1") throw invalid("comments", "comments must be 1 (add them as an appendix) or 0.");
  const file = await exportRevision(db, access, auth.user.id, {
    revision: positiveIntegerParam(c.req.param("number"), "revision"),
    format: format as ExportFormat,
    comments: comments === "1",
    today: new Date().toISOString().slice(0, 10),
  });
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` });
});
