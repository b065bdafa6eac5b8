import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetDetailsForm } from "@/components/teacher/set-details-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { listSets } from "@/lib/sets/queries";
import { BackLink } from "@/components/ui/back-link";
import { ImportLink } from "@/components/interchange/import-link";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherSets.metaTitle");

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function SetsPage({ searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const [sets, { deleted }, t] = await Promise.all([listSets(user), searchParams, getTranslations("teacherSets")]);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher">{t("banks")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
        <ImportLink />
      </div>
      {deleted ? <Alert tone="success">{t("deleted")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="your-sets" className="space-y-3">
          <h2 id="your-sets" className="text-lg font-semibold">
            {t("yourSets")}
          </h2>
          {sets.length === 0 ? (
            <Card>
              <p className="text-muted">{t("noSets")}</p>
            </Card>
          ) : (
            <ul className="grid gap-3">
              {sets.map((s) => (
                <li key={s.id}>
                  <Card className="space-y-2">
                    <h3 className="text-lg font-semibold leading-snug">
                      <Link href={`/teacher/sets/${s.id}`} className="hover:underline">
                        {s.title}
                      </Link>
                    </h3>
                    {s.description ? <p className="text-sm text-muted">{s.description}</p> : null}
                    <div className="flex flex-wrap gap-2">
                      <Badge tone="brand">{t("questions", { count: s.itemCount })}</Badge>
                      {s.assignmentCount > 0 ? <Badge tone="success">{t("assignedN", { n: s.assignmentCount })}</Badge> : null}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="new-set">
          <Card className="space-y-4">
            <h2 id="new-set" className="text-lg font-semibold">
              {t("newSet")}
            </h2>
            <SetDetailsForm />
          </Card>
        </section>
      </div>
    </div>
  );
}
