import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { homePath } from "@/lib/navigation";

const STEPS = ["read", "check", "quiz"] as const;

export default async function LandingPage() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("home")]);
  return (
    <div className="space-y-12">
      <section className="space-y-6 pt-4 sm:pt-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("kicker")}</p>
        <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-ink sm:text-5xl">
          {t("title")}
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          {t("intro")}
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <Link href={homePath(user.role)} className={buttonClasses("primary", "lg")}>
              {user.role === "student" ? t("dashboard") : t("teaching")}
            </Link>
          ) : (
            <Link href="/sign-up" className={buttonClasses("primary", "lg")}>
              {t("create")}
            </Link>
          )}
          {user ? null : (
            <Link href="/demo" className={buttonClasses("secondary", "lg")}>
              {t("demo")}
            </Link>
          )}
          <Link href="/articles" className={buttonClasses("secondary", "lg")}>
            {t("browse")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="space-y-4">
        <h2 id="how" className="text-xl font-semibold">
          {t("how")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((s, i) => (
            <li key={s}>
              <Card className="h-full">
                <p className="text-sm font-semibold text-brand-700">{t("step", { n: i + 1 })}</p>
                <h3 className="mt-1 text-lg font-semibold">{t(`steps.${s}`)}</h3>
                <p className="mt-2 text-muted">{t(`steps.${s}Text`)}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
