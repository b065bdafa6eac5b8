// Which main-navigation link is the current page's, kept pure for unit tests.

export type NavLink = { href: string; label: string };

/** The link for the current page: the longest href that is the path or a parent of it. */
export function activeHref(links: readonly NavLink[], pathname: string): string | null {
  const matches = links.filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
