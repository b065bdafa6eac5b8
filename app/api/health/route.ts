import { NextResponse } from "next/server";
import { databaseIsUp } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await databaseIsUp()) return NextResponse.json({ status: "ok" });
  return NextResponse.json({ status: "unavailable" }, { status: 503 });
}
