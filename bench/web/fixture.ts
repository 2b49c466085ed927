/**
 * A deterministic PR/FAQ of a chosen length, for benchmarks. It reads like a
 * real document (a press release, customer and internal FAQs, metrics and kill
 * criteria) so the critic does the work it does on real drafts, including a
 * few findings to report.
 */
const topics = [
  ["the night shift", "charge nurses", "the paper form"],
  ["agency bookings", "the staffing office", "the rota"],
  ["skill mix", "ward managers", "HealthRoster"],
  ["unfilled swaps", "staff nurses", "the phone tree"],
  ["handover", "the director of nursing", "the approval queue"],
  ["annual leave", "bank staff", "the spreadsheet"],
];

function faqEntry(i: number): string {
  const [thing, who, tool] = topics[i % topics.length];
  const n = 12 + ((i * 37) % 80);
  return [
    `**Q: How does version ${i + 1} change ${thing} for ${who}?**`,
    `A: In the pilot, ${who} on Ward ${(i % 4) + 5} spent ${n} minutes a week on ${thing} using ${tool}. ` +
      `With ShiftSwap that fell to ${Math.max(3, n - 9)} minutes, measured over six weeks of timesheets. ` +
      `We don't know yet whether the saving holds in winter, when sickness doubles the number of swaps; we will find out by March.`,
    "",
  ].join("\n");
}

const pressRelease = `---
title: ShiftSwap
owner: Priya Raman
stage: draft
---

# ShiftSwap Lets Ward Nurses at St. Columba's Trade a Shift in Minutes Instead of Days

## Nurses on the four surgical wards post a shift they can't work and see it taken and approved before their next break

GLASGOW, Scotland — September 14, 2027 — St. Columba's Hospital today started ShiftSwap, a shift-trading board for the 212 nurses on its four surgical wards.

Morag Fraser has worked nights on Ward 7 for eleven years. When her daughter's school play moved to a Thursday, she needed someone to take her shift. Last year the wards logged 1,460 swap requests; each took a median of 3.5 days to approve, and 31% were never filled.

ShiftSwap puts every open shift on one board on the ward computer and on the nurse's phone. Colleagues with the same grade see it and tap to take it. The charge nurse approves in one tap, because ShiftSwap has already checked the skill mix.

"Every unfilled swap is a nurse who comes in exhausted," said Eilidh Grant, Director of Nursing at St. Columba's.

"I posted my Thursday night at 2 p.m. and Callum had taken it by half past," said Morag Fraser, a staff nurse on Ward 7.

Nurses on Wards 5 to 8 sign in to ShiftSwap with their hospital login from today.

## Customer FAQ

**Q: Can I swap with a nurse on another ward?**
A: Not in this version. Swaps stay within the four surgical wards, where competencies are shared.

## Internal FAQ

**Q: Why hasn't the hospital done this already?**
A: The rota lives in HealthRoster, which only gained an interface for approved changes in its 2026 release.

**Q: What are the risks?**
A: TBD.

`;

const ending = `## Success metrics

- Median time from posting to approval falls from 3.5 days to under 1 day by March 2028.
- The share of swap requests never filled falls from 31% to under 15% by March 2028.

## Kill criteria

- If fewer than 40% of swap requests are filled through ShiftSwap by the end of January 2028, we stop.
`;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A PR/FAQ of at least `words` words; the FAQ grows until it gets there. */
export function prfaqOfLength(words: number): string {
  const entries: string[] = [];
  let text = pressRelease + ending;
  for (let i = 0; wordCount(text) < words; i++) {
    entries.push(faqEntry(i));
    text = pressRelease + entries.join("\n") + "\n" + ending;
  }
  return text;
}
