import { ApiError } from "../api/client";
import type { StaleRevisionBody } from "../api/types";

export type SaveStatus = "saved" | "dirty" | "saving" | "conflict" | "offline" | "error";

export interface Conflict {
  /** The revision someone else saved after the one these edits started from. */
  theirs: StaleRevisionBody["current"];
  /** The text in this editor when the conflict was found. */
  mine: string;
}

export interface AutosaveState {
  status: SaveStatus;
  baseRevision: number;
  conflict: Conflict | null;
  error: string | null;
  lastSavedAt: number | null;
}

export interface SaveTransport {
  save(baseRevision: number, text: string): Promise<{ number: number }>;
}

export interface Backup {
  baseRevision: number;
  text: string;
  savedAt: number;
}

/** Where unsaved text waits until the server has it. localStorage in the browser. */
export interface BackupStore {
  read(docId: string): Backup | null;
  write(docId: string, backup: Backup): void;
  clear(docId: string): void;
}

export const localBackups: BackupStore = {
  read(docId) {
    try {
      const raw = localStorage.getItem(`prfaq.unsaved.${docId}`);
      return raw ? (JSON.parse(raw) as Backup) : null;
    } catch {
      return null;
    }
  },
  write(docId, backup) {
    try {
      localStorage.setItem(`prfaq.unsaved.${docId}`, JSON.stringify(backup));
    } catch {
      // Storage full or disabled: the server copy is all we have, so keep saving.
    }
  },
  clear(docId) {
    try {
      localStorage.removeItem(`prfaq.unsaved.${docId}`);
    } catch {
      // Nothing to clear.
    }
  },
};

export interface AutosaveOptions {
  docId: string;
  baseRevision: number;
  /** The text of `baseRevision`. */
  savedText: string;
  transport: SaveTransport;
  backups?: BackupStore;
  /** Quiet time after the last keystroke before saving. */
  idleMs?: number;
  /** Longest time edits wait while the author keeps typing. */
  maxWaitMs?: number;
  retryMs?: number;
  onState: (state: AutosaveState) => void;
}

function isStale(err: unknown): err is ApiError & { body: StaleRevisionBody } {
  return err instanceof ApiError && err.status === 409 && err.code === "stale_revision" && !!(err.body as StaleRevisionBody | null)?.current;
}

/**
 * Saves the editor's text as new revisions. Every save names the revision it
 * builds on; when someone else saved in between, the server refuses (409) and
 * the conflict is held until the author chooses a text. Until the server has
 * a text, a copy waits in local storage, so closing the tab loses nothing.
 */
export class Autosave {
  private base: number;
  /** The text of `base`; null when it isn't known here (a restored backup), so any text counts as unsaved. */
  private savedText: string | null;
  private current: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstUnsavedEditAt: number | null = null;
  private inFlight: Promise<void> | null = null;
  private state: AutosaveState;
  private readonly backups: BackupStore;
  private disposed = false;
  /** Revisions this editor saved itself, so their live events aren't mistaken for someone else's. */
  private readonly savedHere = new Set<number>();

  constructor(private readonly options: AutosaveOptions) {
    this.base = options.baseRevision;
    this.savedText = options.savedText;
    this.current = options.savedText;
    this.backups = options.backups ?? localBackups;
    this.state = { status: "saved", baseRevision: this.base, conflict: null, error: null, lastSavedAt: null };
  }

  get snapshot(): AutosaveState {
    return this.state;
  }

  get hasUnsavedText(): boolean {
    return this.current !== this.savedText;
  }

  /** Call on every change of the editor's text. */
  edit(text: string): void {
    this.current = text;
    if (this.state.status === "conflict") return;
    if (text === this.savedText) {
      this.clearTimer();
      this.backups.clear(this.options.docId);
      if (!this.inFlight) this.update({ status: "saved" });
      return;
    }
    this.backups.write(this.options.docId, { baseRevision: this.base, text, savedAt: Date.now() });
    if (!this.inFlight) this.update({ status: "dirty", error: null });
    this.schedule();
  }

