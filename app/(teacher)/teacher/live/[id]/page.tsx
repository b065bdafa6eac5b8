import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { HostScreen } from "@/components/live/host-screen";
import { BackLink } from "@/components/ui/back-link";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { titled } from "@/lib/i18n/metadata";
import { hostPageData } from "@/lib/live/pages";

export const generateMetadata = titled("teacherLiveHost.metaTitle");

export default async function HostLivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("teacher", `/teacher/live/${id}`);
  const data = await hostPageData(id, user, await headers()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("teacherLiveHost");
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher/live">{t("back")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{t("heading", { title: data.state.title })}</h1>
      </div>
      <HostScreen gameId={id} initial={data.state} joinUrl={data.joinUrl} qrSvg={data.qrSvg} presentHref={`/teacher/live/${id}/present`} resultsHref={`/teacher/live/${id}/results`} />
    </div>
  );
}
