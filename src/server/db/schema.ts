/**
 * The tables, as Kysely sees them. Times are ISO 8601 strings (they sort as
 * text on both databases); JSON is stored as text so SQLite and PostgreSQL
 * share one schema.
 */
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

export type Role = "owner" | "editor" | "reviewer" | "viewer";
export type Stage = "draft" | "in-review" | "decided";
export type Outcome = "proceed" | "revise" | "kill";
export type Visibility = "workspace" | "private";
export type ReviewPhase = "silent-reading" | "discussion" | "closed";

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  created_at: string;
  /** 1 while the name is a placeholder its owner hasn't chosen (the local owner's, made from the computer's user name). */
  name_pending: ColumnType<number, number | undefined, number>;
}

export interface WorkspacesTable {
  id: string;
  slug: string;
  name: string;
  created_at: string;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a database leak doesn't hand out sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SignInTokensTable {
  id: string;
  user_id: string;
  purpose: "local-owner" | "invitation";
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface InvitationsTable {
  id: string;
  /** SHA-256 of the secret in the link, like sessions. */
  token_hash: string;
  workspace_id: string;
  email: string;
  /** The name the inviter suggested for a new account. */
  name: string | null;
  role: Role;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

/** Browsers that signed in to an account with its password; the account-wide sign-in limit spares them. */
export interface TrustedDevicesTable {
  /** SHA-256 of the device cookie. */
  id: string;
  user_id: string;
  created_at: string;
}

/** Sign-in attempts not known to have succeeded: counted before the password is checked. */
export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

export interface DocumentsTable {
  id: string;
  workspace_id: string;
  title: string;
  stage: Stage;
  decision: Outcome | null;
  visibility: Visibility;
  head_revision: number;
  readiness: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentAuthorsTable {
  document_id: string;
  user_id: string;
}

export interface RevisionsTable {
  id: string;
  document_id: string;
  number: number;
  base_number: number | null;
  text: string;
  title: string;
  author_id: string;
  created_at: string;
  /** JSON: Finding[] */
  findings: string;
  /** JSON: Verdict */
  verdict: string;
  readiness: string;
  errors: number;
  warnings: number;
  infos: number;
  /** JSON: string[] */
  kill_criteria: string;
  html: string;
}

export interface ReviewsTable {
  id: string;
  document_id: string;
  revision_number: number;
  phase: ReviewPhase;
  created_by: string;
  created_at: string;
  closed_at: string | null;
}

export interface ReviewParticipantsTable {
  review_id: string;
  user_id: string;
  read_at: string | null;
  verdict: Outcome | null;
  note: string | null;
  verdict_at: string | null;
}

export interface CommentsTable {
  id: string;
  document_id: string;
  review_id: string | null;
  parent_id: string | null;
  revision_number: number;
  anchor_start: number | null;
  anchor_end: number | null;
  anchor_quote: string | null;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
  body: string;
  body_html: string;
  author_id: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export interface DecisionsTable {
  id: string;
  document_id: string;
  revision_number: number;
  outcome: Outcome;
  reason: string;
  /** JSON: { index, text }[] */
  kill_criteria: string;
  evidence: string | null;
  decided_by: string;
  decided_at: string;
  /** JSON: Overruled, when the decision went against reviewers' verdicts or the critic's errors. */
  overruled: string | null;
  overrule_reason: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: string | null;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON object */
  detail: string;
  at: string;
}

export interface EventsTable {
  id: Generated<number>;
  workspace_id: string;
  document_id: string | null;
  type: string;
  /** JSON object */
  data: string;
  at: string;
}

export interface Schema {
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  sign_in_tokens: SignInTokensTable;
  sign_in_failures: SignInFailuresTable;
  invitations: InvitationsTable;
  trusted_devices: TrustedDevicesTable;
  documents: DocumentsTable;
  document_authors: DocumentAuthorsTable;
  revisions: RevisionsTable;
  reviews: ReviewsTable;
  review_participants: ReviewParticipantsTable;
  comments: CommentsTable;
  decisions: DecisionsTable;
  audit_log: AuditLogTable;
  events: EventsTable;
}

export type UserRow = Selectable<UsersTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type RevisionRow = Selectable<RevisionsTable>;
export type ReviewRow = Selectable<ReviewsTable>;
export type ParticipantRow = Selectable<ReviewParticipantsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type DecisionRow = Selectable<DecisionsTable>;
export type NewRevision = Insertable<RevisionsTable>;
