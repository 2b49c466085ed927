import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UserError } from "./errors";
import { VERSION } from "./version";

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number, 0 or more");
  return n;
}

function useColor(): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return !!process.stdout.isTTY;
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (!text) return resolve();
    if (process.stdout.write(text)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("prfaq")
    .description("A hard, fair reviewer for Working Backwards PR/FAQs.")
    .version(VERSION, "-v, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program
    .command("check")
    .description("critique PR/FAQ documents (files, directories, globs, or - for standard input)")
    .argument("[paths...]", "documents to check")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "sarif", "github", "gitlab"]).default("stylish"))
    .option("--only-prfaqs", "skip files that are not PR/FAQs (*.prfaq.md, PRFAQ.md, or the files globs of .prfaq.yml), as the editors do")
    .option("--max-warnings <n>", "exit with 1 when there are more than n warnings", parseCount)
    .option("-q, --quiet", "report errors only")
    .option("-w, --watch", "check again whenever a document changes")
    .option("-c, --config <file>", "use this .prfaq.yml instead of looking one up")
    .option("--no-color", "never colour the output")
    .action(async (paths: string[], opts) => {
      const { runCheck, watchCheck } = await import("./commands/check");
      const options = {
        format: opts.format,
        maxWarnings: opts.maxWarnings ?? null,
        quiet: !!opts.quiet,
        watch: !!opts.watch,
        config: opts.config ?? null,
        color: opts.color !== false && useColor(),
        onlyPrfaqs: !!opts.onlyPrfaqs,
      };
      if (options.watch) {
        if (!paths.length) throw new UserError("--watch needs at least one path to watch");
        await watchCheck(paths, options, (run) => {
          process.stdout.write(run.output);
          for (const p of run.problems) process.stderr.write(`prfaq: ${p}\n`);
        });
        return;
      }
      const run = await runCheck(paths, options);
      await write(run.output);
      for (const p of run.problems) process.stderr.write(`prfaq: ${p}\n`);
      process.exitCode = run.exitCode;
    });

  program
    .command("outline")
    .description("show how prfaq read a document: its parts and their lines")
    .argument("[paths...]", "documents to outline")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .action(async (paths: string[], opts) => {
      const { runOutline } = await import("./commands/outline");
      await write(await runOutline(paths, opts.format));
    });

  program
    .command("rules")
    .description("list every rule of the critic")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .action(async (opts) => {
      const { listRules } = await import("./commands/rules");
      await write(listRules(opts.format, useColor()));
    });

  program
    .command("explain")
    .description("explain one rule: what it looks for, what it asks, and why")
    .argument("<rule-id>", "the rule's id, as shown by `prfaq rules`")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .action(async (id: string, opts) => {
      const { explainRule } = await import("./commands/rules");
      await write(explainRule(id, opts.format));
    });

  program
    .command("lsp")
    .description("run the language server for editors (LSP over standard input and output)")
    .option("--stdio", "talk over standard input and output (the default, and the only transport)")
    .allowUnknownOption()
    .action(async () => {
      const { runLanguageServer } = await import("./commands/lsp");
      runLanguageServer();
    });

  registerWorkspaceServerCommands(program);

  registerFlowCommands(program);

  return program;
}

