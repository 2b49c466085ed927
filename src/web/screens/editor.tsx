import type { EditorView } from "@codemirror/view";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Finding } from "../../core";
import { api } from "../api/client";
import type { DocumentWithRevision, LiveEvent } from "../api/types";
import { useEditorComments } from "../comments/margin";
import { CritiquePanel } from "../components/critique-panel";
import { DocHeader } from "../components/doc-header";
import { ExportMenu } from "../components/export-menu";
import { lazyScreen } from "../components/lazy";
import { OutlinePanel } from "../components/outline-panel";
import { ReviewWaitingBanner } from "../inbox/inbox";
import { ErrorBox, Loading, formatDateTime } from "../components/status";
import { sharedCritic } from "../critic/client";
import type { CritiqueResult } from "../critic/protocol";
import { Autosave, localBackups, type AutosaveState, type Backup } from "../editor/autosave";
import { createPrfaqEditor, replaceText, revealLine, revealRange } from "../editor/editor";
import { useAsync, useTitle } from "../hooks";
import { useDocumentEvents } from "../live";
import { useApp } from "../state";

const ConflictDialog = lazyScreen(() => import("../editor/conflict-dialog").then((m) => m.ConflictDialog));

function SaveStatus({ state, canEdit }: { state: AutosaveState | null; canEdit: boolean }) {
  if (!canEdit) return <span class="save-status">Read only: your role can't edit this document</span>;
  if (!state) return null;
  const text = {
    saved: `Saved as revision ${state.baseRevision}`,
    dirty: "Unsaved changes",
    saving: "Saving…",
    conflict: "Someone else saved: choose a version",
    offline: "Can't reach the server. Your text is kept in this browser; retrying…",
    error: `Not saved: ${state.error ?? "the server refused the save"}`,
  }[state.status];
  return (
    <span class={`save-status status-${state.status}`} role="status" data-testid="save-status">
      {text}
    </span>
  );
}

function RestoreBanner({ backup, onRestore, onDiscard }: { backup: Backup; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div class="banner" role="region" aria-label="Unsaved text">
      <p>
        This browser holds text you wrote on {formatDateTime(new Date(backup.savedAt).toISOString())} (on revision {backup.baseRevision}) that never
        reached the server.
      </p>
      <button type="button" class="primary" onClick={onRestore}>
        Restore it
      </button>
      <button type="button" onClick={onDiscard}>
        Discard it
      </button>
    </div>
  );
}

