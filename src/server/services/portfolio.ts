import type { Kysely } from "kysely";
import type { CategoryVerdict, Verdict } from "../../core";
import type { Schema, Stage } from "../db/schema";
import { visibleDocuments } from "./access";
import { decisionViews } from "./decisions";
import { documentSummaries, type DecisionView, type DocumentSummary } from "./views";
import type { StoredFinding } from "../analysis/revision-content";

export interface PortfolioEntry {
  document: DocumentSummary;
  categories: CategoryVerdict[];
  openHardQuestions: { ruleId: string; message: string; question: string; line: number }[];
  lastDecision: DecisionView | null;
}

export interface Portfolio {
  documents: PortfolioEntry[];
  stages: Record<Stage, number>;
  killRate: { period: string; decisions: number; kills: number; rate: number }[];
}

/** Every document you can see with its readiness and open questions, and how often ideas were killed, month by month. */
export async function portfolioOf(db: Kysely<Schema>, workspaceId: string, userId: string): Promise<Portfolio> {
  const docs = await visibleDocuments(db, workspaceId, userId).orderBy("documents.updated_at", "desc").execute();
  const ids = docs.map((d) => d.id);
  const heads = ids.length
    ? await db
        .selectFrom("revisions")
        .innerJoin("documents", (join) => join.onRef("documents.id", "=", "revisions.document_id").onRef("documents.head_revision", "=", "revisions.number"))
        .select(["revisions.document_id", "revisions.findings", "revisions.verdict"])
        .where("revisions.document_id", "in", ids)
        .execute()
    : [];
  const decisions = ids.length ? await db.selectFrom("decisions").selectAll().where("document_id", "in", ids).orderBy("decided_at", "desc").execute() : [];
  const views = await decisionViews(db, decisions);
  const summaries = await documentSummaries(db, docs);
  const documents = summaries.map((document): PortfolioEntry => {
    const head = heads.find((h) => h.document_id === document.id);
    const verdict = head ? (JSON.parse(head.verdict) as Verdict) : null;
    const findings = head ? (JSON.parse(head.findings) as StoredFinding[]) : [];
    return {
      document,
      categories: verdict?.categories ?? [],
      openHardQuestions: findings
        .filter((f) => f.category === "hard-questions" && f.severity !== "info")
        // The document's own open question where the finding sits in an FAQ entry; else the critic's (a hard question never asked).
        .map((f) => ({ ruleId: f.ruleId, message: f.message, question: f.faqQuestion ?? f.question, line: f.line })),
      lastDecision: views.find((d) => d.documentId === document.id) ?? null,
    };
  });
  const stages: Record<Stage, number> = { draft: 0, "in-review": 0, decided: 0 };
  for (const d of docs) stages[d.stage] += 1;
  const byMonth = new Map<string, { decisions: number; kills: number }>();
  for (const d of decisions) {
    const period = d.decided_at.slice(0, 7);
    const entry = byMonth.get(period) ?? { decisions: 0, kills: 0 };
    entry.decisions += 1;
    if (d.outcome === "kill") entry.kills += 1;
    byMonth.set(period, entry);
  }
  const killRate = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, e]) => ({ period, decisions: e.decisions, kills: e.kills, rate: Math.round((e.kills / e.decisions) * 1000) / 1000 }));
  return { documents, stages, killRate };
}
