import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Session, WorkspaceRef } from "./api/types";

export interface AppState {
  session: Session;
  workspace: WorkspaceRef;
  selectWorkspace(id: string): void;
  refreshSession(): Promise<void>;
  /** Announces a short message to screen readers and shows it as a toast. */
  announce(message: string): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error("useApp outside the signed-in app");
  return state;
}

const WORKSPACE_KEY = "prfaq.workspace";

export function rememberedWorkspace(session: Session): WorkspaceRef | null {
  const id = localStorage.getItem(WORKSPACE_KEY);
  return session.workspaces.find((w) => w.id === id) ?? session.workspaces[0] ?? null;
}

export function rememberWorkspace(id: string): void {
  localStorage.setItem(WORKSPACE_KEY, id);
}
