/**
 * Which `prfaq` the extension starts. Kept free of the `vscode` module so the
 * project's tests can check it without an editor.
 */
import { delimiter, isAbsolute, join } from "node:path";

export interface ServerCommandInput {
  /** The `prfaq.path` setting; empty means "find it". */
  configuredPath: string;
  workspaceFolders: readonly string[];
  platform: NodeJS.Platform;
  /** The PATH environment variable. */
  pathEnv: string;
  exists(path: string): boolean;
  /**
   * Whether the user trusts the workspace. An untrusted workspace's
   * node_modules/.bin/prfaq is a program the workspace chose, so it is not run.
   */
  trusted?: boolean;
}

export type ServerCommand =
  | { command: string; source: "setting" | "workspace" | "path"; shell: boolean }
  | { error: string };

/**
 * The `prfaq.path` setting wins; then the `prfaq` a workspace installed in
 * `node_modules/.bin`, so the critic matches the version the team's CI runs;
 * then `prfaq` on the PATH.
 */
export function resolveServerCommand(input: ServerCommandInput): ServerCommand {
  const windows = input.platform === "win32";
  // npm installs a .cmd shim on Windows, and Node only starts those through a shell.
  const shellFor = (command: string) => windows && /\.(cmd|bat)$/i.test(command);
  const names = windows ? ["prfaq.cmd", "prfaq.exe", "prfaq"] : ["prfaq"];
  const configured = input.configuredPath.trim();
  if (configured) {
    const candidates = isAbsolute(configured) ? [configured] : input.workspaceFolders.map((f) => join(f, configured));
    const found = candidates.find((c) => input.exists(c));
    if (found) return { command: found, source: "setting", shell: shellFor(found) };
    return { error: `prfaq.path is set to "${configured}", but no such file exists. Fix the setting or clear it to use the workspace's prfaq.` };
  }
  for (const folder of input.trusted === false ? [] : input.workspaceFolders) {
    for (const name of names) {
      const candidate = join(folder, "node_modules", ".bin", name);
      if (input.exists(candidate)) return { command: candidate, source: "workspace", shell: shellFor(candidate) };
    }
  }
  for (const dir of input.pathEnv.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (input.exists(candidate)) return { command: candidate, source: "path", shell: shellFor(candidate) };
    }
  }
  return {
    error:
      input.trusted === false
        ? "prfaq was not found on the PATH. This workspace is not trusted, so its own node_modules/.bin/prfaq is not run; trust the workspace, or install prfaq globally (npm install -g prfaq-<version>.tgz, a tarball made with npm pack) or set prfaq.path."
        : "prfaq was not found. Install it in the workspace (npm install --save-dev prfaq-<version>.tgz, a tarball made with npm pack in a prfaq checkout) or globally (npm install -g), or set prfaq.path. PR/FAQs are not checked until then.",
  };
}
