import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "no-representative-customer",
    category: "customer",
    severity: "warning",
    description: "The press release describes no representative customer: no one with a role and a situation, named or not.",
    question: "Who is one customer this is for: their name, their role, and the situation in which the problem hits them?",
    rationale:
      "Working Backwards starts from one representative customer, described well enough that the team could go and find " +
      "people like them. Without one, a review argues about features because nobody can say whose problem is being solved.",
    examples: {
      flagged: ["Sales teams everywhere are frustrated with their CRM. \"It's amazing,\" said a happy customer."],
      passes: ["Luis Cárdenas signed a lease for his second taqueria in January and paid rent for four months before opening."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const hasProse = analysis.proseBlocks.some((b) => b.kind === "paragraph" && b.text.trim());
    if (!hasProse || analysis.representativeCustomers.length) return;
    // A customer given by role and situation, without a name, is one a reviewer could go and find: not worth a warning.
    if (analysis.describesCustomerByRole) return;
    const named = analysis.peopleInPressRelease;
    const message = named.length
      ? `${named[0].mention.name} is named, but the press release never says who they are or what their situation is.`
      : "The press release describes no representative customer: nobody with a role and a situation.";
    ctx.report({ message, at: named.length ? analysis.within(named[0].sentence, named[0].mention.start, named[0].mention.end) : analysis.topTarget });
  },
});
