/**
 * The workspace API's shapes, as docs/api.md defines them. docs/api.md is the
 * contract: when this file and it disagree, this file is the bug.
 */
import type { Category, Finding, Verdict } from "../../core";

export interface UserRef {
  id: string;
  name: string;
}

export type Role = "viewer" | "reviewer" | "editor" | "owner";
export const ROLES: readonly Role[] = ["viewer", "reviewer", "editor", "owner"];

export interface WorkspaceRef {
  id: string;
  name: string;
  slug: string;
  role: Role;
  createdAt?: string;
}

export interface Session {
  user: UserRef & { email: string; hasPassword: boolean; needsName?: boolean };
  csrfToken: string;
  workspaces: WorkspaceRef[];
}

/** An invitation nobody has accepted yet, still inside its 7 days. */
export interface PendingInvitation {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  invitedBy: UserRef | null;
  createdAt: string;
  expiresAt: string;
}

export interface Member {
  user: UserRef;
  email: string;
  role: Role;
  joinedAt: string;
}

export type Stage = "draft" | "in-review" | "decided";
export type Outcome = "proceed" | "revise" | "kill";
export type Readiness = "not-ready" | "ready" | "decided";
export type Visibility = "workspace" | "private";

export interface DocumentSummary {
  id: string;
  workspaceId: string;
  title: string;
  stage: Stage;
  decision: Outcome | null;
  visibility: Visibility;
  headRevision: number;
  readiness: Readiness;
  createdBy: UserRef;
  createdAt: string;
  updatedAt: string;
  authors: UserRef[];
}

export interface Permissions {
  edit: boolean;
  comment: boolean;
  review: boolean;
  decide: boolean;
  manage: boolean;
}

export interface KillCriterion {
  index: number;
  text: string;
}

export interface Revision {
  id: string;
  number: number;
  baseRevision: number | null;
  text: string;
  title: string;
  author: UserRef;
  createdAt: string;
  critique: { findings: Finding[]; verdict: Verdict };
  killCriteria: KillCriterion[];
}

export interface RevisionSummary {
  id: string;
  number: number;
  baseRevision: number | null;
  title: string;
  author: UserRef;
  createdAt: string;
  readiness: Readiness;
  errors: number;
  warnings: number;
  infos: number;
}

export interface DocumentWithRevision {
  document: DocumentSummary;
  revision: Revision;
  permissions: Permissions;
}

export interface StaleRevisionBody {
  error: { code: "stale_revision"; message: string };
  current: { number: number; id: string; text: string; author: UserRef; createdAt: string };
}

export type ReviewPhase = "silent-reading" | "discussion" | "closed";

export interface ReviewParticipant {
  user: UserRef;
  readAt: string | null;
  verdict: Outcome | null;
  note: string | null;
  hidden: boolean;
}

export interface Review {
  id: string;
  documentId: string;
  revision: number;
  phase: ReviewPhase;
  createdBy: UserRef;
  createdAt: string;
  closedAt: string | null;
  participants: ReviewParticipant[];
  me: { participant: boolean; readAt: string | null; canSeeOthers: boolean };
}

export interface Anchor {
  start: number;
  end: number;
  quote: string;
}

export interface Reply {
  id: string;
  body: string;
  bodyHtml: string;
  author: UserRef;
  createdAt: string;
}

export interface Comment {
  id: string;
  documentId: string;
  reviewId: string | null;
  revision: number;
  anchor: Anchor | null;
  status: "anchored" | "outdated" | "document";
  body: string;
  bodyHtml: string;
  author: UserRef;
  createdAt: string;
  resolved: { by: UserRef; at: string } | null;
  replies: Reply[];
}

export interface CommentList {
  revision: number;
  comments: Comment[];
  hiddenBySilentReading?: number;
}

export interface Decision {
  id: string;
  documentId: string;
  outcome: Outcome;
  reason: string;
  killCriteria: KillCriterion[];
  evidence: string | null;
  revision: number;
  decidedBy: UserRef;
  decidedAt: string;
  /** Set when the decision proceeded against reviewers' verdicts or open errors. */
  overruled: Overruled | null;
}

export interface Overruled {
  verdicts: { user: UserRef; verdict: "revise" | "kill"; note: string | null }[];
  openErrors: number;
  /** Why the team proceeded anyway; absent in the server's refusal, which asks for it. */
  reason?: string;
}

export interface CategoryStatus {
  category: Category;
  status: "solid" | "open" | "unchecked";
  errors: number;
  warnings: number;
  infos: number;
}

export interface HardQuestion {
  ruleId: string;
  message: string;
  question: string;
  line: number;
}

export interface PortfolioEntry {
  document: DocumentSummary;
  categories: CategoryStatus[];
  openHardQuestions: HardQuestion[];
  lastDecision: Decision | null;
}

export interface KillRatePoint {
  period: string;
  decisions: number;
  kills: number;
  rate: number;
}

export interface Portfolio {
  documents: PortfolioEntry[];
  stages: Record<Stage, number>;
  killRate: KillRatePoint[];
}

export type LiveEventName = "revision" | "critique" | "comment" | "comment-resolved" | "review" | "verdict" | "decision" | "document";

export interface LiveEvent {
  id: string;
  type: LiveEventName;
  workspaceId: string;
  documentId: string;
  at: string;
  actor: UserRef;
  [key: string]: unknown;
}

/** A review asked of you that still waits on you. */
export interface ReviewRequest {
  reviewId: string;
  document: { id: string; title: string; headRevision: number };
  revision: number;
  phase: "silent-reading" | "discussion";
  requestedBy: UserRef;
  requestedAt: string;
  readAt: string | null;
}
