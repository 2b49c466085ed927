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
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "sarif", "github"]).default("stylish"))
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

  return program;
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

await main(process.argv);
