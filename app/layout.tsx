import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdeck — learn the news, fact by fact", template: "%s · Factdeck" },
  description: "Factdeck turns news articles into quizzes whose every question points back to its source sentence.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2452d9" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-10 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-line bg-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
            Factdeck — quizzes from the news, every answer tied to its source. Demo article © Korea JoongAng Daily.
          </div>
        </footer>
      </body>
    </html>
  );
}