  /** Saves now (leaving the page, switching screens). Resolves when the server has answered. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.hasUnsavedText && this.state.status !== "conflict") await this.save();
  }

  /**
   * The author chose a text after a conflict: theirs as it was, or their own
   * (possibly with parts of theirs pulled in). It is saved on top of theirs.
   */
  resolveConflict(text: string): Promise<void> {
    const conflict = this.state.conflict;
    if (!conflict) return Promise.resolve();
    this.base = conflict.theirs.number;
    this.savedText = conflict.theirs.text;
    this.current = text;
    this.update({ status: text === this.savedText ? "saved" : "dirty", conflict: null, baseRevision: this.base, error: null });
    if (text === this.savedText) {
      this.backups.clear(this.options.docId);
      return Promise.resolve();
    }
    this.backups.write(this.options.docId, { baseRevision: this.base, text, savedAt: Date.now() });
    return this.save();
  }

  /** Resolves once no save is on its way, so a live event can be told apart from this editor's own save. */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
  }

  /**
   * True when revision `number` came from this editor, or is no newer than
   * the text it already holds. The server announces a save on the event
   * stream before its answer reaches this tab, so ask after `settled()`.
   */
  isOwnOrOlder(number: number): boolean {
    return this.savedHere.has(number) || number <= this.base;
  }

  /**
   * Someone else saved revision `number`. With nothing unsaved here, the
   * editor can simply take it (returns true); otherwise the next save will
   * meet the conflict and ask.
   */
  adoptRemote(number: number, text: string): boolean {
    if (number <= this.base) return false;
    if (this.hasUnsavedText || this.inFlight || this.state.status === "conflict") return false;
    this.base = number;
    this.savedText = text;
    this.current = text;
    this.update({ status: "saved", baseRevision: number });
    return true;
  }

  /**
   * Restoring text written on an older revision: the next save names that
   * revision, so if the document moved on since, the author sees the conflict
   * instead of silently overwriting the newer text.
   */
  restoreFrom(baseRevision: number): void {
    if (baseRevision < this.base) {
      this.base = baseRevision;
      this.savedText = null;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(): void {
    const { idleMs = 2000, maxWaitMs = 30000 } = this.options;
    this.firstUnsavedEditAt ??= Date.now();
    const untilMax = maxWaitMs - (Date.now() - this.firstUnsavedEditAt);
    this.clearTimer();
    this.timer = setTimeout(() => void this.save(), Math.max(0, Math.min(idleMs, untilMax)));
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private save(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.state.status === "conflict" || this.disposed) return Promise.resolve();
    const text = this.current;
    if (text === this.savedText) {
      this.update({ status: "saved" });
      return Promise.resolve();
    }
    this.clearTimer();
    this.firstUnsavedEditAt = null;
    this.update({ status: "saving" });
    this.inFlight = this.options.transport.save(this.base, text).then(
      (revision) => {
        this.inFlight = null;
        this.savedHere.add(revision.number);
        this.base = revision.number;
        this.savedText = text;
        if (this.current !== text) {
          this.backups.write(this.options.docId, { baseRevision: this.base, text: this.current, savedAt: Date.now() });
          this.update({ status: "dirty", baseRevision: this.base, lastSavedAt: Date.now() });
          this.schedule();
        } else {
          this.backups.clear(this.options.docId);
          this.update({ status: "saved", baseRevision: this.base, lastSavedAt: Date.now(), error: null });
        }
      },
      (err: unknown) => {
        this.inFlight = null;
        if (isStale(err)) {
          this.update({ status: "conflict", conflict: { theirs: err.body.current, mine: this.current }, error: null });
        } else if (err instanceof ApiError && (err.status === 0 || err.status >= 500)) {
          this.update({ status: "offline", error: err.message });
          this.clearTimer();
          this.timer = setTimeout(() => void this.save(), this.options.retryMs ?? 5000);
        } else {
          this.update({ status: "error", error: err instanceof Error ? err.message : String(err) });
        }
      },
    );
    return this.inFlight;
  }

  private update(patch: Partial<AutosaveState>): void {
    this.state = { ...this.state, ...patch };
    if (!this.disposed) this.options.onState(this.state);
  }
}
