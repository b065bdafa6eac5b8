"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog ("Save as PDF" there gives the worksheet as a file). */
export function PrintButton() {
  return <Button onClick={() => window.print()}>Print or save as PDF</Button>;
}
