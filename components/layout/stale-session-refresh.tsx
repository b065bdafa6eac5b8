"use client";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Rendered by the header only while it shows someone signed in. The sign-in and sign-up pages are
 * never shown to a signed-in person (they redirect), so a header that says "signed in" there is
 * stale: a session ended elsewhere (signed out on every device, a new password, a disabled
 * account) and a client-side navigation was redirected here, re-rendering the page but not the
 * layout around it. Refreshing re-renders the header from the cookie as it now stands.
 */
export function StaleSessionRefresh() {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    if (pathname === "/sign-in" || pathname === "/sign-up") router.refresh();
  }, [pathname, router]);
  return null;
}
