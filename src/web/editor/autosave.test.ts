import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { Autosave, type AutosaveState, type Backup, type BackupStore } from "./autosave";

interface PendingSave {
  base: number;
  text: string;
  resolve: (number: number) => void;
  reject: (err: unknown) => void;
}

function memoryBackups(): BackupStore & { data: Map<string, Backup> } {
  const data = new Map<string, Backup>();
  return { data, read: (id) => data.get(id) ?? null, write: (id, b) => void data.set(id, b), clear: (id) => void data.delete(id) };
}

function setup(options: { base?: number; text?: string } = {}) {
  const saves: PendingSave[] = [];
  const states: AutosaveState[] = [];
  const backups = memoryBackups();
  const autosave = new Autosave({
    docId: "doc_1",
    baseRevision: options.base ?? 3,
    savedText: options.text ?? "v3",
    idleMs: 1000,
    maxWaitMs: 5000,
    retryMs: 2000,
    backups,
    transport: {
      save: (base, text) =>
        new Promise((resolve, reject) => saves.push({ base, text, resolve: (number) => resolve({ number }), reject })),
    },
    onState: (s) => states.push(s),
  });
  return { autosave, saves, states, backups, last: () => states[states.length - 1] };
}

const stale = (number: number, text: string) =>
  new ApiError(409, "stale_revision", "Revision 4 was saved by Sam after revision 3.", {
    error: { code: "stale_revision", message: "…" },
    current: { number, id: `rev_${number}`, text, author: { id: "usr_sam", name: "Sam" }, createdAt: "2027-06-01T10:00:00.000Z" },
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Autosave", () => {
  it("saves after a pause, on the revision it started from, and keeps a local copy until the server has it", async () => {
    const { autosave, saves, backups, last } = setup();
    autosave.edit("v3 plus");
    expect(last().status).toBe("dirty");
    expect(backups.data.get("doc_1")?.text).toBe("v3 plus");
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([expect.objectContaining({ base: 3, text: "v3 plus" })]);
    expect(last().status).toBe("saving");
    saves[0].resolve(4);
    await vi.runAllTicks();
    await Promise.resolve();
    expect(last()).toMatchObject({ status: "saved", baseRevision: 4 });
    expect(backups.data.has("doc_1")).toBe(false);
  });

  it("saves edits made during a save afterwards, on the new revision", async () => {
    const { autosave, saves, last } = setup();
    autosave.edit("a");
    await vi.advanceTimersByTimeAsync(1000);
    autosave.edit("ab");
    saves[0].resolve(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe("dirty");
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves[1]).toMatchObject({ base: 4, text: "ab" });
  });

  it("doesn't wait forever while the author keeps typing", async () => {
    const { autosave, saves } = setup();
    for (let i = 0; i < 12; i++) {
      autosave.edit(`typing ${i}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(saves.length).toBe(1);
    expect(saves[0].text).toMatch(/^typing \d+$/);
  });

  it("holds a conflict with both texts and saves nothing until the author chooses", async () => {
    const { autosave, saves, last, backups } = setup();
    autosave.edit("mine");
    await vi.advanceTimersByTimeAsync(1000);
    autosave.edit("mine, still typing");
    saves[0].reject(stale(4, "theirs"));
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe("conflict");
    expect(last().conflict).toMatchObject({ mine: "mine, still typing", theirs: { number: 4, text: "theirs" } });
    autosave.edit("mine, typed behind the dialog");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toHaveLength(1);
    expect(backups.data.get("doc_1")?.text).toBe("mine, still typing");

    const resolved = autosave.resolveConflict("theirs + mine");
    expect(saves[1]).toMatchObject({ base: 4, text: "theirs + mine" });
    saves[1].resolve(5);
    await resolved;
    expect(last()).toMatchObject({ status: "saved", baseRevision: 5, conflict: null });
  });

  it("takes their text without a save when the author chooses it", async () => {
    const { autosave, saves, last } = setup();
    autosave.edit("mine");
    await vi.advanceTimersByTimeAsync(1000);
    saves[0].reject(stale(4, "theirs"));
    await vi.advanceTimersByTimeAsync(0);
    await autosave.resolveConflict("theirs");
    expect(saves).toHaveLength(1);
    expect(last()).toMatchObject({ status: "saved", baseRevision: 4 });
    expect(autosave.hasUnsavedText).toBe(false);
  });

  it("keeps the text and retries when the server can't be reached", async () => {
    const { autosave, saves, last, backups } = setup();
    autosave.edit("offline words");
    await vi.advanceTimersByTimeAsync(1000);
    saves[0].reject(new ApiError(0, "network", "Can't reach the prfaq server.", null));
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe("offline");
    expect(backups.data.get("doc_1")?.text).toBe("offline words");
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves[1]).toMatchObject({ base: 3, text: "offline words" });
  });

  it("takes someone else's revision only when nothing here is unsaved", async () => {
    const clean = setup();
    expect(clean.autosave.adoptRemote(4, "theirs")).toBe(true);
    expect(clean.last().baseRevision).toBe(4);
    expect(clean.autosave.adoptRemote(4, "again")).toBe(false);

    const dirty = setup();
    dirty.autosave.edit("mine");
    expect(dirty.autosave.adoptRemote(4, "theirs")).toBe(false);
  });

  it("restores a backup on the revision it was written on, so a newer revision surfaces as a conflict", async () => {
    const { autosave, saves } = setup({ base: 6, text: "v6" });
    autosave.restoreFrom(4);
    autosave.edit("written on v4");
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves[0]).toMatchObject({ base: 4, text: "written on v4" });
  });

  it("saves at once on flush", async () => {
    const { autosave, saves } = setup();
    autosave.edit("now");
    const flushed = autosave.flush();
    expect(saves).toHaveLength(1);
    saves[0].resolve(4);
    await flushed;
  });

  it("tells its own save from someone else's even when the save's live event arrives before its answer", async () => {
    const { autosave, saves } = setup();
    autosave.edit("v3 and more");
    await vi.advanceTimersByTimeAsync(1000);
    // The event for revision 4 is here; the answer to the save isn't yet.
    expect(autosave.isOwnOrOlder(4)).toBe(false);
    let settled = false;
    const waiting = autosave.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    saves[0].resolve(4);
    await waiting;
    expect(autosave.isOwnOrOlder(4)).toBe(true);
    expect(autosave.isOwnOrOlder(5)).toBe(false);
  });
});
