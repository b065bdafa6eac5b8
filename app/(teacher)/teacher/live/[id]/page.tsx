import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { HostScreen } from "@/components/live/host-screen";
import { BackLink } from "@/components/ui/back-link";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { hostPageData } from "@/lib/live/pages";

export const metadata: Metadata = { title: "Live game" };

export default async function HostLivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("teacher", `/teacher/live/${id}`);
  const data = await hostPageData(id, user, await headers()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher/live">Live games</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">Live: {data.state.title}</h1>
      </div>
      <HostScreen gameId={id} initial={data.state} joinUrl={data.joinUrl} qrSvg={data.qrSvg} presentHref={`/teacher/live/${id}/present`} resultsHref={`/teacher/live/${id}/results`} />
    </div>
  );
}
