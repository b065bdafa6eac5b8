import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PresenterScreen } from "@/components/live/host-screen";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { titled } from "@/lib/i18n/metadata";
import { hostPageData } from "@/lib/live/pages";

export const generateMetadata = titled("teacherLiveHost.presentMetaTitle");

/** The projector's screen: the presenter view alone; the host runs the game from the host page. */
export default async function PresentLivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("teacher", `/teacher/live/${id}/present`);
  const data = await hostPageData(id, user, await headers()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight break-words">{data.state.title}</h1>
      <PresenterScreen gameId={id} initial={data.state} joinUrl={data.joinUrl} qrSvg={data.qrSvg} />
    </div>
  );
}
