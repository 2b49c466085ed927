/**
 * Whether a main-navigation link is the page on screen. A document's page is
 * none of them: it is reached from the portfolio but is not the portfolio,
 * and marking Portfolio there told screen readers and sighted users otherwise.
 */
export function navCurrent(path: string, href: string): "page" | undefined {
  return path === href ? "page" : undefined;
}
