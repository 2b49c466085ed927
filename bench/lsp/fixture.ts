/**
 * A deterministic PR/FAQ of about 3,000 words, shaped like the long drafts
 * teams keep in repositories: a one-page press release, then a customer FAQ
 * and an internal FAQ written as bold questions under one heading each (the
 * costliest layout for the language server, since each FAQ is one chunk).
 */

const places = ["Leeds", "Bradford", "York", "Hull", "Sheffield", "Wakefield"];
const tills = ["Epos Now", "Square", "SumUp", "Zettle"];

const pressRelease = `---
title: Ledgerly
owner: Farah Okafor
stage: draft
---

# Ledgerly Closes the Month for Family Bakeries in a Day Instead of a Weekend

## Owners of the 40 bakeries in the Leeds Bakers' Guild match their till to their bank without an accountant

LEEDS, England — March 3, 2028 — The Leeds Bakers' Guild today opened Ledgerly to its 40 member bakeries: a monthly close that matches till takings to the bank feed overnight and leaves the owner only the lines it could not match.

Hannah Price runs two bakeries in Headingley. On the last Sunday of each month she sits at the kitchen table with a shoebox of Z-reports and her bank statement. Last year that took her 14 hours a month, and a missed VAT deadline cost her £400 in penalties. Across the guild, owners told us they spend between 9 and 20 hours a month on the same job, and 11 of the 40 paid a late-filing penalty in 2027.

Ledgerly reads the end-of-day export from the till and the bank feed from the business account. Each night it pairs card settlements with the takings they came from, allowing for the two-day delay and the card fee. Cash deposits are paired with the days they cover. In the morning the owner sees a short list of what is left, usually a refund or a supplier paid from the wrong account, and fixes each with one seamless tap.

"Our members bake at four in the morning and do their books on Sunday night," said Amir Shah, chair of the Leeds Bakers' Guild. "We want the books to take an hour, so the weekend belongs to the family again."

"I closed March on the first of April, before the shop opened," said Hannah Price, owner of Price's Bakery in Headingley, who used Ledgerly in the winter pilot. "There were six lines to check. Last year there were six hundred."

Guild members sign up at the guild office or on the guild website from today. Ledgerly connects to the four tills our members use and to the five banks they bank with.

## Customer FAQ

`;

function customerEntry(i: number): string {
  const place = places[i % places.length];
  const till = tills[i % tills.length];
  const minutes = 20 + ((i * 13) % 45);
  return `**Q: How does Ledgerly handle ${till} takings for a bakery in ${place} with ${2 + (i % 3)} shops?**
A: It reads each shop's ${till} export separately and pairs it with the shared bank account. In the pilot, an owner in ${place} with that setup cleared the monthly exceptions in ${minutes} minutes. If a shop's export is missing for a day, Ledgerly says so the next morning instead of guessing.
`;
}

const internalFaqHeading = `## Internal FAQ

**Q: Why hasn't anyone done this already?**
A: Accounting packages match bank lines to invoices, not to till takings. Bakeries have few invoices and thousands of small card payments, which those packages leave to the owner.

**Q: What does it cost to support?**
A: TBD.

`;

function internalEntry(i: number): string {
  const cost = (0.8 + (i % 5) * 0.2).toFixed(2);
  const bakeries = 10 + ((i * 7) % 25);
  return `**Q: What happens to the plan if only ${bakeries} bakeries close a month with Ledgerly by June?**
A: Each bakery costs us £${cost} a month in bank-feed fees and the subscription is £9, so ${bakeries} bakeries cover the running cost but not the build. We don't know yet whether owners keep using it after the first quarter; we will find out from the March and June closes and decide in July.
`;
}

const ending = `
## Success metrics

- By June 2028, 25 of the 40 bakeries close a month with Ledgerly, measured from the guild's sign-up list.
- The median owner spends under 2 hours on the monthly close, measured by a timed close in June.

## Kill criteria

- If fewer than 10 bakeries close a month with Ledgerly by June 2028, we stop and return the pilot fees.
`;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The benchmark document: at least `words` words, with the FAQs split evenly between customers and the team. */
export function benchmarkDocument(words = 3000): string {
  const customer: string[] = [];
  const internal: string[] = [];
  const build = () => pressRelease + customer.join("\n") + "\n" + internalFaqHeading + internal.join("\n") + ending;
  while (wordCount(build()) < words) {
    if (customer.length <= internal.length) customer.push(customerEntry(customer.length));
    else internal.push(internalEntry(internal.length));
  }
  return build();
}