/** Today as YYYY-MM-DD in local time; PRFAQ_TODAY pins it for reproducible drafts and tests. */
function today(): string {
  const pinned = process.env.PRFAQ_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function writeBytes(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(bytes)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

/** The Working Backwards flow: new, decide, history, diff, portfolio, export, import. */
function registerFlowCommands(program: Command): void {
  program
    .command("new")
    .description("draft a PR/FAQ through a guided interview, from the customer to the kill criteria")
    .argument("[file]", "where to save the draft (- for standard output)")
    .addOption(new Option("--format <format>", "what to draft").choices(["prfaq", "brief"]).default("prfaq"))
    .option("--from <answers.yml>", "answer from a YAML file instead of interactively (- for standard input)")
    .option("--template", "write a blank draft with every part as an open question")
    .option("--force", "replace the file if it exists")
    .option("-c, --config <file>", "use this .prfaq.yml instead of looking one up")
    .action(async (file: string | undefined, opts) => {
      const { runInterview, runNewFromAnswers } = await import("./commands/new");
      const options = { format: opts.format, from: opts.from ?? null, template: !!opts.template, force: !!opts.force, config: opts.config ?? null, today: today() };
      if (options.from && options.template) throw new UserError("--from and --template can't be used together");
      const run = options.from || options.template ? await runNewFromAnswers(file ?? null, options) : await runInterview(file ?? null, options);
      await write(run.output);
      for (const note of run.notes) process.stderr.write(`${note}\n`);
    });

  program
    .command("decide")
    .description("record the review's decision (proceed, revise or kill) and its reason in the document")
    .argument("<file>", "the PR/FAQ (Markdown)")
    .option("--proceed", "the idea goes ahead")
    .option("--revise", "the document goes back for another version")
    .option("--kill", "the idea stops")
    .requiredOption("-r, --reason <text>", "why, in a sentence; cite the kill criteria")
    .addOption(new Option("--criteria <result>", "how the results compare with the kill criteria (default: missed for kill, not-tested otherwise)").choices(["met", "missed", "not-tested"]))
    .option("--date <YYYY-MM-DD>", "the date of the decision (default: today)")
    .option("--force", "record proceed or kill even though the document has no kill criteria")
    .option("--overrule <reason>", "proceed although the critic still finds errors, and say why (recorded with the decision)")
    .option("-c, --config <file>", "use this .prfaq.yml instead of looking one up")
    .option("--dry-run", "print the updated document instead of writing it")
    .action(async (file: string, opts) => {
      const chosen = (["proceed", "revise", "kill"] as const).filter((o) => opts[o]);
      if (chosen.length !== 1) throw new UserError("say what was decided: exactly one of --proceed, --revise or --kill");
      const { runDecide } = await import("./commands/decide");
      await write(await runDecide(file, { outcome: chosen[0], reason: opts.reason, criteria: opts.criteria ?? null, date: opts.date ?? today(), force: !!opts.force, dryRun: !!opts.dryRun, overrule: opts.overrule ?? null, config: opts.config ?? null }));
    });

  program
    .command("history")
    .description("show a document's versions in git and what the team learned between them")
    .argument("<file>", "a PR/FAQ in a git repository")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "markdown"]).default("stylish"))
    .option("-c, --config <file>", "use this .prfaq.yml instead of looking one up")
    .action(async (file: string, opts) => {
      const { runHistory } = await import("./commands/history");
      await write(await runHistory(file, { format: opts.format, color: useColor(), config: opts.config ?? null }));
    });

  program
    .command("diff")
    .description("what changed between two versions, by meaning (files, or git revisions like HEAD~1:idea.md)")
    .argument("<a>", "the earlier version: a file or REV:PATH (alone: FILE's last commit against its working copy)")
    .argument("[b]", "the later version: a file or REV:PATH")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "markdown"]).default("stylish"))
    .option("--strict", "exit with 1 when the change shows signs of rationalisation")
    .option("-c, --config <file>", "use this .prfaq.yml instead of looking one up")
    .action(async (a: string, b: string | undefined, opts) => {
      const { runDiff } = await import("./commands/diff");
      const run = await runDiff(a, b ?? null, { format: opts.format, color: useColor(), config: opts.config ?? null, strict: !!opts.strict });
      await write(run.output);
      process.exitCode = run.exitCode;
    });

  program
    .command("portfolio")
    .description("every PR/FAQ under a folder: stage, decision, readiness, open hard questions, kill rate")
    .argument("[dir]", "the folder to read", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "markdown"]).default("stylish"))
    .option("-c, --config <file>", "use this .prfaq.yml instead of looking one up")
    .action(async (dir: string, opts) => {
      const { runPortfolio } = await import("./commands/portfolio");
      const run = await runPortfolio(dir, { format: opts.format, color: useColor(), config: opts.config ?? null });
      await write(run.output);
      for (const p of run.problems) process.stderr.write(`prfaq: ${p}\n`);
    });

  program
    .command("export")
    .description("export a PR/FAQ for the review meeting: HTML for silent reading, DOCX or PDF")
    .argument("<file>", "the PR/FAQ (Markdown or .docx)")
    .addOption(new Option("-t, --to <format>", "what to export to").choices(["html", "docx", "pdf"]).default("html"))
    .option("-o, --output <file>", "where to write it (- for standard output; default: FILE with the new extension)")
    .action(async (file: string, opts) => {
      const { runExport } = await import("./commands/export");
      const run = await runExport(file, { to: opts.to, output: opts.output ?? null, today: today() });
      if (run.stdout) await writeBytes(run.stdout);
      else process.stderr.write(run.message);
    });

  program
    .command("import")
    .description("read a Word or Google Docs PR/FAQ (.docx) into Markdown")
    .argument("<file>", "the .docx file")
    .option("-o, --output <file>", "write the Markdown here instead of standard output")
    .option("--force", "replace the output file if it exists")
    .action(async (file: string, opts) => {
      const { runImport } = await import("./commands/import");
      const run = await runImport(file, { output: opts.output ?? null, force: !!opts.force });
      await write(run.stdout);
      for (const note of run.notes) process.stderr.write(`${note}\n`);
    });
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port number between 0 and 65535");
  return n;
}

