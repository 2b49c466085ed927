import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, onUnauthenticated } from "./api/client";
import type { Session, WorkspaceRef } from "./api/types";
import { lazyScreen } from "./components/lazy";
import { ErrorBox, Loading } from "./components/status";
import { match, navigate, onLinkClick, useLocation, type Location } from "./router";
import { AcceptInvitation } from "./screens/invitation";
import { InboxLink } from "./inbox/inbox";
import { SignIn } from "./screens/sign-in";
import { AppContext, rememberWorkspace, rememberedWorkspace, type AppState } from "./state";
import { navCurrent } from "./nav";

const Portfolio = lazyScreen(() => import("./screens/portfolio").then((m) => m.Portfolio));
const Interview = lazyScreen(() => import("./screens/interview").then((m) => m.InterviewScreen));
const NewDocument = lazyScreen(() => import("./screens/new-document").then((m) => m.NewDocument));
const Editor = lazyScreen(() => import("./screens/editor").then((m) => m.EditorScreen));
const Review = lazyScreen(() => import("./screens/review").then((m) => m.ReviewScreen));
const Decide = lazyScreen(() => import("./screens/decide").then((m) => m.DecideScreen));
const History = lazyScreen(() => import("./screens/history").then((m) => m.HistoryScreen));
const Team = lazyScreen(() => import("./screens/team").then((m) => m.TeamScreen));
const Account = lazyScreen(() => import("./screens/account").then((m) => m.AccountScreen));
const Inbox = lazyScreen(() => import("./inbox/inbox").then((m) => m.InboxScreen));
const ChooseName = lazyScreen(() => import("./screens/choose-name").then((m) => m.ChooseNameScreen));

function Screen({ location }: { location: Location }) {
  const { path, query } = location;
  if (path === "/" || path === "/portfolio") return <Portfolio />;
  if (path === "/new" && query.get("from") === "interview") return <Interview />;
  if (path === "/new") return <NewDocument mode={query.get("from") ?? "template"} />;
  if (path === "/team") return <Team />;
  if (path === "/account") return <Account />;
  if (path === "/inbox") return <Inbox />;
  let params = match("/d/:id", path);
  if (params) return <Editor id={params.id} />;
  if ((params = match("/d/:id/review", path))) return <Review id={params.id} reviewId={query.get("review")} />;
  if ((params = match("/d/:id/decide", path))) return <Decide id={params.id} />;
  if ((params = match("/d/:id/history", path)))
    return <History id={params.id} left={Number(query.get("a")) || null} right={Number(query.get("b")) || null} />;
  return (
    <section class="page narrow">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code>{path}</code>. <a href="/">Go to the portfolio</a>.
      </p>
    </section>
  );
}

function Header({ state, path }: { state: AppState; path: string }) {
  const { session, workspace } = state;
  const isOwner = workspace.role === "owner";
  const current = (href: string) => navCurrent(path, href);
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <a class="brand" href="/" aria-label="prfaq: portfolio">
        prfaq
      </a>
      <nav aria-label="Main">
        <a href="/" aria-current={current("/")}>
          Portfolio
        </a>
        <InboxLink current={path === "/inbox"} />
        <a href="/new" aria-current={current("/new")}>
          New PR/FAQ
        </a>
        <a href="/team" aria-current={current("/team")}>
          {isOwner ? "Team" : "Members"}
        </a>
      </nav>
      <div class="header-end">
        {session.workspaces.length > 1 ? (
          <label class="workspace-picker">
            <span class="visually-hidden">Workspace</span>
            <select value={workspace.id} onChange={(e) => state.selectWorkspace((e.target as HTMLSelectElement).value)}>
              {session.workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span class="workspace-name">{workspace.name}</span>
        )}
        <a href="/account" class="account-link" aria-current={current("/account")}>
          {session.user.name}
        </a>
      </div>
    </header>
  );
}

function Toasts({ messages }: { messages: { id: number; text: string }[] }) {
  return (
    <div class="toasts" role="status" aria-live="polite">
      {messages.map((m) => (
        <p key={m.id} class="toast">
          {m.text}
        </p>
      ))}
    </div>
  );
}

export function App() {
  const location = useLocation();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [workspace, setWorkspace] = useState<WorkspaceRef | null>(null);
  const [toasts, setToasts] = useState<{ id: number; text: string }[]>([]);
  const toastId = useRef(0);

  const refreshSession = useCallback(async () => {
    try {
      const next = await api.session();
      setSession(next);
      setWorkspace((ws) => (next ? (next.workspaces.find((w) => w.id === ws?.id) ?? rememberedWorkspace(next)) : null));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, []);

  useEffect(() => {
    void refreshSession();
    return onUnauthenticated(() => setSession(null));
  }, [refreshSession]);

  const announce = useCallback((text: string) => {
    const id = ++toastId.current;
    setToasts((list) => [...list.slice(-2), { id, text }]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), 5000);
  }, []);

  const state = useMemo<AppState | null>(
    () =>
      session && workspace
        ? {
            session,
            workspace,
            refreshSession,
            announce,
            selectWorkspace: (id) => {
              const next = session.workspaces.find((w) => w.id === id);
              if (!next) return;
              rememberWorkspace(id);
              setWorkspace(next);
              navigate("/");
            },
          }
        : null,
    [session, workspace, refreshSession, announce],
  );

  const invitation = location.query.get("invitation");
  let body;
  if (loadError) body = <ErrorBox error={loadError} title="The workspace didn't load." />;
  else if (session === undefined) body = <Loading what="the workspace" />;
  else if (session === null)
    body = <SignIn failed={location.query.get("signin") === "failed"} invited={invitation !== null} onSignedIn={refreshSession} />;
  else if (invitation) body = <AcceptInvitation token={invitation} session={session} onJoined={refreshSession} />;
  else if (!state) body = <NoWorkspace onCreated={refreshSession} />;
  else
    body = (
      <AppContext.Provider value={state}>
        <Header state={state} path={location.path} />
        <main id="main" tabIndex={-1}>
          {session.user.needsName ? <ChooseName /> : <Screen location={location} />}
        </main>
      </AppContext.Provider>
    );
  return (
    <div class="app" onClick={onLinkClick}>
      {session === null || loadError || !state || invitation ? <main id="main">{body}</main> : body}
      <Toasts messages={toasts} />
    </div>
  );
}

function NoWorkspace({ onCreated }: { onCreated: () => Promise<void> }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<unknown>(null);
  return (
    <section class="page narrow">
      <h1>Create a workspace</h1>
      <p>You aren't a member of any workspace yet. Ask an owner to invite you, or start your own.</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await api.createWorkspace(name.trim());
            await onCreated();
          } catch (err) {
            setError(err);
          }
        }}
      >
        <label class="field">
          <span>Workspace name</span>
          <input required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        {error !== null && <ErrorBox error={error} />}
        <button class="primary">Create workspace</button>
      </form>
    </section>
  );
}
