import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { zoneLabel } from "@/lib/time/zones";
import { JoinClassForm } from "./join-class-form";

type StudentClass = { id: string; name: string; timeZone: string; teacherName: string };

/** The student's classes (never a roster) and the form to join another. */
export async function MyClasses({ classes, linkedCode }: { classes: StudentClass[]; linkedCode?: string | null }) {
  const t = await getTranslations("myClasses");
  return (
    <Card className="space-y-4">
      {classes.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="my-classes">
          {classes.map((c) => (
            <li key={c.id} className="rounded-lg border border-line px-3 py-2">
              <p className="font-medium">{c.name}</p>
              <p className="text-sm text-muted">
                {c.teacherName} · {t("zoneTime", { zone: zoneLabel(c.timeZone) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-2 border-t border-line pt-4">
        <h3 className="text-base font-semibold">{t("join")}</h3>
        <JoinClassForm linkedCode={linkedCode ?? undefined} />
      </div>
    </Card>
  );
}
