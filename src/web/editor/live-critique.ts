import { forEachDiagnostic, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { ChangeSet, type EditorState, type Text } from "@codemirror/state";
import { EditorView, ViewPlugin, type PluginValue, type ViewUpdate } from "@codemirror/view";
import type { Finding } from "../../core";
import type { CriticClient } from "../critic/client";
import type { CritiqueResult } from "../critic/protocol";

export interface LiveCritiqueOptions {
  critic: CriticClient;
  /** Called with each critique once its findings are on screen. */
  onCritique?: (result: CritiqueResult, timing: { requestedAt: number; appliedAt: number }) => void;
  /** The critic failed on the current text; typing carries on, and the next change tries again. */
  onCritiqueError?: (error: Error) => void;
}

function severityOf(finding: Finding): Diagnostic["severity"] {
  return finding.severity;
}

/** The hover card: the critic's question first, because that is what the author should answer. */
function renderFinding(finding: Finding): () => Node {
  return () => {
    const box = document.createElement("div");
    box.className = "finding-card";
    const question = document.createElement("p");
    question.className = "finding-question";
    question.textContent = finding.question;
    const message = document.createElement("p");
    message.className = "finding-message";
    message.textContent = finding.message;
    const rule = document.createElement("p");
    rule.className = "finding-rule";
    rule.textContent = `${finding.category} · ${finding.ruleId}`;
    box.append(question, message, rule);
    return box;
  };
}

/** The finding each diagnostic shows, to tell two diagnostics with the same words from different rules apart. */
const findingOf = new WeakMap<Diagnostic, Finding>();

export function diagnosticsFor(findings: Finding[], doc: Text, changes: ChangeSet | null): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const length = changes ? changes.length : doc.length;
  for (const f of findings) {
    let from = Math.min(f.offset, length);
    let to = Math.min(Math.max(f.endOffset, from), length);
    if (changes) {
      from = changes.mapPos(from, 1);
      to = Math.max(from, changes.mapPos(to, -1));
    }
    const diagnostic: Diagnostic = {
      from,
      to,
      severity: severityOf(f),
      message: `${f.question} — ${f.message}`,
      renderMessage: renderFinding(f),
      markClass: `finding-${f.category}`,
    };
    findingOf.set(diagnostic, f);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** Position first, then words and rule, so findings over one range (several missing questions at one heading) line up. */
function byPlaceAndWords(a: Diagnostic, b: Diagnostic): number {
  const ruleA = findingOf.get(a)?.ruleId ?? "";
  const ruleB = findingOf.get(b)?.ruleId ?? "";
  return a.from - b.from || a.to - b.to || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0) || (ruleA < ruleB ? -1 : ruleA > ruleB ? 1 : 0);
}

/**
 * True when `next` would put on screen exactly what is there: the same
 * findings over the same ranges, none of which an edit since they were drawn
 * has touched (the editor maps drawn underlines through edits itself, but an
 * edit inside or at the edge of one can change how it is drawn).
 */
export function showsAlready(state: EditorState, next: Diagnostic[], editedSinceShown: ChangeSet | null): boolean {
  // Where each drawn diagnostic is now, after the editor mapped it through the edits.
  const shown: Diagnostic[] = [];
  forEachDiagnostic(state, (diagnostic, from, to) => {
    const now = { ...diagnostic, from, to };
    const f = findingOf.get(diagnostic);
    if (f) findingOf.set(now, f);
    shown.push(now);
  });
  if (shown.length !== next.length) return false;
  let touched = false;
  editedSinceShown?.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    if (!touched) touched = shown.some((d) => fromB <= d.to && toB >= d.from);
  });
  if (touched) return false;
  shown.sort(byPlaceAndWords);
  const sorted = next.slice().sort(byPlaceAndWords);
  return sorted.every((d, i) => {
    const old = shown[i];
    return (
      d.from === old.from &&
      d.to === old.to &&
      d.severity === old.severity &&
      d.message === old.message &&
      d.markClass === old.markClass &&
      findingOf.get(d)?.ruleId === findingOf.get(old)?.ruleId
    );
  });
}

/**
 * A character the browser is about to insert, sent to the critic before it
 * is: the critic starts while the browser and the editor apply the keystroke
 * (about 3 to 5 ms a keystroke). The editor's own change then has to be that
 * very insertion for the critique to count.
 */
interface TypedAhead {
  /** The text before the keystroke, and where the character goes. */
  base: Text;
  at: number;
  insert: string;
  /** The text the critic was sent. */
  text: string;
  /** "waiting" until the editor applies a change: the same one ("confirmed") or another ("wrong"). */
  outcome: "waiting" | "confirmed" | "wrong";
  /** A critique that came back before the editor applied the keystroke. */
  arrived: { result: CritiqueResult; requestedAt: number } | null;
}

/** True when `changes` insert exactly `insert` at `at`, and nothing else. */
export function insertsOnly(changes: ChangeSet, at: number, insert: string): boolean {
  let count = 0;
  let same = true;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    count++;
    same &&= fromA === at && toA === at && inserted.length === insert.length && inserted.toString() === insert;
  });
  return count === 1 && same;
}

/**
 * Critiques the document after every change. At most one critique is in
 * flight: edits made meanwhile are remembered as a change set, the result is
 * mapped through them so the underlines land on the text they were about,
 * and the newest text is checked next. A plain typed character is sent as
 * the browser announces it (beforeinput), ahead of the editor's update.
 */
