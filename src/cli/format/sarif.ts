import type { FileReport, Finding, Rule } from "../../core";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

type Place = Pick<Finding, "line" | "column" | "endLine" | "endColumn">;

// SARIF columns are 1-based and a region must not end before column 1, which an empty span at a line's start would.
function regionOf(place: Place) {
  return { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: Math.max(place.endColumn, 1) };
}

const literalBrackets = (text: string) => text.replace(/[[\]]/g, "\\$&");

/**
 * GitHub code scanning shows a related location only where the message links
 * to it (`[text](id)`), and once a message holds links its literal brackets
 * must be escaped.
 */
function messageOf(f: Finding): string {
  const text = `${f.message} ${f.question}`;
  if (!f.related?.length) return text;
  return literalBrackets(text) + f.related.map((place, id) => ` See [line ${place.line}](${id}): ${literalBrackets(place.message)}`).join("");
}

/** SARIF 2.1.0, for code-scanning dashboards. */
export function formatSarif(files: FileReport[], rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const results = files.flatMap((file) => {
    const uri = file.path.split("\\").join("/");
    return file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: messageOf(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: regionOf(f),
          },
        },
      ],
      ...(f.related?.length
        ? { relatedLocations: f.related.map((place, id) => ({ id, physicalLocation: { artifactLocation: { uri }, region: regionOf(place) }, message: { text: place.message } })) }
        : {}),
      properties: { category: f.category, question: f.question },
    }));
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "prfaq",
            version,
            informationUri: "https://www.npmjs.com/package/prfaq",
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.rationale },
              help: { text: r.meta.question },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { category: r.meta.category, tags: [r.meta.category] },
            })),
          },
        },
        results,
        invocations: files.some((f) => f.error)
          ? [{ executionSuccessful: false, toolExecutionNotifications: files.filter((f) => f.error).map((f) => ({ level: "error", message: { text: `${f.path}: ${f.error}` } })) }]
          : [{ executionSuccessful: true }],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
