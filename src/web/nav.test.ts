import { describe, expect, it } from "vitest";
import { navCurrent } from "./nav";

describe("the main navigation's current page", () => {
  it("marks the link of the page on screen", () => {
    expect(navCurrent("/", "/")).toBe("page");
    expect(navCurrent("/team", "/team")).toBe("page");
  });

  it("marks no link on a document's pages, not even Portfolio", () => {
    for (const path of ["/d/abc", "/d/abc/review", "/d/abc/history"]) {
      expect(["/", "/new", "/team", "/account"].map((href) => navCurrent(path, href))).toEqual([undefined, undefined, undefined, undefined]);
    }
  });
});
