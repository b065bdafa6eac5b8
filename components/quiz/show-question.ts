/**
 * A new question is on screen: focus its heading so screen readers read it, and bring the
 * question into view below the sticky bars (the site header; on a phone, the quiz bar). The
 * question card's scroll margin is how much they cover. focus() alone would leave a heading that
 * is merely under a bar where it is, since the browser counts it as in view.
 */
export function showQuestion(heading: HTMLElement | null): void {
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const card = heading.closest<HTMLElement>("[data-testid=question]") ?? heading;
  const covered = Number.parseFloat(getComputedStyle(card).scrollMarginTop) || 0;
  const { top, bottom } = heading.getBoundingClientRect();
  if (top < covered || bottom > window.innerHeight) card.scrollIntoView({ block: "start" });
}

/** The question card's scroll margin: clears the phone's quiz bar, and the site header from `sm` up. */
export const QUESTION_SCROLL_MARGIN = "scroll-mt-16 sm:scroll-mt-20";