function EditorWorkspace({ initial, reloadSummary }: { initial: DocumentWithRevision; reloadSummary: () => Promise<void> }) {
  const { announce } = useApp();
  const { document: doc, revision, permissions } = initial;
  const host = useRef<HTMLDivElement>(null);
  const critiqueColumn = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [editorView, setEditorView] = useState<EditorView | null>(null);
  const autosave = useRef<Autosave | null>(null);
  const [saveState, setSaveState] = useState<AutosaveState | null>(null);
  const [critique, setCritique] = useState<Pick<CritiqueResult, "findings" | "verdict" | "outline"> & { shape: CritiqueResult["shape"] | null }>({
    findings: revision.critique.findings,
    verdict: revision.critique.verdict,
    outline: [],
    shape: null,
  });
  const [backup, setBackup] = useState<Backup | null>(() => {
    const stored = localBackups.read(doc.id);
    return stored && stored.text !== revision.text ? stored : null;
  });
  const [remoteNotice, setRemoteNotice] = useState<string | null>(null);
  const [critiqueError, setCritiqueError] = useState<string | null>(null);

  useEffect(() => {
    const saver = permissions.edit
      ? new Autosave({
          docId: doc.id,
          baseRevision: revision.number,
          savedText: revision.text,
          transport: {
            save: async (base, text) => {
              const { revision: saved } = await api.saveRevision(doc.id, base, text);
              return saved;
            },
          },
          onState: setSaveState,
        })
      : null;
    autosave.current = saver;
    if (saver) setSaveState(saver.snapshot);
    const editor = createPrfaqEditor({
      parent: host.current!,
      doc: revision.text,
      critic: sharedCritic(),
      label: "PR/FAQ text (Markdown)",
      readOnly: !permissions.edit,
      onChange: (text) => saver?.edit(text),
      onSave: () => void saver?.flush(),
      onCritique: (result) => {
        setCritique(result);
        setCritiqueError(null);
      },
      onCritiqueError: (err) => setCritiqueError(err.message),
    });
    view.current = editor;
    setEditorView(editor);
    const flushOnHide = () => {
      if (document.visibilityState === "hidden") void saver?.flush();
    };
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver?.hasUnsavedText) event.preventDefault();
    };
    document.addEventListener("visibilitychange", flushOnHide);
    window.addEventListener("beforeunload", warnBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", flushOnHide);
      window.removeEventListener("beforeunload", warnBeforeUnload);
      void saver?.flush().finally(() => saver.dispose());
      editor.destroy();
    };
    // The editor lives as long as this document is open; later revisions arrive through autosave and live events.
  }, [doc.id]);

  useDocumentEvents(doc.workspaceId, doc.id, async (event: LiveEvent) => {
    if (event.type === "revision") {
      const number = Number(event.revision);
      const saver = autosave.current;
      if (!saver) return;
      await saver.settled();
      if (saver.isOwnOrOlder(number)) return;
      const { revision: remote } = await api.revision(doc.id, number);
      // Our own save may have landed while the revision was fetched.
      if (saver.isOwnOrOlder(remote.number)) return void reloadSummary();
      if (saver.adoptRemote(remote.number, remote.text) && view.current) {
        replaceText(view.current, remote.text);
        announce(`${remote.author.name} saved revision ${remote.number}; the editor shows it now.`);
      } else {
        setRemoteNotice(`${remote.author.name} saved revision ${remote.number}. When your changes are saved you'll choose which text to keep.`);
      }
      void reloadSummary();
    } else if (event.type === "critique" || event.type === "document" || event.type === "decision" || event.type === "review") {
      // A saved revision's critique follows its save; the summary shows the readiness it gives.
      void reloadSummary();
    }
  });

  useEditorComments({
    view: editorView,
    workspaceId: doc.workspaceId,
    documentId: doc.id,
    revision: saveState?.baseRevision ?? revision.number,
    canComment: permissions.comment,
  });

  const reveal = (finding: Finding) => view.current && revealRange(view.current, finding.offset, finding.endOffset);
  const conflict = saveState?.conflict ?? null;

  return (
    <>
      <div class="editor-meta">
        <SaveStatus state={saveState} canEdit={permissions.edit} />
        <button
          type="button"
          class="narrow-only"
          onClick={() => {
            // On a phone the critique sits below a tall editor that takes the swipe; this is the way past it.
            critiqueColumn.current?.scrollIntoView({ block: "start" });
            critiqueColumn.current?.focus({ preventScroll: true });
          }}
        >
          Critique ({critique.findings.length})
        </button>
        {permissions.manage && <VisibilityToggle id={doc.id} visibility={doc.visibility} onChanged={reloadSummary} />}
        <ExportMenu documentId={doc.id} revision={saveState?.baseRevision ?? revision.number} latest={Math.max(saveState?.baseRevision ?? 0, initial.document.headRevision)} />
      </div>
      {!permissions.edit && <ReviewWaitingBanner documentId={doc.id} />}
      {backup && (
        <RestoreBanner
          backup={backup}
          onRestore={() => {
            autosave.current?.restoreFrom(backup.baseRevision);
            if (view.current) replaceText(view.current, backup.text);
            setBackup(null);
          }}
          onDiscard={() => {
            localBackups.clear(doc.id);
            setBackup(null);
          }}
        />
      )}
      {remoteNotice && !conflict && (
        <div class="banner" role="status">
          <p>{remoteNotice}</p>
          <button type="button" onClick={() => setRemoteNotice(null)}>
            OK
          </button>
        </div>
      )}
      <div class="editor-layout">
        <div class="outline-column">
          <OutlinePanel outline={critique.outline} onReveal={(line) => view.current && revealLine(view.current, line)} />
        </div>
        <div class="editor-column" ref={host} />
        <div class="critique-column" ref={critiqueColumn} tabIndex={-1} data-testid="critique-column">
          {critiqueError && (
            <div class="error-box" role="alert">
              Live critique paused: {critiqueError}. Your text is saved as usual; the findings shown are from the last check that worked.
            </div>
          )}
          <CritiquePanel findings={critique.findings} verdict={critique.verdict} shape={critique.shape} onReveal={reveal} />
        </div>
      </div>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          onChoose={(text, choice) => {
            if (view.current && text !== view.current.state.doc.toString()) replaceText(view.current, text);
            void autosave.current?.resolveConflict(text);
            setRemoteNotice(null);
            announce(choice === "theirs" ? `You took revision ${conflict.theirs.number}.` : "Your version is being saved on top of theirs.");
          }}
        />
      )}
    </>
  );
}

function VisibilityToggle({ id, visibility, onChanged }: { id: string; visibility: "workspace" | "private"; onChanged: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = visibility === "private" ? "workspace" : "private";
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await api.updateDocument(id, { visibility: next });
            await onChanged();
            setError(null);
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        {visibility === "private" ? "Share with the workspace" : "Make private"}
      </button>
      {error !== null && <ErrorBox error={error} />}
    </>
  );
}

export function EditorScreen({ id }: { id: string }) {
  const loaded = useAsync(() => api.document(id), [id]);
  const [summary, setSummary] = useState(loaded.data?.document);
  useEffect(() => setSummary(loaded.data?.document), [loaded.data]);
  useTitle(summary?.title ?? "Editor");
  const reloadSummary = useMemo(
    () => async () => {
      try {
        setSummary((await api.document(id)).document);
      } catch {
        // The header keeps the last known state; the editor itself is unaffected.
      }
    },
    [id],
  );
  if (loaded.error) return <ErrorBox error={loaded.error} title="This document didn't open." />;
  if (!loaded.data || !summary) return <Loading what="the document" />;
  return (
    <section class="page wide">
      <DocHeader document={summary} tab="write" />
      <EditorWorkspace key={id} initial={loaded.data} reloadSummary={reloadSummary} />
    </section>
  );
}
