/**
 * The benchmark page: the real editor (CodeMirror with the critic in its
 * worker) and the real portfolio table, driven by bench/web/run.mjs through
 * window.prfaqBench.
 */
import { render } from "preact";
import { createCritic, rules, type Category } from "../../../src/core";
import { CATEGORIES } from "../../../src/core/engine/types";
import type { Portfolio, PortfolioEntry, Stage } from "../../../src/web/api/types";
import { CriticClient } from "../../../src/web/critic/client";
import { createPrfaqEditor } from "../../../src/web/editor/editor";
import { isWritingView, setWritingView } from "../../../src/web/editor/writing-view";
import { PortfolioView } from "../../../src/web/screens/portfolio-view";
import "../../../src/web/styles.css";
import { prfaqOfLength } from "../fixture";

interface Applied {
  requestedAt: number;
  /** When the worker's answer reached the page, before the underlines were drawn. */
  receivedAt: number;
  appliedAt: number;
  checkMs: number;
  workerMs: number;
  /** When the worker took the text up and when it replied, on the page's clock. */
  workerStartedAt: number;
  workerRepliedAt: number;
  findings: number;
}

const applied: Applied[] = [];
let onApplied: (() => void) | null = null;
/** Critiques that failed: the bench stops with the critic's message rather than waiting for an underline that won't come. */
const critiqueErrors: string[] = [];
/** When each change reached the editor's DOM: the typing path itself, which the writing view's decorations are on. */
const changedAt: number[] = [];
const text = prfaqOfLength(3000);
const critic = new CriticClient();
// The answer's arrival, to split key-to-underline into sending, the worker's round trip and drawing.
let receivedAt = 0;
const check = critic.check.bind(critic);
critic.check = (text: string) =>
  check(text).then((result) => {
    receivedAt = performance.now();
    return result;
  });
const view = createPrfaqEditor({
  parent: document.getElementById("editor")!,
  doc: text,
  critic,
  label: "benchmark document",
  // Measured with the writing view on (its decorations are rebuilt on every keystroke); run.mjs switches it off for the reference rows.
  writingView: true,
  onChange: () => changedAt.push(performance.now()),
  onCritique: (result, timing) => {
    applied.push({
      ...timing,
      receivedAt,
      checkMs: result.checkMs,
      workerMs: result.workerMs,
      workerStartedAt: result.startedAtEpoch - performance.timeOrigin,
      workerRepliedAt: result.repliedAtEpoch - performance.timeOrigin,
      findings: result.findings.length,
    });
    onApplied?.();
  },
  onCritiqueError: (error) => {
    critiqueErrors.push(error.message);
    onApplied?.();
  },
});

const keydowns: number[] = [];
view.contentDOM.addEventListener("keydown", (event) => keydowns.push(event.timeStamp));

