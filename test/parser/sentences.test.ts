import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/core/parse/text";

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe("sentence splitting before a lower-case word", () => {
  it("starts a new sentence at a lower-case product name after a whole word", () => {
    expect(sentences("Answers arrive without sources. amplifier-research-specialist cites every claim.")).toEqual([
      "Answers arrive without sources.",
      "amplifier-research-specialist cites every claim.",
    ]);
    expect(sentences("Nobody tracks the dependencies today. npm audit only lists them.")).toHaveLength(2);
    expect(sentences("Photos pile up on every phone. iCloud keeps all of them, blurry or not.")).toHaveLength(2);
    expect(sentences("Die Prüfung dauert drei Wochen. eBay-Händler warten so lange auf ihr Geld.")).toHaveLength(2);
  });

  it("starts a new sentence at a lower-case name after a closing bracket and a stop", () => {
    expect(sentences("Regular files may omit size (it is inferred via seek(0, 2)). open_file wraps it in a table.")).toEqual([
      "Regular files may omit size (it is inferred via seek(0, 2)).",
      "open_file wraps it in a table.",
    ]);
    expect(sentences("Each run writes a log [see the appendix]. kubectl then reads it back.")).toHaveLength(2);
    expect(sentences("The form asks for a start date (dd.mm.yyyy). iPad users see a picker instead.")).toHaveLength(2);
  });

  it("keeps a sentence whole after an abbreviation or a short form", () => {
    for (const text of [
      "Prices incl. tax start at four dollars a month.",
      "The pilot covers approx. half of the county's schools.",
      "Drivers log 12 hrs. per week on paperwork alone.",
      "It supports common formats, e.g. csv and json, on day one.",
      "Bring your laptop, charger etc. and a notebook to the session.",
    ]) {
      expect(sentences(text)).toEqual([text]);
    }
  });

  it("still splits before capitals and numbers as before", () => {
    expect(sentences("The form takes an hour. Owners give up. 40% never return.")).toHaveLength(3);
    expect(sentences("Dr. Lee signs the order. J. Smith files it.")).toHaveLength(2);
  });

  it("ends a sentence at a one-letter word closed by a quote", () => {
    expect(sentences('The note reads "rejected because of X." The planner fixes it the same day.')).toHaveLength(2);
    expect(sentences("The note is signed by J. Smith and filed.")).toHaveLength(1);
  });
});

describe("sentence splitting in Chinese and Japanese", () => {
  it("ends a sentence at a full-width stop with no space after it", () => {
    expect(sentences("在庫は毎朝数えます。発注は午後に送ります！本当ですか？はい。")).toEqual(["在庫は毎朝数えます。", "発注は午後に送ります！", "本当ですか？", "はい。"]);
    expect(sentences("我们每天早上清点库存。订单下午发出。")).toEqual(["我们每天早上清点库存。", "订单下午发出。"]);
  });

  it("goes on after a quotation that ends with a stop, as the sentence does", () => {
    expect(sentences("「助かります。」と店長は言った。次の段落。")).toEqual(["「助かります。」と店長は言った。", "次の段落。"]);
    expect(sentences("“每天省一小时。”店长说。")).toEqual(["“每天省一小时。”店长说。"]);
  });
});
