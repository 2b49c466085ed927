import type {
  Comment,
  CommentList,
  Decision,
  DocumentSummary,
  DocumentWithRevision,
  Member,
  Outcome,
  PendingInvitation,
  Permissions,
  Portfolio,
  Reply,
  Review,
  ReviewRequest,
  Revision,
  RevisionSummary,
  Role,
  Session,
  Stage,
  Visibility,
  WorkspaceRef,
} from "./types";

/** An error the server answered with, in the shape docs/api.md gives every error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole response body, for errors that carry more (409 stale_revision). */
    readonly body: unknown,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** Called when any request finds the session gone, so the app can show sign-in. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function describeNetworkFailure(err: unknown): string {
  const detail = err instanceof Error ? err.message : String(err);
  return `Can't reach the prfaq server (${detail}). Check that \`prfaq serve\` is still running, then try again.`;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  } catch (err) {
    throw new ApiError(0, "network", describeNetworkFailure(err), null);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page, say: the status code still says what happened.
    parsed = null;
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
    const apiError = new ApiError(
      response.status,
      error?.code ?? "http_" + response.status,
      error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
      parsed,
      error?.field,
    );
    if (response.status === 401 && path !== "/api/session") for (const listener of unauthenticatedListeners) listener();
    throw apiError;
  }
  return parsed as T;
}

const enc = encodeURIComponent;

export const api = {
  async session(): Promise<Session | null> {
    try {
      const session = await request<Session>("GET", "/api/session");
      csrfToken = session.csrfToken;
      return session;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  async signIn(email: string, password: string): Promise<Session> {
    const session = await request<Session>("POST", "/api/session", { email, password });
    csrfToken = session.csrfToken;
    return session;
  },
  async signOut(): Promise<void> {
    await request<void>("DELETE", "/api/session");
    csrfToken = null;
  },
  setPassword: (newPassword: string, currentPassword?: string) => request<void>("POST", "/api/account/password", { newPassword, currentPassword }),
  rename: (name: string) => request<void>("PATCH", "/api/account", { name }),

  workspaces: () => request<{ workspaces: WorkspaceRef[] }>("GET", "/api/workspaces"),
  createWorkspace: (name: string) => request<WorkspaceRef>("POST", "/api/workspaces", { name }),
  members: (ws: string) => request<{ members: Member[] }>("GET", `/api/workspaces/${enc(ws)}/members`),
  addMember: (ws: string, member: { email: string; role: Role; name?: string }) =>
    request<{ invitation: { id: string; email: string; role: Role }; signInUrl: string }>("POST", `/api/workspaces/${enc(ws)}/members`, member),
  invitations: (ws: string) => request<{ invitations: PendingInvitation[] }>("GET", `/api/workspaces/${enc(ws)}/invitations`),
  revokeInvitation: (ws: string, id: string) => request<void>("DELETE", `/api/workspaces/${enc(ws)}/invitations/${enc(id)}`),
  previewInvitation: (token: string) =>
    request<{ workspace: { id: string; name: string }; email: string; role: Role; invitedBy: string | null; accountExists: boolean }>("POST", "/api/invitations/preview", { token }),
  async acceptInvitation(token: string): Promise<Session & { workspaceId: string }> {
    const session = await request<Session & { workspaceId: string }>("POST", "/api/invitations/accept", { token });
    csrfToken = session.csrfToken;
    return session;
  },
  setRole: (ws: string, userId: string, role: Role) => request<Member>("PATCH", `/api/workspaces/${enc(ws)}/members/${enc(userId)}`, { role }),
  removeMember: (ws: string, userId: string) => request<void>("DELETE", `/api/workspaces/${enc(ws)}/members/${enc(userId)}`),

  documents: (ws: string, stage?: Stage) =>
    request<{ documents: DocumentSummary[] }>("GET", `/api/workspaces/${enc(ws)}/documents${stage ? `?stage=${stage}` : ""}`),
  createDocument: (ws: string, text: string, visibility: Visibility) =>
    request<DocumentWithRevision>("POST", `/api/workspaces/${enc(ws)}/documents`, { text, visibility }),
  document: (id: string) => request<DocumentWithRevision>("GET", `/api/documents/${enc(id)}`),
  updateDocument: (id: string, patch: { visibility?: Visibility; stage?: Exclude<Stage, "decided"> }) =>
    request<{ document: DocumentSummary }>("PATCH", `/api/documents/${enc(id)}`, patch),
  setAuthors: (id: string, userIds: string[]) => request<{ document: DocumentSummary }>("PUT", `/api/documents/${enc(id)}/authors`, { userIds }),

  revisions: (id: string) => request<{ revisions: RevisionSummary[] }>("GET", `/api/documents/${enc(id)}/revisions`),
  revision: (id: string, number: number) => request<{ revision: Revision }>("GET", `/api/documents/${enc(id)}/revisions/${number}`),
  saveRevision: (id: string, baseRevision: number, text: string) =>
    request<{ revision: Revision; document: DocumentSummary }>("POST", `/api/documents/${enc(id)}/revisions`, { baseRevision, text }),

  reviews: (id: string) => request<{ reviews: Review[] }>("GET", `/api/documents/${enc(id)}/reviews`),
  startReview: (id: string, reviewers: string[], revision?: number) =>
    request<{ review: Review }>("POST", `/api/documents/${enc(id)}/reviews`, { reviewers, revision }),
  markRead: (reviewId: string) => request<{ review: Review }>("POST", `/api/reviews/${enc(reviewId)}/read`),
  setPhase: (reviewId: string, phase: "discussion" | "closed") => request<{ review: Review }>("POST", `/api/reviews/${enc(reviewId)}/phase`, { phase }),
  setVerdict: (reviewId: string, verdict: Outcome, note?: string) =>
    request<{ review: Review }>("PUT", `/api/reviews/${enc(reviewId)}/verdict`, { verdict, note }),

  comments: (id: string, revision?: number) =>
    request<CommentList>("GET", `/api/documents/${enc(id)}/comments${revision ? `?revision=${revision}` : ""}`),
  addComment: (id: string, comment: { revision: number; anchor: { start: number; end: number } | null; body: string; reviewId?: string }) =>
    request<{ comment: Comment }>("POST", `/api/documents/${enc(id)}/comments`, comment),
  reply: (commentId: string, body: string) => request<{ reply: Reply }>("POST", `/api/comments/${enc(commentId)}/replies`, { body }),
  resolve: (commentId: string, resolved: boolean) => request<{ comment: Comment }>("POST", `/api/comments/${enc(commentId)}/resolve`, { resolved }),

  decisions: (id: string) => request<{ decisions: Decision[] }>("GET", `/api/documents/${enc(id)}/decisions`),
  decide: (id: string, decision: { outcome: Outcome; reason: string; revision?: number; killCriteria: number[]; evidence?: string; overruleReason?: string }) =>
    request<{ decision: Decision; document: DocumentSummary }>("POST", `/api/documents/${enc(id)}/decisions`, decision),

  inbox: (ws: string) => request<{ requests: ReviewRequest[] }>("GET", `/api/workspaces/${enc(ws)}/inbox`),
  portfolio: (ws: string) => request<Portfolio>("GET", `/api/workspaces/${enc(ws)}/portfolio`),
};

export type { Permissions };
