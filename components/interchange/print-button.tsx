"use client";
import { Button } from "@/components/ui/button";
import { useT } from "@/components/i18n/client-messages";

/** Opens the browser's print dialog ("Save as PDF" there gives the worksheet as a file). */
export function PrintButton() {
  const t = useT("teacherClient.interchange");
  return <Button onClick={() => window.print()}>{t("print")}</Button>;
}
