import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

interface CommentBody {
  id: string;
  reviewId: string | null;
  revision: number;
  anchor: { start: number; end: number; quote: string } | null;
  status: string;
  body: string;
  bodyHtml: string;
  author: { id: string };
  resolved: { by: { id: string } } | null;
  replies: { body: string; bodyHtml: string; author: { id: string } }[];
}

interface ReviewBody {
  id: string;
  phase: string;
  revision: number;
  participants: { user: { id: string }; verdict: string | null; hidden: boolean; readAt: string | null }[];
  me: { participant: boolean; canSeeOthers: boolean };
}

describe.each(DATABASE_KINDS)("reviews, silent reading and anchored comments on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  let author: Member, ann: Member, ben: Member, watcher: Member;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db);
    ws = await localWorkspace(server);
    author = await ws.invite("Priya", "editor");
    ann = await ws.invite("Ann", "reviewer");
    ben = await ws.invite("Ben", "reviewer");
    watcher = await ws.invite("Wanda", "viewer");
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function newDocument(text = SAMPLE): Promise<string> {
    const reply = await author.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text });
    return reply.body.document.id;
  }

  const comments = async (member: Member, doc: string, revision?: number) =>
    (await member.client.get<{ comments: CommentBody[]; hiddenBySilentReading: number }>(`/api/documents/${doc}/comments${revision ? `?revision=${revision}` : ""}`)).body;

  it("hides other reviewers' comments and verdicts until you have read, then opens the discussion when all have read", async () => {
    const doc = await newDocument();
    const started = await author.client.post<{ review: ReviewBody }>(`/api/documents/${doc}/reviews`, { reviewers: [ann.id, ben.id] });
    expect(started.status).toBe(201);
    const review = started.body.review;
    expect(review).toMatchObject({ phase: "silent-reading", revision: 1 });
    const docNow = await author.client.get<{ document: { stage: string } }>(`/api/documents/${doc}`);
    expect(docNow.body.document.stage).toBe("in-review");

    const quote = "212 nurses";
    const at = SAMPLE.indexOf(quote);
    const annComment = await ann.client.post<{ comment: CommentBody }>(`/api/documents/${doc}/comments`, { revision: 1, anchor: { start: at, end: at + quote.length }, body: "On which wards?" });
    expect(annComment.status).toBe(201);
    expect(annComment.body.comment).toMatchObject({ reviewId: review.id, status: "anchored", anchor: { start: at, end: at + quote.length, quote } });
    await ann.client.put(`/api/reviews/${review.id}/verdict`, { verdict: "revise", note: "Name the customer." });
    await ben.client.post(`/api/documents/${doc}/comments`, { revision: 1, anchor: null, body: "Ben's thought" });

    const benSees = await comments(ben, doc);
    expect(benSees.comments.map((c) => c.body)).toEqual(["Ben's thought"]);
    expect(benSees.hiddenBySilentReading).toBe(1);
    const benReview = (await ben.client.get<{ review: ReviewBody }>(`/api/reviews/${review.id}`)).body.review;
    const annAsSeenByBen = benReview.participants.find((p) => p.user.id === ann.id)!;
    expect(annAsSeenByBen).toMatchObject({ verdict: null, hidden: true });
    expect(benReview.me).toEqual({ participant: true, readAt: null, canSeeOthers: false });

    expect((await comments(watcher, doc)).comments).toEqual([]);
    expect((await ben.client.post(`/api/comments/${annComment.body.comment.id}/replies`, { body: "peek" })).status).toBe(404);

    const annRead = await ann.client.post<{ review: ReviewBody }>(`/api/reviews/${review.id}/read`);
    expect(annRead.body.review.phase).toBe("silent-reading");
    expect((await comments(ann, doc)).comments.map((c) => c.body).sort()).toEqual(["Ben's thought", "On which wards?"]);
    expect((await comments(ben, doc)).comments).toHaveLength(1);

    const benRead = await ben.client.post<{ review: ReviewBody }>(`/api/reviews/${review.id}/read`);
    expect(benRead.body.review.phase).toBe("discussion");
    expect(benRead.body.review.participants.find((p) => p.user.id === ann.id)).toMatchObject({ verdict: "revise", hidden: false });
    expect((await comments(watcher, doc)).comments).toHaveLength(2);
    expect((await watcher.client.post(`/api/reviews/${review.id}/read`)).status).toBe(403);
  });

  it("opens the discussion even when the last two reviewers mark read at the same moment", async () => {
    for (let round = 0; round < 6; round++) {
      const doc = await newDocument();
      const review = (await author.client.post<{ review: ReviewBody }>(`/api/documents/${doc}/reviews`, { reviewers: [ann.id, ben.id] })).body.review;
      await Promise.all([ann.client.post(`/api/reviews/${review.id}/read`), ben.client.post(`/api/reviews/${review.id}/read`)]);
      const after = (await author.client.get<{ review: ReviewBody }>(`/api/reviews/${review.id}`)).body.review;
      expect(after.phase).toBe("discussion");
    }
  });

  it("threads replies, resolves and reopens comments", async () => {
    const doc = await newDocument();
    const top = await ann.client.post<{ comment: CommentBody }>(`/api/documents/${doc}/comments`, { revision: 1, anchor: null, body: "Who approves swaps?" });
    const reply = await author.client.post<{ reply: { id: string } }>(`/api/comments/${top.body.comment.id}/replies`, { body: "The charge nurse." });
    expect(reply.status).toBe(201);
    expect((await ann.client.post(`/api/comments/${reply.body.reply.id}/replies`, { body: "nested" })).status).toBe(400);
    const resolved = await author.client.post<{ comment: CommentBody }>(`/api/comments/${top.body.comment.id}/resolve`, { resolved: true });
    expect(resolved.status).toBe(200);
    expect(resolved.body.comment.resolved?.by.id).toBe(author.id);
    expect(resolved.body.comment.replies.map((r) => r.body)).toEqual(["The charge nurse."]);
    const reopened = await ann.client.post<{ comment: CommentBody }>(`/api/comments/${top.body.comment.id}/resolve`, { resolved: false });
    expect(reopened.body.comment.resolved).toBeNull();
    expect((await watcher.client.post(`/api/comments/${top.body.comment.id}/resolve`, { resolved: true })).status).toBe(403);
  });

  it("re-anchors comments on later revisions and marks them outdated when their text is gone", async () => {
    const doc = await newDocument();
    const keep = "median of 3.5 days";
    const drop = "eleven years";
    const post = (quote: string, body: string) => {
      const start = SAMPLE.indexOf(quote);
      return ann.client.post<{ comment: CommentBody }>(`/api/documents/${doc}/comments`, { revision: 1, anchor: { start, end: start + quote.length }, body });
    };
    await post(keep, "Measured how?");
    await post(drop, "Relevant?");
    const edited = "# A new first line\n\nSome added context.\n\n" + SAMPLE.replace("for eleven years", "for a decade");
    const saved = await author.client.post(`/api/documents/${doc}/revisions`, { baseRevision: 1, text: edited });
    expect(saved.status).toBe(201);

    const onTwo = await comments(ann, doc, 2);
    const moved = onTwo.comments.find((c) => c.body === "Measured how?")!;
    expect(moved.status).toBe("anchored");
    expect(edited.slice(moved.anchor!.start, moved.anchor!.end)).toBe(keep);
    expect(moved.revision).toBe(1);
    const gone = onTwo.comments.find((c) => c.body === "Relevant?")!;
    expect(gone).toMatchObject({ status: "outdated", anchor: null });
    expect(onTwo.comments.at(-1)!.body).toBe("Relevant?");

    const onOne = await comments(ann, doc, 1);
    expect(onOne.comments.find((c) => c.body === "Relevant?")).toMatchObject({ status: "anchored", anchor: { quote: drop } });

    const outOfRange = await ann.client.post(`/api/documents/${doc}/comments`, { revision: 1, anchor: { start: 5, end: 999999 }, body: "x" });
    expect(outOfRange.status).toBe(400);
    expect((await ann.client.get(`/api/documents/${doc}/comments?revision=9`)).status).toBe(404);
  });

  it("stores hostile comment bodies as written and serves sanitised HTML for them", async () => {
    const doc = await newDocument();
    const hostile = 'Nice <script>alert("c")</script><img src=x onerror=alert(1)> [x](javascript:alert(2)) **bold**';
    const posted = await ann.client.post<{ comment: CommentBody }>(`/api/documents/${doc}/comments`, { revision: 1, anchor: null, body: hostile });
    expect(posted.body.comment.body).toBe(hostile);
    const reply = await author.client.post<{ reply: { bodyHtml: string } }>(`/api/comments/${posted.body.comment.id}/replies`, { body: "<svg onload=alert(3)>hi</svg>" });
    const listed = (await comments(ben, doc)).comments[0];
    for (const html of [listed.bodyHtml, reply.body.reply.bodyHtml, listed.replies[0].bodyHtml]) {
      expect(html).not.toMatch(/<script|<svg|<img[^>]*onerror|onload|javascript:/i);
    }
    expect(listed.bodyHtml).toContain("<strong>bold</strong>");
  });

  it("refuses empty and oversized comments without storing them", async () => {
    const doc = await newDocument();
    expect((await ann.client.post(`/api/documents/${doc}/comments`, { revision: 1, body: "   " })).status).toBe(400);
    const long = await ann.client.post(`/api/documents/${doc}/comments`, { revision: 1, body: "x".repeat(20_001) });
    expect(long.status).toBe(413);
    expect(long.body).toMatchObject({ error: { code: "too_large" } });
    expect((await ann.client.post(`/api/documents/${doc}/comments`, { revision: 7, body: "on a revision that isn't there" })).status).toBe(400);
    expect((await comments(ann, doc)).comments).toEqual([]);
  });

  it("lets reviewers give verdicts only in open reviews they were invited to; a decision closes the review", async () => {
    const doc = await newDocument();
    const review = (await author.client.post<{ review: ReviewBody }>(`/api/documents/${doc}/reviews`, { reviewers: [ann.id] })).body.review;
    expect((await ben.client.put(`/api/reviews/${review.id}/verdict`, { verdict: "kill" })).status).toBe(403);
    expect((await ann.client.put(`/api/reviews/${review.id}/verdict`, { verdict: "maybe" })).status).toBe(400);
    expect((await ann.client.put(`/api/reviews/${review.id}/verdict`, { verdict: "proceed", note: "Strong." })).status).toBe(200);
    expect((await author.client.post(`/api/documents/${doc}/reviews`, { reviewers: [watcher.id] })).status).toBe(400);
    expect((await ann.client.post(`/api/reviews/${review.id}/phase`, { phase: "discussion" })).status).toBe(403);
    // The sample still has errors the critic finds, so proceeding says why.
    const decided = await author.client.post(`/api/documents/${doc}/decisions`, { outcome: "proceed", reason: "Reviewers agree.", overruleReason: "The missing parts are written next sprint." });
    expect(decided.status).toBe(201);
    const closed = (await ann.client.get<{ review: ReviewBody }>(`/api/reviews/${review.id}`)).body.review;
    expect(closed.phase).toBe("closed");
    expect((await ann.client.put(`/api/reviews/${review.id}/verdict`, { verdict: "kill" })).status).toBe(409);
  });

  it("keeps an audit log of who did what, readable by owners", async () => {
    const log = await ws.owner.client.get<{ entries: { action: string; actor: { id: string } | null; target: { type: string } | null }[]; next: string | null }>(
      `/api/workspaces/${ws.workspaceId}/audit?limit=1000`,
    );
    expect(log.status).toBe(200);
    const actions = new Set(log.body.entries.map((e) => e.action));
    for (const action of ["document.create", "revision.create", "comment.create", "comment.reply", "comment.resolve", "review.create", "review.read", "review.verdict", "decision.create", "member.invite", "invitation.accept"]) {
      expect(actions).toContain(action);
    }
    const byAnn = log.body.entries.filter((e) => e.actor?.id === ann.id).map((e) => e.action);
    expect(byAnn).toContain("review.verdict");
    const page = await ws.owner.client.get<{ entries: { id: number }[]; next: string }>(`/api/workspaces/${ws.workspaceId}/audit?limit=2`);
    expect(page.body.entries).toHaveLength(2);
    const next = await ws.owner.client.get<{ entries: { id: number }[] }>(`/api/workspaces/${ws.workspaceId}/audit?limit=2&before=${page.body.next}`);
    expect(next.body.entries[0].id).toBeLessThan(page.body.entries[1].id);
  });
});
