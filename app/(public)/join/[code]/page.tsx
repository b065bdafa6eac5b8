import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { codeFromLink, joinPath } from "@/lib/classes/join-link";

/**
 * A class's join link (or its QR code): signs the student in if needed, then opens their
 * dashboard with the join form filled in. Nothing is joined on a GET: the student presses
 * "Join class", which checks and throttles the code like a typed one.
 */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const code = codeFromLink((await params).code);
  if (!code) notFound();
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(joinPath(code))}`);
  redirect(`/dashboard?join=${code}#classes`);
}
