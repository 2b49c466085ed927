import pc from "picocolors";
import { UserError } from "../errors";

export interface ServeCommandOptions {
  port: number;
  host: string;
  data: string;
  database: string | null;
  /** true for one proxy, a hop count, or proxy addresses, as typed after --trust-proxy. */
  trustProxy: boolean | string;
  publicUrl: string | null;
  color: boolean;
}

/** Starts the workspace and keeps it running until Ctrl+C (or SIGTERM), then shuts down cleanly. */
export async function runServe(options: ServeCommandOptions): Promise<void> {
  const { startServer, ServeError } = await import("../../server");
  const paint = options.color ? pc : { bold: (s: string) => s, cyan: (s: string) => s, dim: (s: string) => s };
  let server;
  try {
    server = await startServer({
      host: options.host,
      port: options.port,
      dataDir: options.data,
      database: options.database,
      trustProxy: options.trustProxy,
      publicUrl: options.publicUrl,
    });
  } catch (err) {
    if (err instanceof ServeError) throw new UserError(err.message);
    throw err;
  }
  const where = server.database.kind === "sqlite" ? `SQLite at ${server.database.location}` : `PostgreSQL at ${server.database.location}`;
  const lines = [`prfaq workspace running at ${paint.bold(server.url)}  ${paint.dim(`(${where})`)}`];
  if (server.seeded) lines.push(paint.dim("A new workspace was created with the example PR/FAQs."));
  if (server.signInUrl) {
    lines.push("", "Open this link to sign in (it works once, within 24 hours):", `    ${paint.cyan(server.signInUrl)}`);
  } else {
    lines.push("", "Sign in with your account (create one with `prfaq user add EMAIL`).");
  }
  lines.push("", paint.dim("Press Ctrl+C to stop."), "");
  process.stdout.write(lines.join("\n"));

  const running = server;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      process.stdout.write("\nStopping the workspace…\n");
      running.close().then(resolve, resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
