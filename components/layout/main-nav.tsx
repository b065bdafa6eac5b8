"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { useT } from "@/components/i18n/client-messages";
import { activeHref, navFor, type NavUser } from "@/lib/navigation";

/**
 * The main navigation for the signed-in role (lib/navigation.ts navFor): a teacher's pages for a
 * teacher, with a switch to the student view for one who studies. The current section is marked
 * for sight and for screen readers.
 */
/** Each link's message (client.nav), by its address. */
const NAV_KEYS: Record<string, string> = {
  "/dashboard": "dashboard",
  "/articles": "articles",
  "/review": "review",
  "/progress": "progress",
  "/leaderboard": "leaderboard",
  "/teacher": "teach",
  "/teacher/classes": "classes",
  "/teacher/sets": "sets",
  "/admin": "admin",
};

export function MainNav({ user, className }: { user: NavUser | null; className?: string }) {
  const pathname = usePathname();
  const t = useT("client.nav");
  const { links, switchTo } = navFor(user, pathname);
  const active = activeHref(links, pathname);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a phone the links scroll sideways: bring the current one into view. Only the menu
    // scrolls (scrollIntoView would also nudge the page under the sticky header).
    const menu = nav.current;
    const link = menu?.querySelector('[aria-current="page"]');
    if (!menu || !link || menu.scrollWidth <= menu.clientWidth) return;
    const edge = 16;
    const box = menu.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    if (at.right > box.right - edge) menu.scrollLeft += at.right - (box.right - edge);
    else if (at.left < box.left + edge) menu.scrollLeft -= box.left + edge - at.left;
  }, [active]);
  return (
    // On a phone the links share the width like a tab bar (five student links fit at 360 px in
    // 12 px type); from `sm` up they sit beside the logo. Scrolling stays as the fallback.
    <nav ref={nav} aria-label={t("label")} className={cn("flex min-w-0 items-center justify-between gap-0 overflow-x-auto sm:justify-start sm:gap-1", className)}>
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === active ? "page" : undefined}
          className={cn(
            "whitespace-nowrap rounded-md px-1 py-1.5 text-xs font-medium sm:px-2.5 sm:text-sm",
            l.href === active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {NAV_KEYS[l.href] ? t(NAV_KEYS[l.href]!) : l.label}
        </Link>
      ))}
      {switchTo ? (
        <Link href={switchTo.href} className="ml-1 whitespace-nowrap rounded-md border border-line px-1.5 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 sm:px-2.5 sm:text-sm" data-testid="switch-view">
          {t(switchTo.href === "/teacher" ? "teacherView" : "studentView")}
        </Link>
      ) : null}
    </nav>
  );
}
