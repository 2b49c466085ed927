import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Client, createTestDatabase, localWorkspace, SAMPLE, startOn } from "./helpers";

/** The backup and restore recipes in the README, run for real against a live server. */
describe("backup and restore as the README describes them", () => {
  it.runIf(existsSync("/usr/bin/sqlite3"))("SQLite: an online .backup restores into a working workspace", async () => {
    const db = await createTestDatabase("sqlite");
    const restored = await createTestDatabase("sqlite");
    const server = await startOn(db);
    try {
      const ws = await localWorkspace(server);
      const created = await ws.owner.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
      await ws.owner.client.post(`/api/documents/${created.body.document.id}/revisions`, { baseRevision: 1, text: SAMPLE + "\nv2\n" });
      // While the server runs: sqlite3 .prfaq/prfaq.sqlite ".backup 'prfaq-backup.sqlite'"
      const backup = join(db.dataDir, "prfaq-backup.sqlite");
      execFileSync("sqlite3", [join(db.dataDir, "prfaq.sqlite"), `.backup '${backup}'`]);
      execFileSync("cp", [backup, join(restored.dataDir, "prfaq.sqlite")]);
      const second = await startOn(restored);
      try {
        const client = new Client(second.url);
        await client.signInWithLink(second.signInUrl!);
        const doc = await client.get<{ document: { headRevision: number } }>(`/api/documents/${created.body.document.id}`);
        expect(doc.body.document.headRevision).toBe(2);
      } finally {
        await second.close();
      }
    } finally {
      await server.close();
      await db.drop();
      await restored.drop();
    }
  });

  it.runIf(existsSync("/usr/bin/pg_dump"))("PostgreSQL: pg_dump -Fc and pg_restore into a new database", async () => {
    const db = await createTestDatabase("postgres");
    const restored = await createTestDatabase("postgres");
    const server = await startOn(db);
    try {
      const ws = await localWorkspace(server);
      const created = await ws.owner.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
      await ws.owner.client.post(`/api/documents/${created.body.document.id}/comments`, { revision: 1, anchor: null, body: "kept" });
      const dump = join(db.dataDir, "prfaq.dump");
      execFileSync("pg_dump", ["-Fc", "-f", dump, db.database!]);
      execFileSync("pg_restore", ["--no-owner", "-d", restored.database!, dump]);
      const second = await startOn(restored);
      try {
        const client = new Client(second.url);
        await client.signInWithLink(second.signInUrl!);
        const comments = await client.get<{ comments: { body: string }[] }>(`/api/documents/${created.body.document.id}/comments`);
        expect(comments.body.comments.map((c) => c.body)).toEqual(["kept"]);
        // Event ids keep counting after the restore: the sequence came along.
        expect((await client.post(`/api/documents/${created.body.document.id}/comments`, { revision: 1, anchor: null, body: "after" })).status).toBe(201);
      } finally {
        await second.close();
      }
    } finally {
      await server.close();
      await db.drop();
      await restored.drop();
    }
  });
});