/** The workspace server and its administration: serve, user add/reset, workspace export/import. */
function registerWorkspaceServerCommands(program: Command): void {
  const databaseOptions = (command: Command) =>
    command
      .option("--data <dir>", "where the SQLite database lives", "./.prfaq")
      .option("--database <url>", "postgres://… for team mode (default: $DATABASE_URL, else SQLite in --data)");
  const databaseOf = (opts: { database?: string }) => opts.database ?? process.env.DATABASE_URL ?? null;

  databaseOptions(
    program
      .command("serve")
      .description("start the workspace: a web app and JSON API for writing, reviewing and deciding together")
      .option("-p, --port <port>", "port to listen on", parsePort, 4321)
      .option("--host <host>", "address to listen on (anything but loopback needs real accounts)", "127.0.0.1")
      .option("--trust-proxy [proxies]", "behind reverse proxies: how many (default 1), or their addresses/subnets, comma-separated; the client is the rightmost address they did not write (docs/security.md)")
      .option("--public-url <url>", "the address people open, when it differs from http://host:port"),
  ).action(async (opts) => {
    const { runServe } = await import("./commands/serve");
    await runServe({
      port: opts.port,
      host: opts.host,
      data: opts.data,
      database: databaseOf(opts),
      trustProxy: opts.trustProxy ?? process.env.PRFAQ_TRUST_PROXY ?? false,
      publicUrl: opts.publicUrl ?? null,
      color: useColor(),
    });
  });

  const user = program.command("user").description("manage workspace accounts");
  databaseOptions(
    user
      .command("add")
      .description("create an account with a password (the first account of an empty database owns a new workspace)")
      .argument("<email>", "the person's e-mail address, used to sign in")
      .option("--name <name>", "how the person is shown")
      .addOption(new Option("--role <role>", "role in the workspace (default: editor)").choices(["owner", "editor", "reviewer", "viewer"]))
      .option("--workspace <slug>", "workspace to join, when there are several")
      .option("--password-stdin", "read the password from standard input instead of generating one"),
  ).action(async (email: string, opts) => {
    const { runUserAdd } = await import("./commands/user");
    await write(
      await runUserAdd(email, { data: opts.data, database: databaseOf(opts), passwordStdin: !!opts.passwordStdin, name: opts.name ?? null, role: opts.role ?? null, workspace: opts.workspace ?? null }),
    );
  });
  databaseOptions(
    user
      .command("reset")
      .description("give an account a new password and sign it out everywhere")
      .argument("<email>", "the account's e-mail address")
      .option("--password-stdin", "read the password from standard input instead of generating one"),
  ).action(async (email: string, opts) => {
    const { runUserReset } = await import("./commands/user");
    await write(await runUserReset(email, { data: opts.data, database: databaseOf(opts), passwordStdin: !!opts.passwordStdin }));
  });

  const workspace = program.command("workspace").description("back a workspace up whole and restore it, or bring Markdown files in");
  databaseOptions(
    workspace
      .command("export")
      .description("write each workspace whole to DIR/<workspace>/workspace.json (members without passwords), and its documents as Markdown beside it")
      .argument("<dir>", "folder to write into (created if missing)")
      .option("--workspace <slug>", "only this workspace"),
  ).action(async (dir: string, opts) => {
    const { runWorkspaceExport } = await import("./commands/workspace");
    await write(await runWorkspaceExport(dir, { data: opts.data, database: databaseOf(opts), workspace: opts.workspace ?? null }));
  });
  databaseOptions(
    workspace
      .command("import")
      .description("restore the workspace archives (workspace.json) under DIR whole; or, when there are none, create a document from every Markdown file under DIR")
      .argument("<dir>", "folder (or one file) to import")
      .option("--workspace <slug>", "Markdown: the workspace to import into; archive: the slug to restore it as")
      .option("--as <email>", "Markdown: the author of the imported documents (default: the workspace's first owner)")
      .option("--markdown", "import only the Markdown files, even where an archive is beside them"),
  ).action(async (dir: string, opts) => {
    const { runWorkspaceImport } = await import("./commands/workspace");
    const run = await runWorkspaceImport(dir, { data: opts.data, database: databaseOf(opts), workspace: opts.workspace ?? null, as: opts.as ?? null, markdown: !!opts.markdown });
    await write(run.output);
    process.exitCode = run.exitCode;
  });
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") {
        process.exitCode = 0;
        return;
      }
      process.exitCode = 2;
      return;
    }
    if (err instanceof UserError) {
      process.stderr.write(`prfaq: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`prfaq: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.PRFAQ_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ""}\n`);
    process.stderr.write("This is a bug in prfaq. Please report it with the command you ran (set PRFAQ_DEBUG=1 for details).\n");
    process.exitCode = 70;
  }
}

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

void main(process.argv);
