import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { cn } from "@/components/ui/cn";

/**
 * The language switch: a button per language, a plain form post (it works before the page's
 * JavaScript has loaded, and by keyboard as any button). Each name is written in its own language
 * and marked so (`lang`), so a screen reader says "한국어" in Korean on an English page.
 */
export async function LanguageSwitch({ className, id }: { className?: string; id?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLocaleAction} className={className}>
      <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2">
        <span id={id} className="text-sm text-muted">
          {t("label")}
        </span>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-pressed={l === locale}
            data-testid={`locale-${l}`}
            className={cn(
              "rounded-md border px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
              l === locale ? "border-brand-600 bg-brand-50 text-brand-700" : "border-line bg-white text-slate-700 hover:bg-slate-100",
            )}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
    </form>
  );
}
