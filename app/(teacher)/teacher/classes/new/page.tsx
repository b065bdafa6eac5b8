import type { Metadata } from "next";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New class" };

export default async function NewClassPage() {
  await requireRolePage("teacher", "/teacher");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <BackLink href="/teacher/classes">My classes</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">New class</h1>
        <p className="mt-1 text-muted">You&apos;ll get a join code to share as soon as it&apos;s created.</p>
      </div>
      <Card>
        <CreateClassForm timeZones={listTimeZones()} />
      </Card>
    </div>
  );
}
