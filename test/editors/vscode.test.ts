/**
 * The VS Code extension without VS Code (neither it nor its test runner is
 * installed here): its manifest, and a JSON-RPC session with the server
 * command the extension resolves, started the way vscode-languageclient
 * starts it (`<command> lsp --stdio`).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { resolveServerCommand } from "../../editors/vscode/src/server-command";
import { BIN, ROOT, tempDir } from "../helpers/cli";

const extension = join(ROOT, "editors", "vscode");
const manifest = JSON.parse(readFileSync(join(extension, "package.json"), "utf8")) as {
  version: string;
  license: string;
  icon: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string | boolean; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, { scope?: string; default?: unknown }> }; yamlValidation: { fileMatch: string[]; url: string }[] };
  scripts: Record<string, string>;
};

describe("the VS Code extension's manifest", () => {
  it("activates where PR/FAQs are, not on every Markdown file", () => {
    expect(manifest.activationEvents).not.toContain("onLanguage:markdown");
    expect(manifest.activationEvents).not.toContain("*");
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(["workspaceContains:**/*.prfaq.md", "workspaceContains:**/.prfaq.{yml,yaml}"]));
  });

  it("declares workspace trust, and keeps prfaq.path out of the workspace's hands", () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe("limited");
    expect(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations).toContain("prfaq.path");
    const settings = manifest.contributes.configuration.properties;
    expect(settings["prfaq.path"].scope).toBe("machine");
    expect(settings["prfaq.enable"].default).toBe(true);
    expect(settings["prfaq.trace.server"].default).toBe("off");
  });

  it("carries its metadata: the package's version, a licence, an icon and a changelog", () => {
    const rootVersion = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(manifest.version).toBe(rootVersion);
    expect(manifest.license).toBe("MIT");
    expect(existsSync(join(extension, "LICENSE"))).toBe(true);
    expect(existsSync(join(extension, "CHANGELOG.md"))).toBe(true);
    const icon = readFileSync(join(extension, manifest.icon));
    expect(icon.subarray(1, 4).toString()).toBe("PNG");
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
    expect(manifest.scripts.package).not.toContain("--skip-license");
  });

  it("validates .prfaq.yml with the schema it copies from the package when built", () => {
    expect(manifest.contributes.yamlValidation[0].fileMatch).toContain(".prfaq.yml");
    expect(manifest.scripts.build).toContain("../../schema/prfaq.schema.json");
    expect(existsSync(join(ROOT, "schema", "prfaq.schema.json"))).toBe(true);
  });
});

describe("the server command the extension starts", () => {
  it("finds the workspace's prfaq and speaks LSP over stdio with it", async () => {
    const workspace = tempDir("prfaq-vscode-");
    mkdirSync(join(workspace, "node_modules", ".bin"), { recursive: true });
    symlinkSync(BIN, join(workspace, "node_modules", ".bin", "prfaq"));
    const resolved = resolveServerCommand({ configuredPath: "", workspaceFolders: [workspace], platform: process.platform, pathEnv: "", exists: existsSync, trusted: true });
    expect(resolved).toMatchObject({ source: "workspace" });
    if ("error" in resolved) return;

    const child = spawn(resolved.command, ["lsp", "--stdio"], { cwd: workspace, stdio: "pipe" });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    try {
      const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, resolve));
      connection.onNotification("prfaq/verdict", () => {});
      connection.listen();
      const answer = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, workspaceFolders: null });
      expect(answer.serverInfo?.name).toBe("prfaq");
      await connection.sendNotification(InitializedNotification.type, {});
      const file = join(workspace, "idea.prfaq.md");
      writeFileSync(file, readFileSync(join(ROOT, "examples", "weak-ai-assistant.md"), "utf8"));
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: pathToFileURL(file).href, languageId: "markdown", version: 1, text: readFileSync(file, "utf8") },
      });
      const published = await diagnostics;
      expect(published.uri).toBe(pathToFileURL(file).href);
      expect(published.diagnostics.length).toBeGreaterThan(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
