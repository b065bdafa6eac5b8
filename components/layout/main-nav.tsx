"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { activeHref, type NavLink } from "@/lib/navigation";

/** The main navigation; the current section is marked for sight and for screen readers. */
export function MainNav({ links, className }: { links: readonly NavLink[]; className?: string }) {
  const active = activeHref(links, usePathname());
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
    <nav ref={nav} aria-label="Main" className={cn("flex min-w-0 items-center gap-1 overflow-x-auto", className)}>
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === active ? "page" : undefined}
          className={cn(
            "whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium",
            l.href === active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
