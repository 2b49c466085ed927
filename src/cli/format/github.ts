import type { FileReport } from "../../core";

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions workflow commands: annotations on the pull request's lines. */
export function formatGithub(files: FileReport[]): string {
  const lines: string[] = [];
  for (const file of files) {
    if (file.error) {
      lines.push(`::error file=${escapeProperty(file.path)},title=${escapeProperty("prfaq: cannot read")}::${escapeData(file.error)}`);
      continue;
    }
    for (const f of file.findings) {
      const command = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`prfaq ${f.category}/${f.ruleId}`)}`,
      ];
      // An annotation sits on one line range; the other places a finding is about can only be named in its text.
      const related = (f.related ?? []).map((place) => `\nSee line ${place.line}: ${place.message}`).join("");
      lines.push(`::${command} ${props.join(",")}::${escapeData(`${f.message}\n${f.question}${related}`)}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
