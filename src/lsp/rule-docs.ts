import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Links to the rules reference that ships inside the prfaq package
 * (`docs/rules/<rule-id>.md`). A file URI works offline, behind any firewall,
 * and always describes the version of the rules that produced the finding,
 * which a web address cannot promise.
 */
export class RuleDocs {
  private readonly known = new Map<string, string | null>();

  constructor(private readonly docsFolder: string | null) {}

  /** A file URI for the rule's page, or null when this installation has no page for it. */
  uriFor(ruleId: string): string | null {
    if (!this.docsFolder || !/^[a-z0-9-]+$/.test(ruleId)) return null;
    let uri = this.known.get(ruleId);
    if (uri === undefined) {
      const page = join(this.docsFolder, `${ruleId}.md`);
      uri = existsSync(page) ? pathToFileURL(page).href : null;
      this.known.set(ruleId, uri);
    }
    return uri;
  }
}

/** The `docs/rules` folder of the prfaq package that this code was loaded from. */
export function findRuleDocsFolder(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === "prfaq") return join(dir, "docs", "rules");
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function readPackageName(manifest: string): string | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
    return parsed && typeof parsed === "object" && "name" in parsed && typeof parsed.name === "string" ? parsed.name : null;
  } catch {
    return null;
  }
}
