import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { jsonWithRaw, RawJson } from "./raw-json";

describe("jsonWithRaw", () => {
  it("splices stored JSON in verbatim and leaves look-alike user strings alone", async () => {
    const spoof = "\u0000raw:0";
    const app = new Hono().get("/", (c) =>
      jsonWithRaw(c, { title: spoof, quote: 'say "hi"\n', critique: { findings: new RawJson('[{"ruleId":"x","line":3}]'), verdict: new RawJson('{"label":"ready"}') }, list: [new RawJson("7")] }),
    );
    const res = await app.request("/");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(JSON.parse(await res.text())).toEqual({ title: spoof, quote: 'say "hi"\n', critique: { findings: [{ ruleId: "x", line: 3 }], verdict: { label: "ready" } }, list: [7] });
  });

  it("still serialises correctly through plain JSON.stringify", () => {
    expect(JSON.stringify({ a: new RawJson('{"b":1}') })).toBe('{"a":{"b":1}}');
  });
});
