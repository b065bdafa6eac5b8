import { NextResponse } from "next/server";
import { readiness } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer: 200 while the database answers and is fully migrated, else 503 (docs/deploy.md). */
export async function GET() {
  const state = await readiness();
  const headers = { "Cache-Control": "no-store" };
  if (state.ready) return NextResponse.json({ status: "ready" }, { headers });
  return NextResponse.json({ status: "unavailable", reason: state.reason }, { status: 503, headers });
}
