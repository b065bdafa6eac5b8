import Link from "next/link";
import type { ReactNode } from "react";

/** The "← Parent page" link above a page's heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm text-brand-700 underline underline-offset-2">
      ← {children}
    </Link>
  );
}
