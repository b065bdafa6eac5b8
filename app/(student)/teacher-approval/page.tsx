import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { teacherRequestStatus } from "@/lib/auth/teacher-access";

export const metadata: Metadata = { title: "Teacher account" };

/** Where a teacher sign-up without an invitation code lands instead of the teacher pages. */
export default async function TeacherApprovalPage() {
  const user = await requireRolePage("student", "/teacher-approval");
  if (user.role !== "student") redirect("/teacher");
  const status = await teacherRequestStatus(user.id);
  if (!status) redirect("/forbidden");
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      {status === "pending" ? (
        <>
          <h1 className="text-2xl font-semibold">Your teacher account is waiting for approval</h1>
          <p className="text-muted">
            An admin of this Factdeck checks every teacher sign-up made without a school invitation code. Once they approve yours, the teacher pages open here. Until then you can use Factdeck as a student.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Your teacher account wasn&apos;t approved</h1>
          <p className="text-muted">An admin did not approve it. You can keep using Factdeck as a student; ask your school for an invitation code if you teach.</p>
        </>
      )}
      <Link href="/dashboard" className={buttonClasses("primary")}>
        Go to your dashboard
      </Link>
    </Card>
  );
}
