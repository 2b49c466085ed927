import { describe, expect, it } from "vitest";
import { plural } from "../../src/cli/format/plural";
import { describeReadiness } from "../../src/web/components/readiness-bar";

describe("counts and their nouns", () => {
  it("the CLI says 1 warning and 2 warnings", () => {
    expect(plural(1, "warning")).toBe("1 warning");
    expect(plural(0, "warning")).toBe("0 warnings");
    expect(plural(2, "open question")).toBe("2 open questions");
  });

  it("the readiness bar's description says 1 warning and 1 error", () => {
    const text = describeReadiness([
      { category: "customer", status: "open", errors: 0, warnings: 1, infos: 0 },
      { category: "problem", status: "open", errors: 1, warnings: 0, infos: 0 },
    ] as Parameters<typeof describeReadiness>[0]);
    expect(text).toContain("(1 warning)");
    expect(text).toContain("(1 error)");
    expect(text).not.toMatch(/\b1 (warnings|errors)\b/);
  });
});
