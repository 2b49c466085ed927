/**
 * The blank PR/FAQ a new document starts from. Every bracketed prompt is a
 * placeholder the critic flags, so a template left half-filled can't pass as
 * ready for review.
 */
export const blankTemplate = `# [PRODUCT] lets [ONE REPRESENTATIVE CUSTOMER] [DO WHAT] in [HOW LONG] instead of [HOW LONG TODAY]

## [ONE SENTENCE: WHO GAINS WHAT, MEASURED]

[CITY] — [LAUNCH DATE] — [COMPANY] today launched [PRODUCT], [WHAT IT IS IN ONE PLAIN PHRASE] for [WHICH CUSTOMERS, NAMED BY ROLE AND CONTEXT].

[NAME ONE CUSTOMER: their role, where they work, and a day in their life before this product. What does the problem cost them: how often, how long, how much?]

[WHAT THEY DO NOW INSTEAD, and why that falls short. Name the alternative.]

[HOW THE PRODUCT CHANGES THEIR DAY, step by step, in their words rather than ours.]

"[WHY WE BUILT THIS, in one or two sentences]," said [NAME, TITLE].

"[WHAT CHANGED FOR ME, with a number]," said [CUSTOMER NAME, ROLE, PLACE].

[HOW A CUSTOMER GETS STARTED TODAY.]

## Customer FAQ

**Q: [THE FIRST THING A CUSTOMER WOULD ASK]?**
A: [A yes, a no, a number, or "we don't know yet, and here is how we'll find out".]

## Internal FAQ

**Q: Why hasn't anyone done this already?**
A: [ANSWER]

**Q: What if a competitor copies it?**
A: [ANSWER]

**Q: What will the first version get wrong?**
A: [ANSWER]

**Q: What does it cost, and what does it cannibalize?**
A: [ANSWER]

**Q: What are the biggest risks and dependencies?**
A: [ANSWER]

**Q: How many customers have this problem?**
A: [ANSWER]

## Success metrics

- [A MEASURABLE CUSTOMER OUTCOME, with today's baseline, a target and a date]

## Kill criteria

- [A RESULT THAT WOULD MAKE US STOP, and when we'll know]
`;
