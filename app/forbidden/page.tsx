import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Not allowed" };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ for?: string }> }) {
  const forAdmins = (await searchParams).for === "admin";
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-2xl font-semibold">{forAdmins ? "That page is for admins" : "That page is for teachers"}</h1>
      <p className="text-muted">Your account doesn&apos;t have access to it. If you think it should, ask your teacher or an administrator.</p>
      <Link href="/dashboard" className={buttonClasses("primary")}>
        Back to your dashboard
      </Link>
    </Card>
  );
}
