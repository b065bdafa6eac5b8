import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { clientMessages, type Messages } from "@/lib/i18n/messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: "%s · Factdeck" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2452d9" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations("layout")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col antialiased">
        {/* Client components read the `client` messages only (components/i18n/client-messages.tsx),
            not through next-intl's client provider, whose runtime would weigh on every page. */}
        <ClientMessages locale={locale} messages={clientMessages(messages as Messages)}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
          >
            {t("skip")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-10 focus:outline-none">
            {children}
          </main>
          <footer className="border-t border-line bg-white">
            <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
              <p>{t("footer")}</p>
              <LanguageSwitch id="footer-language" className="shrink-0" />
            </div>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
