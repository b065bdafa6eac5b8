import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { buttonClasses } from "@/components/ui/button";
import { isEnrolledAnywhere } from "@/lib/classes/queries";
import type { NavUser } from "@/lib/navigation";
import { MainNav } from "./main-nav";
import { StaleSessionRefresh } from "./stale-session-refresh";

export async function SiteHeader() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("header")]);
  // A teacher enrolled in a class can switch to the student view (lib/navigation.ts navFor).
  const navUser: NavUser | null = user ? { role: user.role, studies: user.role !== "student" && (await isEnrolledAnywhere(user.id)) } : null;

  return (
    <header className="sticky top-0 z-40 border-b border-line bg-white/90 backdrop-blur">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 px-4 sm:h-16 sm:flex-nowrap sm:px-6">
        <Link href="/" className="flex h-14 shrink-0 items-center gap-2 text-lg font-semibold tracking-tight text-ink sm:h-auto">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white">
            Fd
          </span>
          {/* The word only from `lg`: between `sm` and `lg` the links share the row, and a student's
              five links, Account and Sign out fill 768 px without it. */}
          <span className="sr-only lg:not-sr-only">Factdeck</span>
        </Link>
        {/* On a phone the links take a row of their own, below the logo and sign-out. Up to `lg`
            the links scroll if the row is short (Account and Sign out never shrink); from `lg`,
            where a student's name shows, the links never give way: only the name does. */}
        <MainNav user={navUser} className="order-last -mx-4 w-[calc(100%+2rem)] px-4 pb-2 sm:order-none sm:mx-0 sm:ml-1 sm:w-auto sm:px-0 sm:pb-0 lg:shrink-0" />
        <div className="ml-auto flex shrink-0 items-center gap-1.5 lg:min-w-0 lg:shrink">
          {user ? (
            <>
              <StaleSessionRefresh />
              {/* Only where there is room beside every link and the Account link (a teacher's links
                  and the switch between views fill the row), and never wider than 10rem: a long
                  name is cut short, whole in its tooltip. */}
              <span className={`hidden max-w-40 min-w-0 truncate text-sm text-muted ${user.role === "student" ? "lg:inline" : ""}`} title={user.name} data-testid="signed-in-as">
                {user.name}
              </span>
              {/* Beside "Sign out", not among the main links: it is about the account. Styled like
                  a main link, whose padding is narrower than a button's: an admin's row is full. */}
              <Link href="/account" title={t("signedInAs", { name: user.name })} className="shrink-0 whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
                {t("account")}
              </Link>
              <form action={signOutAction} className="shrink-0">
                <button type="submit" className={`${buttonClasses("secondary", "sm")} whitespace-nowrap`}>
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={`${buttonClasses("ghost", "sm")} whitespace-nowrap`}>
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className={`${buttonClasses("primary", "sm")} whitespace-nowrap`}>
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
