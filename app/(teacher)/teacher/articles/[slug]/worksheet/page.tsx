import { notFound } from "next/navigation";
import { Worksheet } from "@/components/interchange/worksheet";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { articleCollection } from "@/lib/interchange/server";
import { worksheetItems } from "@/lib/interchange/worksheet";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherInterchange.worksheetMetaTitle");

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ key?: string }> };

export default async function ArticleWorksheetPage({ params, searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const [{ slug }, { key }] = await Promise.all([params, searchParams]);
  const c = await articleCollection(slug, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const withKey = key === "1";
  const base = `/teacher/articles/${c.id}`;
  return <Worksheet title={c.title} items={worksheetItems(c.questions)} withKey={withKey} backHref={base} keyHref={`${base}/worksheet${withKey ? "" : "?key=1"}`} />;
}
