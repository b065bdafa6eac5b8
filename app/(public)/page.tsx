import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { homePath } from "@/lib/navigation";

const STEPS = [
  { title: "Read", text: "Start from a real news article. Factdeck finds its figures, dates, member lists, quotes and who said them." },
  { title: "Check", text: "It checks the article against itself — a ratio that doesn't match its figures, a country listed as both in and out — and tells the teacher." },
  { title: "Quiz", text: "Seven kinds of question, each pointing back to the sentence it came from, so every answer can be checked at the source." },
];

export default async function LandingPage() {
  const user = await currentUser();
  return (
    <div className="space-y-12">
      <section className="space-y-6 pt-4 sm:pt-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Learn the news, fact by fact</p>
        <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-ink sm:text-5xl">
          Turn any news article into a quiz that shows its sources.
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          Factdeck reads an article, extracts its facts and writes questions about them. Students get feedback that quotes and
          highlights the sentence each answer came from; teachers get a question bank they can trust.
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <Link href={homePath(user.role)} className={buttonClasses("primary", "lg")}>
              {user.role === "student" ? "Go to your dashboard" : "Go to your teaching home"}
            </Link>
          ) : (
            <Link href="/sign-up" className={buttonClasses("primary", "lg")}>
              Create a free account
            </Link>
          )}
          {user ? null : (
            <Link href="/demo" className={buttonClasses("secondary", "lg")}>
              Try the demo quiz
            </Link>
          )}
          <Link href="/articles" className={buttonClasses("secondary", "lg")}>
            Browse the articles
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="space-y-4">
        <h2 id="how" className="text-xl font-semibold">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((s, i) => (
            <li key={s.title}>
              <Card className="h-full">
                <p className="text-sm font-semibold text-brand-700">Step {i + 1}</p>
                <h3 className="mt-1 text-lg font-semibold">{s.title}</h3>
                <p className="mt-2 text-muted">{s.text}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