function syntheticPortfolio(count: number): Portfolio {
  const stages: Stage[] = ["draft", "in-review", "decided"];
  const documents: PortfolioEntry[] = [];
  for (let i = 0; i < count; i++) {
    const stage = stages[i % 3];
    const user = { id: `usr_${i % 17}`, name: `Author ${i % 17}` };
    const decided = stage === "decided";
    documents.push({
      document: {
        id: `doc_${i}`,
        workspaceId: "ws_bench",
        title: `Idea ${i}: shift swaps for ward ${i % 40} without the paper form`,
        stage,
        decision: decided ? (i % 4 === 0 ? "kill" : "proceed") : null,
        visibility: i % 9 === 0 ? "private" : "workspace",
        headRevision: 1 + (i % 7),
        readiness: decided ? "decided" : i % 2 ? "ready" : "not-ready",
        createdBy: user,
        createdAt: new Date(Date.UTC(2027, 0, 1) + i * 3_600_000).toISOString(),
        updatedAt: new Date(Date.UTC(2027, 3, 1) + i * 3_600_000).toISOString(),
        authors: [user],
      },
      categories: CATEGORIES.map((category: Category, c) => ({
        category,
        status: (i + c) % 3 === 0 ? "open" : "solid",
        errors: (i + c) % 6 === 0 ? 1 : 0,
        warnings: (i + c) % 3 === 0 ? 2 : 0,
        infos: 0,
      })),
      openHardQuestions: Array.from({ length: i % 4 }, (_, q) => ({
        ruleId: "evasive-answer",
        message: "The answer doesn't answer.",
        question: `What is the real answer to hard question ${q + 1}?`,
        line: 30 + q,
      })),
      lastDecision: decided
        ? {
            id: `dec_${i}`,
            documentId: `doc_${i}`,
            outcome: i % 4 === 0 ? "kill" : "proceed",
            reason: "Pilot results",
            killCriteria: [],
            evidence: null,
            revision: 1,
            decidedBy: user,
            decidedAt: new Date(Date.UTC(2027, 5, 1) + i * 3_600_000).toISOString(),
            overruled: null,
          }
        : null,
    });
  }
  return {
    documents,
    stages: { draft: Math.ceil(count / 3), "in-review": Math.ceil((count - 1) / 3), decided: Math.floor(count / 3) },
    killRate: Array.from({ length: 12 }, (_, m) => ({ period: `2027-${String(m + 1).padStart(2, "0")}`, decisions: 10 + m, kills: m % 4, rate: (m % 4) / (10 + m) })),
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const bench = {
  ready: () => {
    if (critiqueErrors.length) throw new Error(`the critic failed on the benchmark document: ${critiqueErrors[0]}`);
    return applied.length > 0;
  },
  appliedCount: () => applied.length,
  /**
   * Resolves once more than `count` critiques are on screen; event-driven, so
   * waiting costs the page nothing. Rejects when the critic fails, or when
   * nothing arrives within `timeoutMs`, so a stuck page is an error, not a hang.
   */
  waitForApplied: (count: number, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const errorsBefore = critiqueErrors.length;
      const done = (settle: () => void) => {
        clearTimeout(timer);
        onApplied = null;
        settle();
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no critique arrived within ${timeoutMs} ms of the keystroke`))), timeoutMs);
      onApplied = () => {
        if (critiqueErrors.length > errorsBefore) done(() => reject(new Error(`the critic failed: ${critiqueErrors[critiqueErrors.length - 1]}`)));
        else if (applied.length > count) done(resolve);
      };
      onApplied();
    }),
  applied: () => applied.slice(),
  keydowns: () => keydowns.slice(),
  changedAt: () => changedAt.slice(),
  setWritingView(on: boolean) {
    setWritingView(view, on);
    return isWritingView(view);
  },
  words: () => text.split(/\s+/).filter(Boolean).length,
  /** Puts the cursor at the end of the line holding `marker`, and focuses the editor. */
  placeCursor(marker: string) {
    const at = view.state.doc.toString().indexOf(marker);
    const line = view.state.doc.lineAt(at);
    view.dispatch({ selection: { anchor: line.to } });
    view.focus();
  },
  /** The critic alone on the main thread, typing the same text at the same place, for comparison with the worker. */
  async mainThreadChecks(edits: number, marker: string, typed: string, gapMs = 0) {
    const local = createCritic({ rules });
    let current = text;
    local.check(current);
    const times: number[] = [];
    let at = current.indexOf(marker) + marker.length;
    for (let i = 0; i < edits; i++) {
      current = current.slice(0, at) + typed[i % typed.length] + current.slice(at);
      at++;
      if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
      const started = performance.now();
      local.check(current);
      times.push(performance.now() - started);
    }
    return times;
  },
  /** Mounts the portfolio with `count` documents; resolves with ms until the frame after it is on screen. */
  async renderPortfolio(count: number) {
    const host = document.getElementById("portfolio")!;
    render(null, host);
    await nextFrame();
    const data = syntheticPortfolio(count);
    const started = performance.now();
    render(<PortfolioView portfolio={data} workspaceName="Bench" canCreate={true} />, host);
    const scriptMs = performance.now() - started;
    await nextFrame();
    const ms = performance.now() - started;
    const rows = host.querySelectorAll(".portfolio-table .pf-row:not(.pf-head)").length;
    return { ms, scriptMs, rows };
  },
};

declare global {
  interface Window {
    prfaqBench: typeof bench;
  }
}
window.prfaqBench = bench;
