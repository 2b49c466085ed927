import type { Kysely } from "kysely";
import type { DecisionRow, DocumentRow, RevisionRow, Schema } from "../db/schema";
import { RawJson } from "../raw-json";

/** How a person appears in every response. */
export interface UserRef {
  id: string;
  name: string;
}

export async function userRefs(db: Kysely<Schema>, ids: Iterable<string | null>): Promise<Map<string, UserRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom("users").select(["id", "name"]).where("id", "in", unique).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
}

export function refOf(refs: Map<string, UserRef>, id: string): UserRef {
  return refs.get(id) ?? { id, name: "(removed user)" };
}

export interface DocumentSummary {
  id: string;
  workspaceId: string;
  title: string;
  stage: DocumentRow["stage"];
  decision: DocumentRow["decision"];
  visibility: DocumentRow["visibility"];
  headRevision: number;
  readiness: string;
  createdBy: UserRef;
  createdAt: string;
  updatedAt: string;
  authors: UserRef[];
}

export async function documentSummaries(db: Kysely<Schema>, rows: DocumentRow[]): Promise<DocumentSummary[]> {
  if (!rows.length) return [];
  const authorRows = await db
    .selectFrom("document_authors")
    .innerJoin("users", "users.id", "document_authors.user_id")
    .select(["document_authors.document_id", "users.id", "users.name"])
    .where(
      "document_authors.document_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("users.name")
    .execute();
  // Creators are nearly always among the authors; ask the database only for those who aren't.
  const known = new Map(authorRows.map((a) => [a.id, { id: a.id, name: a.name }]));
  const creators = await userRefs(
    db,
    rows.map((r) => r.created_by).filter((id) => !known.has(id)),
  );
  for (const [id, ref] of known) creators.set(id, ref);
  return rows.map((row) =>
    summaryOf(
      row,
      authorRows.filter((a) => a.document_id === row.id).map((a) => ({ id: a.id, name: a.name })),
      refOf(creators, row.created_by),
    ),
  );
}

/** A document as every response shows it, its authors and creator already looked up. */
export function summaryOf(row: DocumentRow, authors: UserRef[], createdBy: UserRef): DocumentSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    stage: row.stage,
    decision: row.decision,
    visibility: row.visibility,
    headRevision: row.head_revision,
    readiness: row.readiness,
    createdBy,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    authors,
  };
}

export async function documentSummary(db: Kysely<Schema>, row: DocumentRow): Promise<DocumentSummary> {
  return (await documentSummaries(db, [row]))[0];
}

export interface RevisionView {
  id: string;
  number: number;
  baseRevision: number | null;
  text: string;
  title: string;
  author: UserRef;
  createdAt: string;
  /** Stored JSON (Finding[] and Verdict), passed through untouched; see jsonWithRaw. */
  critique: { findings: RawJson; verdict: RawJson };
  killCriteria: { index: number; text: string }[];
}

export function indexedCriteria(json: string): { index: number; text: string }[] {
  return (JSON.parse(json) as string[]).map((text, index) => ({ index, text }));
}

export function revisionView(row: Omit<RevisionRow, "html">, author: UserRef): RevisionView {
  return {
    id: row.id,
    number: row.number,
    baseRevision: row.base_number,
    text: row.text,
    title: row.title,
    author,
    createdAt: row.created_at,
    critique: { findings: new RawJson(row.findings), verdict: new RawJson(row.verdict) },
    killCriteria: indexedCriteria(row.kill_criteria),
  };
}

export interface DecisionView {
  id: string;
  documentId: string;
  outcome: DecisionRow["outcome"];
  reason: string;
  killCriteria: { index: number; text: string }[];
  evidence: string | null;
  revision: number;
  decidedBy: UserRef;
  decidedAt: string;
  /** Set when the decision proceeded against reviewers' verdicts or open errors: what it overruled and why. */
  overruled: { verdicts: { user: UserRef; verdict: "revise" | "kill"; note: string | null }[]; openErrors: number; reason: string } | null;
}

export function decisionView(row: DecisionRow, decidedBy: UserRef): DecisionView {
  return {
    id: row.id,
    documentId: row.document_id,
    outcome: row.outcome,
    reason: row.reason,
    killCriteria: JSON.parse(row.kill_criteria) as { index: number; text: string }[],
    evidence: row.evidence,
    revision: row.revision_number,
    decidedBy,
    decidedAt: row.decided_at,
    overruled: row.overruled ? { ...(JSON.parse(row.overruled) as Omit<NonNullable<DecisionView["overruled"]>, "reason">), reason: row.overrule_reason ?? "" } : null,
  };
}
