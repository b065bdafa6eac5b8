import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/live/join-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { titled } from "@/lib/i18n/metadata";
import { normalizePin } from "@/lib/live/pin";

export const generateMetadata = titled("play.metaTitle");

type Props = { searchParams: Promise<{ pin?: string | string[] }> };

/** Players join a live game here: the PIN (filled in from the QR code's link) and a nickname. No account needed. */
export default async function PlayPage({ searchParams }: Props) {
  const { pin } = await searchParams;
  const [user, t] = await Promise.all([currentUser(), getTranslations("play")]);
  const initialPin = typeof pin === "string" ? (normalizePin(pin) ?? "") : "";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <Card>
        <JoinForm pin={initialPin} playAs={user?.role === "student" ? user.name : null} />
      </Card>
    </div>
  );
}
