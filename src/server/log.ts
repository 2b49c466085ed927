/**
 * One place that writes the server's log, so that nothing a client sends
 * (a `%0a` in a path, a newline in a value quoted by an error message) can
 * start a line of its own and pass for something the server said.
 */

/** Control characters (newlines included) and the Unicode line separators, written as visible escapes. */
export function escapeForLog(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "\t") return "\\t";
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** Writes one line, prefixed; `detail` lines (a stack trace's frames, which come from code, not from requests) follow indented. */
export function logLine(message: string, detail: string[] = []): void {
  const lines = [`prfaq serve: ${escapeForLog(message)}`, ...detail.map((line) => `    ${escapeForLog(line.trim())}`)];
  process.stderr.write(`${lines.join("\n")}\n`);
}

/** An error's message on the logged line, and its stack frames beneath it. */
export function logFailure(context: string, err: unknown): void {
  if (!(err instanceof Error)) {
    logLine(`${context}: ${String(err)}`);
    return;
  }
  const stack = err.stack ?? "";
  const head = `${err.name}: ${err.message}`;
  const frames = stack.startsWith(head) ? stack.slice(head.length).split("\n").filter((l) => l.trim()) : [];
  logLine(`${context}: ${head}`, frames);
}
