import { notFound } from "next/navigation";
import { Worksheet } from "@/components/interchange/worksheet";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { setCollection } from "@/lib/interchange/server";
import { worksheetItems } from "@/lib/interchange/worksheet";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherInterchange.worksheetMetaTitle");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ key?: string }> };

export default async function SetWorksheetPage({ params, searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const [{ id }, { key }] = await Promise.all([params, searchParams]);
  const c = await setCollection(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const withKey = key === "1";
  const base = `/teacher/sets/${c.id}`;
  return <Worksheet title={c.title} items={worksheetItems(c.questions)} withKey={withKey} backHref={base} keyHref={`${base}/worksheet${withKey ? "" : "?key=1"}`} />;
}
