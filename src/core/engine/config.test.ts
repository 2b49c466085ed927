import { describe, expect, it } from "vitest";
import { rules } from "../rules";
import { ConfigError, mergeConfigs, parseConfig } from "./config";

const known = new Set(rules.map((r) => r.meta.id));

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, known);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe(".prfaq.yml", () => {
  it("reads severities, options and lexicon extensions", () => {
    const config = parseConfig("rules:\n  puffery: off\n  long-sentence: [info, { max: 35 }]\nlexicons:\n  competitors: [Acme Rentals]\n", known);
    expect(config.rules.puffery).toEqual({ severity: "off" });
    expect(config.rules["long-sentence"]).toEqual({ severity: "info", options: { max: 35 } });
    expect(config.lexicons.phrases?.competitors).toEqual(["Acme Rentals"]);
  });

  it("says which line holds a problem, for broken YAML and for a bad setting", () => {
    // YAML notices an unclosed list where the input ends.
    expect(errorOf("rules:\n  puffery: [off\n").line).toBe(3);
    const misspelt = errorOf("rules:\n  puffery: off\n  pufery: off\n");
    expect(misspelt.message).toMatch(/^line 3: unknown rule "pufery"/);
    expect(misspelt.line).toBe(3);
    expect(errorOf("rules:\n  puffery: loud\n").message).toMatch(/^line 2: rule "puffery": "loud" is not one of/);
    expect(errorOf("lexicons:\n  jargon: 3\n").line).toBe(2);
    expect(errorOf("colours: 1\n").message).toMatch(/unknown setting "colours"/);
  });

  it("rejects a regular expression that does not compile", () => {
    expect(errorOf('lexicons:\n  jargon: ["re:(unclosed"]\n').message).toMatch(/not a valid regular expression/);
  });

  it("merges configs rule by rule, adding lexicon entries up", () => {
    const a = parseConfig("rules:\n  puffery: off\nlexicons:\n  jargon: [synergy]\n", known);
    const b = parseConfig("rules:\n  puffery: error\nlexicons:\n  jargon: [leverage]\n", known);
    const merged = mergeConfigs(a, b);
    expect(merged.rules.puffery).toEqual({ severity: "error" });
    expect(merged.lexicons.phrases?.jargon).toEqual(["synergy", "leverage"]);
  });
});
