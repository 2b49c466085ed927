import { useRef } from "preact/hooks";
import { api } from "../api/client";
import { ErrorBox, Loading } from "../components/status";
import { useAsync, useTitle } from "../hooks";
import { useInbox } from "../inbox/inbox";
import { useLiveEvents, workspaceEventsUrl } from "../live";
import { useApp } from "../state";
import { PortfolioView } from "./portfolio-view";

export function Portfolio() {
  const { workspace } = useApp();
  useTitle("Portfolio");
  const portfolio = useAsync(() => api.portfolio(workspace.id), [workspace.id]);
  const inbox = useInbox();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A burst of events (a review round, an autosaving author) becomes one refetch.
  useLiveEvents(workspaceEventsUrl(workspace.id), () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => void portfolio.reload(), 500);
  });
  if (portfolio.error) return <ErrorBox error={portfolio.error} title="The portfolio didn't load." />;
  if (!portfolio.data) return <Loading what="the portfolio" />;
  const canCreate = workspace.role === "editor" || workspace.role === "owner";
  return <PortfolioView portfolio={portfolio.data} workspaceName={workspace.name} canCreate={canCreate} waiting={inbox.data?.requests} />;
}
