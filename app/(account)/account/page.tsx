import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { requireRolePage } from "@/lib/auth/session";
import type { Role } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Your account" };

const ROLE_LABEL: Record<Role, string> = { student: "Student", teacher: "Teacher", admin: "Admin" };

export default async function AccountPage() {
  const user = await requireRolePage("student", "/account");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Your account</h1>
        <p className="mt-1 text-muted">Your details, your password, and where you are signed in.</p>
      </div>

      <Card>
        <h2 className="text-lg font-semibold">Details</h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-muted">Display name</dt>
          <dd className="break-words" data-testid="account-name">
            {user.name}
          </dd>
          <dt className="font-medium text-muted">Email</dt>
          <dd className="break-all" data-testid="account-email">
            {user.email}
          </dd>
          <dt className="font-medium text-muted">Role</dt>
          <dd data-testid="account-role">
            <Badge tone="brand">{ROLE_LABEL[user.role]}</Badge>
          </dd>
        </dl>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Change password</h2>
        <p className="mt-1 mb-5 text-sm text-muted">Changing it signs you out everywhere, here too: then sign in with the new one.</p>
        <ChangePasswordForm />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Sign out of every device</h2>
        <p className="mt-1 mb-5 text-sm text-muted">
          Left yourself signed in on a school computer or a phone you no longer have? This ends every session of your account, this one included.
        </p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="secondary" pendingLabel="Signing out…">
            Sign out of every device
          </SubmitButton>
        </form>
      </Card>
    </div>
  );
}
