import type { Metadata } from "next";
import { AccountsSection } from "@/components/admin/accounts-section";
import { CreateInviteForm } from "@/components/admin/create-invite-form";
import { DecideRequestButtons, RevokeInviteButton } from "@/components/admin/admin-buttons";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { searchAccounts } from "@/lib/admin/accounts";
import { requireRolePage } from "@/lib/auth/session";
import { listPendingTeacherRequests, listTeacherInvites, type InviteState } from "@/lib/auth/teacher-access";
import { accountSearchSchema } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Admin" };

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const STATE_TONE: Record<InviteState, "success" | "neutral" | "danger"> = { active: "success", "used up": "neutral", expired: "neutral", revoked: "danger" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const admin = await requireRolePage("admin", "/admin");
  const { q } = await searchParams;
  const search = accountSearchSchema.safeParse({ q: Array.isArray(q) ? q[0] : q });
  const query = search.success ? search.data.q : "";
  const [requests, invites, found] = await Promise.all([listPendingTeacherRequests(), listTeacherInvites(), searchAccounts(query)]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Admin</h1>
        <p className="mt-1 text-muted">
          Who may teach: approve teacher sign-ups, and give schools invitation codes that make teachers at once. Who may sign in: disable and enable accounts.
        </p>
      </div>

      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-lg font-semibold">
          Teachers waiting for approval ({requests.length})
        </h2>
        {requests.length === 0 ? (
          <Card>
            <p className="text-muted">No one is waiting. Teachers who sign up without an invitation code appear here.</p>
          </Card>
        ) : (
          <ul className="grid gap-3">
            {requests.map((r) => (
              <li key={r.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="teacher-request">
                  <div className="min-w-0">
                    <p className="font-medium break-words">{r.name}</p>
                    <p className="text-sm break-all text-muted">{r.email}</p>
                    <p className="text-sm text-muted">Signed up {day.format(r.requestedAt)}</p>
                  </div>
                  <DecideRequestButtons requestId={r.id} name={r.name} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invites-heading" className="space-y-3">
        <h2 id="invites-heading" className="text-lg font-semibold">
          Invitation codes
        </h2>
        <Card>
          <CreateInviteForm />
        </Card>
        {invites.length === 0 ? null : (
          <ul className="grid gap-3" aria-label="Invitation codes">
            {invites.map((i) => (
              <li key={i.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="invite">
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <code className="font-mono text-base font-semibold tracking-wider">{i.code}</code>
                      <Badge tone={STATE_TONE[i.state]}>{i.state}</Badge>
                    </p>
                    {i.label ? <p className="text-sm break-words">{i.label}</p> : null}
                    <p className="text-sm text-muted">
                      Used {i.uses} of {i.maxUses} · {i.state === "expired" ? "expired" : "expires"} {day.format(i.expiresAt)}
                    </p>
                  </div>
                  {i.state === "active" ? <RevokeInviteButton inviteId={i.id} code={i.code} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <AccountsSection
        query={search.success ? query : typeof q === "string" ? q.slice(0, 100) : ""}
        queryError={search.success ? undefined : search.error.issues[0]?.message}
        accounts={found.accounts}
        more={found.more}
        selfId={admin.id}
      />
    </div>
  );
}
