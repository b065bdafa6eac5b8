import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { buttonClasses } from "@/components/ui/button";

export async function SiteHeader() {
  const user = await currentUser();
  const links = user
    ? [
        { href: "/dashboard", label: "Dashboard" },
        { href: "/articles", label: "Articles" },
        { href: "/review", label: "Review" },
        { href: "/progress", label: "Progress" },
        { href: "/leaderboard", label: "Leaderboard" },
        ...(user.role !== "student"
          ? [
              { href: "/teacher", label: "Teach" },
              { href: "/teacher/classes", label: "Classes" },
            ]
          : []),
      ]
    : [{ href: "/articles", label: "Articles" }];

  return (
    <header className="sticky top-0 z-40 border-b border-line bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-5xl items-center gap-3 px-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-semibold tracking-tight text-ink">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white">
            Fd
          </span>
          <span className="sr-only sm:not-sr-only">Factdeck</span>
        </Link>
        <nav aria-label="Main" className="ml-1 flex min-w-0 items-center gap-1 overflow-x-auto">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-2">
          {user ? (
            <>
              <span className="hidden text-sm text-muted sm:inline" data-testid="signed-in-as">
                {user.name}
              </span>
              <form action={signOutAction}>
                <button type="submit" className={`${buttonClasses("secondary", "sm")} whitespace-nowrap`}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={`${buttonClasses("ghost", "sm")} whitespace-nowrap`}>
                Sign in
              </Link>
              <Link href="/sign-up" className={`${buttonClasses("primary", "sm")} whitespace-nowrap`}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