export function liveCritique(options: LiveCritiqueOptions) {
  return ViewPlugin.fromClass(
    class implements PluginValue {
      private inFlight = false;
      private scheduled = false;
      private changedSinceRequest: ChangeSet | null = null;
      private dirty = false;
      private destroyed = false;
      /** Edits since the underlines on screen were drawn, to know which of them an edit may have disturbed. */
      private editedSinceShown: ChangeSet | null = null;
      private ahead: TypedAhead | null = null;

      constructor(private readonly view: EditorView) {
        this.request();
      }

      /** Sends the text as it will be once the browser inserts the typed character, when nothing else is pending. */
      typeAhead(event: InputEvent) {
        // A critique of a keystroke that never reached the text (a key a handler took) is of no use.
        if (this.ahead?.outcome === "waiting" && this.ahead.arrived) this.ahead = null;
        const { state } = this.view;
        if (this.inFlight || this.scheduled || this.ahead || this.destroyed) return;
        if (event.inputType !== "insertText" || !event.data || event.isComposing || this.view.composing) return;
        if (state.readOnly || !state.facet(EditorView.editable)) return;
        const { ranges, main } = state.selection;
        if (ranges.length !== 1 || !main.empty) return;
        const base = state.doc;
        const at = main.head;
        const text = base.sliceString(0, at) + event.data + base.sliceString(at);
        this.request({ base, at, insert: event.data, text, outcome: "waiting", arrived: null });
      }

      update(update: ViewUpdate) {
        if (!update.docChanged) return;
        this.editedSinceShown = this.editedSinceShown ? this.editedSinceShown.compose(update.changes) : update.changes;
        const ahead = this.ahead;
        if (ahead?.outcome === "waiting") {
          if (update.startState.doc === ahead.base && insertsOnly(update.changes, ahead.at, ahead.insert)) {
            // The critic has (or had) exactly this text.
            ahead.outcome = "confirmed";
            if (ahead.arrived) this.applyArrived(ahead);
            return;
          }
          ahead.outcome = "wrong";
          if (ahead.arrived) this.ahead = null;
        }
        if (this.scheduled) return;
        if (this.inFlight) {
          this.changedSinceRequest = this.changedSinceRequest ? this.changedSinceRequest.compose(update.changes) : update.changes;
          this.dirty = true;
        } else {
          this.schedule();
        }
      }

      /** A critique that was back before the keystroke landed: drawn once the update that applies it is over. */
      private applyArrived(ahead: TypedAhead) {
        const { result, requestedAt } = ahead.arrived!;
        this.ahead = null;
        // In flight until drawn, so that edits meanwhile are mapped and checked next.
        this.inFlight = true;
        this.dirty = false;
        this.changedSinceRequest = null;
        queueMicrotask(() => {
          if (this.destroyed) return;
          this.draw(result, requestedAt, ahead.text.length);
          this.settle();
        });
      }

      /**
       * Sends the text as soon as the change's own update is over (changes in
       * one task go together). The critic works in its worker while the
       * browser paints the keystroke; waiting for the paint first cost up to
       * a frame (16 ms, the whole budget from key to underline) on every
       * keystroke, and saved the worker less than that on a loaded machine.
       */
      private schedule() {
        this.scheduled = true;
        queueMicrotask(() => {
          this.scheduled = false;
          if (!this.destroyed) this.request();
        });
      }

      private request(ahead: TypedAhead | null = null) {
        const requestedAt = performance.now();
        const text = ahead ? ahead.text : this.view.state.doc.toString();
        this.inFlight = true;
        this.dirty = false;
        this.changedSinceRequest = null;
        this.ahead = ahead;
        options.critic.check(text).then(
          (result) => {
            if (this.destroyed) return;
            if (ahead && ahead.outcome !== "confirmed") {
              if (ahead.outcome === "waiting") {
                ahead.arrived = { result, requestedAt };
                this.inFlight = false;
                return;
              }
              // The editor made another change than the one foreseen: this critique is of a text that never was.
              if (this.ahead === ahead) this.ahead = null;
              this.settle();
              return;
            }
            if (this.ahead === ahead) this.ahead = null;
            this.draw(result, requestedAt, text.length);
            this.settle();
          },
          (err: unknown) => {
            if (this.destroyed) return;
            if (this.ahead === ahead) this.ahead = null;
            options.onCritiqueError?.(err instanceof Error ? err : new Error(String(err)));
            this.settle();
          },
        );
      }

      /** Puts a critique of a text `length` long on screen, mapped through the edits made since it was asked for. */
      private draw(result: CritiqueResult, requestedAt: number, length: number) {
        const changes = this.changedSinceRequest ?? ChangeSet.empty(length);
        const diagnostics = diagnosticsFor(result.findings, this.view.state.doc, changes);
        // Most keystrokes change no finding: redrawing the same underlines would cost a view update and a frame.
        if (!showsAlready(this.view.state, diagnostics, this.editedSinceShown)) {
          this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
          this.editedSinceShown = null;
        }
        options.onCritique?.(result, { requestedAt, appliedAt: performance.now() });
      }

      private settle() {
        this.inFlight = false;
        if (this.dirty) this.schedule();
      }

      destroy() {
        this.destroyed = true;
      }
    },
    {
      eventObservers: {
        beforeinput(event) {
          this.typeAhead(event);
        },
      },
    },
  );
}
