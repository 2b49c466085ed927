import { describe, expect, it } from "vitest";
import { resolveServerCommand, type ServerCommandInput } from "../../editors/vscode/src/server-command";

function input(files: string[], overrides: Partial<ServerCommandInput> = {}): ServerCommandInput {
  const present = new Set(files);
  return { configuredPath: "", workspaceFolders: ["/repo"], platform: "linux", pathEnv: "/usr/local/bin:/usr/bin", exists: (p) => present.has(p), ...overrides };
}

describe("the VS Code extension's choice of prfaq", () => {
  it("prefers the workspace's node_modules/.bin over the PATH", () => {
    expect(resolveServerCommand(input(["/repo/node_modules/.bin/prfaq", "/usr/bin/prfaq"]))).toEqual({ command: "/repo/node_modules/.bin/prfaq", source: "workspace", shell: false });
  });

  it("falls back to the PATH, in PATH order", () => {
    expect(resolveServerCommand(input(["/usr/bin/prfaq", "/usr/local/bin/prfaq"]))).toEqual({ command: "/usr/local/bin/prfaq", source: "path", shell: false });
  });

  it("looks through every workspace folder", () => {
    const found = resolveServerCommand(input(["/b/node_modules/.bin/prfaq"], { workspaceFolders: ["/a", "/b"] }));
    expect(found).toMatchObject({ command: "/b/node_modules/.bin/prfaq", source: "workspace" });
  });

  it("lets the prfaq.path setting win, relative to a workspace folder", () => {
    const found = resolveServerCommand(input(["/repo/tools/prfaq", "/repo/node_modules/.bin/prfaq"], { configuredPath: "tools/prfaq" }));
    expect(found).toMatchObject({ command: "/repo/tools/prfaq", source: "setting" });
  });

  it("says what to do when the setting points nowhere or prfaq is not installed", () => {
    const badSetting = resolveServerCommand(input([], { configuredPath: "/opt/prfaq" }));
    expect("error" in badSetting && badSetting.error).toContain('prfaq.path is set to "/opt/prfaq"');
    const missing = resolveServerCommand(input([]));
    expect("error" in missing && missing.error).toContain("npm install --save-dev prfaq-<version>.tgz");
    // prfaq is not on the npm registry: telling people to install the bare name would fetch whoever claims it.
    expect("error" in missing && missing.error).not.toMatch(/npm install (-g |--save-dev )?prfaq(\s|$)/);
  });

  it("does not run an untrusted workspace's own prfaq, only the one on the PATH", () => {
    const files = ["/repo/node_modules/.bin/prfaq", "/usr/bin/prfaq"];
    expect(resolveServerCommand(input(files, { trusted: false }))).toMatchObject({ command: "/usr/bin/prfaq", source: "path" });
    const nothing = resolveServerCommand(input(["/repo/node_modules/.bin/prfaq"], { trusted: false }));
    expect("error" in nothing && nothing.error).toContain("not trusted");
  });

  it("starts npm's .cmd shim through a shell on Windows", () => {
    const found = resolveServerCommand(input(["/repo/node_modules/.bin/prfaq.cmd"], { platform: "win32" }));
    expect(found).toMatchObject({ command: "/repo/node_modules/.bin/prfaq.cmd", shell: true });
  });
});
